<#assign subject = "We have received your complaint - reference ${complaint.reference}">
${complainant.salutation}

Thank you for contacting ${council.name}. We received your complaint about ${complaint.serviceArea} on ${complaint.receivedOn}. Your reference is ${complaint.reference}; please quote it whenever you contact us about this complaint.

<#if responseDue?? && vars.investigatingOfficerName?? && vars.investigatingOfficerName?has_content>
Your complaint will be investigated by ${vars.investigatingOfficerName}, who will aim to send you our response by ${responseDue}. If we need more time, we will write to tell you why and give you a new date.
<#elseif responseDue??>
We will look into your complaint and aim to send you our response by ${responseDue}. If we need more time, we will write to tell you why and give you a new date.
<#else>
We will look into your complaint and write to you with the date by which you can expect our response.
</#if>

<#if statusLink??>
You can follow your complaint, read our letters and, if you are not satisfied with our response, ask us to look at it again online: ${statusLink}
Keep this link private: anyone who has it can see your complaint.

</#if>
<#include "_contact.ftl">
