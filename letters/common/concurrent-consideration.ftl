<#-- A complaint handed over because the council is taking, or proposing to take, disciplinary proceedings against
     someone connected with it (Leicestershire corporate, seed 000 section 13 b): the complainant is told in writing
     why the complaint is excluded and what the "concurrent consideration" is. -->
<#assign subject = "Your complaint ${complaint.reference} cannot be considered further under our ${council.procedureName}">
${complainant.salutation}

Thank you for your complaint about ${complaint.serviceArea}. We are sorry, but we cannot consider it further under our ${council.procedureName}.

This is because the Council is taking, or proposing to take, disciplinary proceedings against a person connected with the matter you complained about. Our procedure calls this a "concurrent consideration": considering your complaint at the same time could prejudice those proceedings, so the matter is now being dealt with under the Council's disciplinary procedure instead.

<#include "_ombudsman.ftl">

<#include "_contact.ftl">
