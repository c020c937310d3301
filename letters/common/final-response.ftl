<#-- The final stage's response: the officer's own text (responseText) in the council's letter, with the
     Ombudsman's details. The diagram names this letter. -->
<#assign subject = "Our final response to your complaint - reference ${complaint.reference}">
${complainant.salutation}

Thank you for your complaint about ${complaint.serviceArea}, which we received on ${complaint.receivedOn}. This is our final response.

${vars.responseText}

This is the end of our ${council.procedureName}.

<#include "_ombudsman.ftl">

<#include "_contact.ftl">
