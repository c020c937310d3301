<#-- Harborough stage 2 (seed 002 9.20-9.22): acknowledged within 3 working days; an appropriate Director reviews;
     a response within 20 working days of the complainant registering continued dissatisfaction. -->
<#assign subject = "Your complaint - stage 2 - reference ${complaint.reference}">
${complainant.salutation}

Thank you for letting us know that you remain dissatisfied with our response to your complaint about ${complaint.serviceArea} (reference ${complaint.reference}). Your complaint is now at stage 2 of our ${council.procedureName}.

The Information and Complaints Officer will arrange for an appropriate Director to review the matter and decide what further action needs to be taken to resolve your complaint. We will send you a response within 20 working days of you telling us you remained dissatisfied<#if responseDue??>, that is by ${responseDue}</#if>. If the matter is complex and we need more time, we will tell you when you can expect it.

<#include "/common/_contact.ftl">
