<#assign subject = "We need more time to respond to your complaint ${complaint.reference}">
${complainant.salutation}

We are sorry, but we need more time to look into your complaint about ${complaint.serviceArea}.
<#if vars.extensionReason?? && vars.extensionReason?has_content>

The reason is: ${vars.extensionReason}
</#if>

<#if responseDue??>
We will now send you our response by ${responseDue}.
<#else>
We will write to you again with the date by which you can expect our response.
</#if>

<#include "_contact.ftl">
