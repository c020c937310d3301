<#-- Confirms a withdrawal. Re-opening is not offered here: only Warwickshire's policy (seed 004 section 9) provides for
     it, in its own letters/warwickshire/withdrawal-confirmation.ftl. -->
<#assign subject = "Your complaint ${complaint.reference} has been withdrawn">
${complainant.salutation}

We are writing to confirm that your complaint about ${complaint.serviceArea} was withdrawn<#if vars.withdrawnOn?? && vars.withdrawnOn?has_content> on ${dateInWords(vars.withdrawnOn)}</#if>, and we have closed it.

If this is not what you meant, please contact us as soon as possible.

<#include "_contact.ftl">
