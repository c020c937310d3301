<#-- Stage 3 acknowledgement: the complainant asked for a review panel (statutory children's procedures). -->
<#assign subject = "Your request for a review panel - reference ${complaint.reference}">
${complainant.salutation}

Thank you for asking for a review panel (stage 3 of our ${council.procedureName}) on your complaint about ${complaint.serviceArea}, reference ${complaint.reference}.

A review panel of three people, including two independent people who do not work for the council, will meet to consider your complaint and the response you received at stage 2. We will write to you with the date, time and place of the panel and how you can take part. You may bring someone with you to support you.

After the panel meets, it will send its findings and recommendations to you and to the council, and the council will then write to you with its response.

<#include "_contact.ftl">
