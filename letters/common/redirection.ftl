<#-- A concern routed elsewhere: the letter names the procedure it is not dealt with under (council.procedureName,
     per procedure), since a statutory procedure may well redirect to the corporate one. -->
<#assign subject = "Your complaint ${complaint.reference} is being dealt with elsewhere">
${complainant.salutation}

Thank you for contacting ${council.name} about ${complaint.serviceArea}. Your concern is not dealt with under our ${council.procedureName}, but it has not been set aside.

<#if vars.redirectDestination?? && vars.redirectDestination?has_content>
We have passed it to: ${vars.redirectDestination}. They will contact you about what happens next.
<#else>
We have passed it to the team that deals with this kind of matter. They will contact you about what happens next.
</#if>

<#include "_contact.ftl">
