<#assign subject = "Tell us how we handled your complaint ${complaint.reference}">
${complainant.salutation}

We recently responded to your complaint about ${complaint.serviceArea}. We would like to know how you felt about the way we handled it, whether or not you agreed with the outcome. Your answers help us improve.

Please contact us to take part in our short satisfaction survey<#if council.website?has_content>, or visit ${council.website}</#if>.

<#include "_contact.ftl">
