<#-- The county council's stage 2 (its corporate procedure): a review of the stage 1 complaint, usually by an officer
     independent of the service; target 20 working days; shared with the Director and the Chief Executive. -->
<#assign subject = "Your complaint - stage 2 review - reference ${complaint.reference}">
${complainant.salutation}

Thank you for asking us to consider your complaint about ${complaint.serviceArea} (reference ${complaint.reference}) at stage 2 of our ${council.procedureName}.

Stage 2 is a review of your stage 1 complaint, usually carried out by an officer independent of the service you complained about. If a professional judgment needs to be reviewed, a suitably qualified manager within the service may carry out the review. Our target is to send you a formal response within twenty working days<#if responseDue??>, by ${responseDue}</#if>. Any recommendations in the response will be carried out within the timescales it gives.

<#include "/common/_contact.ftl">
