<#-- Stage 1 acknowledgement: the complaint is now formally investigated by the service. Councils word it their own way. -->
<#assign subject = "Your complaint - stage 1 - reference ${complaint.reference}">
${complainant.salutation}

Thank you for your complaint about ${complaint.serviceArea}, which we received on ${complaint.receivedOn}. We are dealing with it at stage 1 of our ${council.procedureName}. Your reference is ${complaint.reference}; please quote it whenever you contact us about this complaint.

At stage 1 the manager responsible for the service investigates your complaint<#if responseDue??> and we aim to send you our response by ${responseDue}<#else> and we will write to tell you when you can expect our response</#if>. If we need more time, we will write to tell you why and give you a new date.

<#if statusLink??>
You can follow your complaint and read our letters online: ${statusLink}
Keep this link private: anyone who has it can see your complaint.

</#if>
<#include "_contact.ftl">
