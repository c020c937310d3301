<#assign subject = "Your complaint ${complaint.reference} has been withdrawn">
${complainant.salutation}

We are writing to confirm that your complaint about ${complaint.serviceArea} was withdrawn<#if vars.withdrawnOn?? && vars.withdrawnOn?has_content> on ${dateInWords(vars.withdrawnOn)}</#if>, and we have closed it.

If this is not what you meant, please contact us as soon as possible and we will re-open your complaint from where it stopped.

<#include "_contact.ftl">
