<#-- The county council's stage 1 (its corporate procedure): acknowledged within 3 working days; usually the
     manager responsible for the service; up to 10 working days, at most 20. -->
<#assign subject = "Your complaint - stage 1 - reference ${complaint.reference}">
${complainant.salutation}

Thank you for your complaint about ${complaint.serviceArea}, which we received on ${complaint.receivedOn}. We are dealing with it at stage 1 of our ${council.procedureName}, reference ${complaint.reference}.

Stage 1 is usually carried out by the manager responsible for the service you have complained about. We aim to respond within ten working days of receiving your complaint<#if responseDue??>, by ${responseDue}</#if>; if we need longer, we will tell you, and we will respond within twenty working days at most.

If we cannot resolve your complaint at stage 1, you may ask us to consider it at stage 2.

<#include "/common/_contact.ftl">
