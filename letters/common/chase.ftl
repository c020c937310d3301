<#assign subject = "Complaint ${complaint.reference}: ${task.name}">
This is an automatic reminder from Redress.

Complaint ${complaint.reference} (${complaint.serviceArea}) needs this done: ${task.name}. It is due by ${task.due}.
<#if responseDue??>The response to the complainant is due by ${responseDue}.</#if>

Open the task in Tasklist: ${tasklistUrl}
