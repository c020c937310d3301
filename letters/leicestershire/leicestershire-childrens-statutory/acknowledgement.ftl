<#-- Children's social care (seed 003): the statutory procedure, its stages and the right to an advocate. -->
<#assign subject = "We have received your complaint about children's social care - reference ${complaint.reference}">
${complainant.salutation}

Thank you for contacting ${council.name}. We received your complaint about ${complaint.serviceArea} on ${complaint.receivedOn}. Your reference is ${complaint.reference}.

We will first check that your complaint can be considered under the statutory children's social care complaints procedure. If it can, the Team Manager will look into it<#if responseDue??> and we aim to send you a response by ${responseDue}</#if>. If we need more time we will tell you why, and the law allows up to 20 working days at this stage.

If you are a child or young person, you can have an advocate to help you make your complaint. Please ask us and we will arrange one.

If you are not satisfied with the response at this stage, you can ask for an independent investigation (stage 2) and then for a review panel (stage 3).

<#include "/common/_contact.ftl">
