<#assign subject = "Your complaint ${complaint.reference}: our final response">
${complainant.salutation}

We have now sent you our final response to your complaint about ${complaint.serviceArea}. This is the end of our complaints procedure.

<#include "_ombudsman.ftl">

<#include "_contact.ftl">
