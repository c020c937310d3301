<#-- Complaint Handling Code 6.4 and 6.5: an extension is explained, and the letter gives the Ombudsman's details. -->
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

You do not have to wait for our response to contact the ${council.ombudsmanName}. ${council.ombudsmanWording}

Telephone: ${council.ombudsmanPhone}
Website: ${council.ombudsmanWebsite}

<#include "/common/_contact.ftl">
