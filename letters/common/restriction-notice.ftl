<#assign subject = "How we will handle your contact with us - reference ${complaint.reference}">
${complainant.salutation}

We are writing about the way you have been contacting us about your complaint ${complaint.reference}. We told you earlier why we were concerned and gave you time to change. We have now decided that we need to limit how you contact us for a while.

What we have decided:
${vars.restrictionsText}

These arrangements will be reviewed on ${dateInWords(vars.reviewOn)} and will end on ${dateInWords(vars.expiresOn)} at the latest.

Any new issue you raise with us will still be looked at on its merits.

If you disagree with this decision, you can ask for it to be reviewed by a senior manager who has not been involved. Please write to us and explain why.

<#include "_contact.ftl">
