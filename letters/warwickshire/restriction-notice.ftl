<#-- Warwickshire (seed 004 section 10): written notice within five working days of the decision; there is no right
     of appeal to the council, and the customer is directed to the Ombudsman instead. -->
<#assign subject = "How we will handle your contact with us - reference ${complaint.reference}">
${complainant.salutation}

We are writing about the way you have been contacting us about your complaint ${complaint.reference}. We told you earlier why we were concerned and gave you time to change. We have now decided that we need to limit how you contact us for a while.

What we have decided:
${vars.restrictionsText}

These arrangements will be reviewed on ${dateInWords(vars.reviewOn)} and will end on ${dateInWords(vars.expiresOn)} at the latest. We will share them with the staff who need to know, and note them on your record while they are in place.

Any new issue you raise with us will still be looked at on its merits.

There is no right of appeal to ${council.name} against this decision. If you do not agree with it, you can ask the Ombudsman to look at it.

<#include "/common/_ombudsman.ftl">

<#include "/common/_contact.ftl">
