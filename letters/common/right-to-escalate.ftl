<#assign subject = "Your complaint ${complaint.reference}: if you are not satisfied with our response">
${complainant.salutation}

We have now sent you our response to your complaint about ${complaint.serviceArea}.

If you are not satisfied with it, you can ask us to take your complaint to the next stage of our procedure. Please tell us why you are still unhappy and what you would like us to do<#if due['escalation-window']??>, by ${due['escalation-window']}</#if>. You can reply to this letter, or contact us by phone or email.

<#include "_contact.ftl">
