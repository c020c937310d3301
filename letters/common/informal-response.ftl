<#-- The response at the informal stage: the officer's own text (responseText) in the council's letter, with the
     right to make a formal complaint. The diagram names this letter. -->
<#assign subject = "Our response to your concern - reference ${complaint.reference}">
${complainant.salutation}

Thank you for raising your concern about ${complaint.serviceArea} with us on ${complaint.receivedOn}. This is our response.

${vars.responseText}

If you are not satisfied with this response, you can make a formal complaint under our ${council.procedureName}<#if due['escalation-window']??> by ${due['escalation-window']}</#if>. Please tell us why you are still unhappy and what you would like us to do. You can reply to this letter, or contact us by phone or email.

<#include "_contact.ftl">
