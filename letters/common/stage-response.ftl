<#-- A stage's response: the officer's own text (responseText, written in the task form) in the council's letter,
     with the right to take the complaint to the next stage. The diagram names this letter. -->
<#assign subject = "Our response to your complaint - reference ${complaint.reference}">
${complainant.salutation}

Thank you for your complaint about ${complaint.serviceArea}, which we received on ${complaint.receivedOn}. This is our response.

${vars.responseText}

If you are not satisfied with this response, you can ask us to take your complaint to the next stage of our ${council.procedureName}. Please tell us why you are still unhappy and what you would like us to do<#if due['escalation-window']??>, by ${due['escalation-window']}</#if>. You can reply to this letter, or contact us by phone or email.

<#include "_contact.ftl">
