<#-- Stage 2 of a statutory children's complaint (Leicestershire seed 003, stage 2 guidance 1): "the complainants will
     be advised once investigators are appointed"; the investigators then agree the terms of reference with them. -->
<#assign subject = "Your complaint ${complaint.reference}: the independent investigation (stage 2)">
${complainant.salutation}

We have now appointed the people who will carry out the independent investigation of your complaint about ${complaint.serviceArea} (stage 2): an Independent Investigator, and an Independent Person<#if vars.independentPerson?? && vars.independentPerson?has_content>, ${vars.independentPerson},</#if> who will make sure the investigation is fair and open.

The Independent Investigator will contact you directly to agree what the investigation will look at (its terms of reference) and will keep in touch with you while it goes on.<#if responseDue??> We aim to complete the investigation by ${responseDue}.</#if>

<#include "_contact.ftl">
