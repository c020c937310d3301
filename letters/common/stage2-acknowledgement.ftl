<#-- Stage 2 (escalation) acknowledgement: the complainant asked for the next stage. Councils word it their own way. -->
<#assign subject = "Your request to take your complaint to stage 2 - reference ${complaint.reference}">
${complainant.salutation}

Thank you for letting us know that you are still not satisfied with our response to your complaint about ${complaint.serviceArea} (reference ${complaint.reference}). We are now dealing with it at stage 2 of our ${council.procedureName}.

At stage 2 someone who was not involved in the first response looks again at your complaint and how we dealt with it<#if responseDue??>, and we aim to send you our response by ${responseDue}<#else>, and we will write to tell you when you can expect our response</#if>. If we need more time, we will write to tell you why and give you a new date.

<#include "_contact.ftl">
