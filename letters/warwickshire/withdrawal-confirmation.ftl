<#-- Warwickshire (seed 004 section 8): the withdrawal is confirmed in writing, advising the customer to tell us as soon
     as possible if their intention was misunderstood; a manager may then re-open the complaint (section 9). -->
<#assign subject = "Your complaint ${complaint.reference} has been withdrawn">
${complainant.salutation}

We are writing to confirm that your complaint about ${complaint.serviceArea} was withdrawn<#if vars.withdrawnOn?? && vars.withdrawnOn?has_content> on ${dateInWords(vars.withdrawnOn)}</#if>, and we have closed it.

If we have misunderstood what you meant, please let us know as soon as possible. A manager will consider re-opening your complaint from where it stopped.

<#include "/common/_contact.ftl">
