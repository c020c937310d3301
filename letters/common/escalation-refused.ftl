<#assign subject = "Your complaint ${complaint.reference}: your request for a review">
${complainant.salutation}

Thank you for asking us to review our response to your complaint about ${complaint.serviceArea}. We have considered your reasons carefully and have decided not to carry out a further review.

<#if vars.refusalReason?? && vars.refusalReason?has_content>
Our reasons are: ${vars.refusalReason}
</#if>

This is the end of our complaints procedure.

<#include "_ombudsman.ftl">

<#include "_contact.ftl">
