<#-- Harborough stage 1 (seed 002 9.12-9.17): logged by the Information and Complaints Officer, investigated by the
     Service Manager or Head of Service, typically within 20 working days. -->
<#assign subject = "Your formal complaint - stage 1 - reference ${complaint.reference}">
${complainant.salutation}

Thank you for your complaint about ${complaint.serviceArea}. The Information and Complaints Officer has recorded it as a formal complaint at stage 1 of our ${council.procedureName}, reference ${complaint.reference}; please quote it whenever you contact us about this complaint.

Your complaint has been passed to the Service Manager or Head of Service responsible, who will investigate it and reply to you<#if responseDue??>. We aim to send you our reply by ${responseDue}</#if>. The time allowed at this stage is typically 20 working days; if a full reply is not possible by then, we will tell you when you can expect it.

In our reply we will tell you what you can do if you remain dissatisfied.

<#if statusLink??>
You can follow your complaint and read our letters online: ${statusLink}
Keep this link private: anyone who has it can see your complaint.

</#if>
<#include "/common/_contact.ftl">
