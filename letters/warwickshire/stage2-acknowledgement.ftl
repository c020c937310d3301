<#-- Warwickshire stage 2 (seed 004, glossary and section 3): for general complaints a review of the stage one
     investigation by the Customer Relations Team, not a re-investigation; children's stage 2 is investigated by staff
     independent of the service, overseen by an Independent Person. -->
<#assign subject = "Your complaint - stage 2 - reference ${complaint.reference}">
${complainant.salutation}

Thank you for explaining why you are not satisfied with our stage one response to your complaint about ${complaint.serviceArea} (reference ${complaint.reference}). Your complaint is now at stage two of our ${council.procedureName}.

<#if complaint.procedure == "warwickshire-childrens-statutory">
At stage two your complaint is investigated by staff who are independent of the service you complained about, overseen by an Independent Person who is not employed by the Council.
<#else>
Stage two is a review of the stage one investigation, rather than a re-investigation. The Customer Relations Team will look at whether the stage one investigation was carried out in a fair and proper way and whether its conclusion was reasonable in the circumstances.
</#if>
<#if responseDue??>We aim to send you our response by ${responseDue}. </#if>If we need more time, we will write to tell you why and give you a new date.

<#include "/common/_contact.ftl">
