<#-- A complaint discontinued because the customer has not responded (Warwickshire seed 004 section 7: the Service
     Manager's decision is sent in writing; section 9: it can be re-opened if the customer explains and can now engage). -->
<#assign subject = "Your complaint ${complaint.reference}: we have stopped looking into it">
${complainant.salutation}

We asked you for information we need to look into your complaint about ${complaint.serviceArea}. We have tried to contact you at least three times, in different ways, and have not heard from you.

A Service Manager has therefore decided to stop looking into your complaint for now.

If there was a reason you could not reply and you are now able to help us with your complaint, please contact us and explain. A manager will consider re-opening your complaint.

<#include "_contact.ftl">
