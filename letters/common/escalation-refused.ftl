<#-- A refused request for a review (Warwickshire general, seed 004 section 3: "this will be explained"): the reasons are
     the ones the officer recorded for the customer on "Assess the stage 2 request" (reviewDecisionReasons). -->
<#assign subject = "Your complaint ${complaint.reference}: your request for a review">
${complainant.salutation}

Thank you for asking us to review our response to your complaint about ${complaint.serviceArea}. We have considered your reasons carefully and have decided not to carry out a further review.

Our reasons are: ${vars.reviewDecisionReasons}

This is the end of our complaints procedure.

<#include "_ombudsman.ftl">

<#include "_contact.ftl">
