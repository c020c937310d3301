<#-- The clock restarts when the information asked for arrives (Harborough seed 002 9.27: the complainant is told the
     new due date). -->
<#assign subject = "Your complaint ${complaint.reference}: when you will hear from us">
${complainant.salutation}

Thank you for sending us the information we asked for about your complaint about ${complaint.serviceArea}. While we were waiting for it, the time we have to respond was paused.

We will now send you our response by ${responseDue}. If we need more time, we will write to tell you why and give you a new date.

<#include "_contact.ftl">
