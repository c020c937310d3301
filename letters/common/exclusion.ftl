<#assign subject = "Your complaint ${complaint.reference} cannot be considered under our complaints procedure">
${complainant.salutation}

Thank you for contacting ${council.name} about ${complaint.serviceArea}. We have looked carefully at what you told us. We are sorry, but we cannot consider it under our complaints procedure.

<#if vars.screeningReason?? && vars.screeningReason?has_content>
This is because: ${vars.screeningReason}
<#else>
This is because it falls outside what our complaints procedure can consider.
</#if>

This does not stop you raising a new complaint about a different matter. If you think we have got this wrong, please contact us and tell us why.

<#include "_ombudsman.ftl">

<#include "_contact.ftl">
