<#-- After a simple acknowledgement: who is investigating and when the response is due (Leicestershire corporate,
     seed 000 section 9: "the other information will be provided within 7 working days of receipt"). -->
<#assign subject = "Your complaint ${complaint.reference}: who is looking into it and when you will hear from us">
${complainant.salutation}

We wrote recently to acknowledge your complaint about ${complaint.serviceArea}, received on ${complaint.receivedOn}.

Your complaint will be investigated by ${vars.investigatingOfficerName}. We aim to send you our response by ${responseDue}. If we need more time, we will write to tell you why and give you a new date.

<#include "_contact.ftl">
