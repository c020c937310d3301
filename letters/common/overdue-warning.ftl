<#assign subject = "Overdue: complaint ${complaint.reference} - ${task.name}">
This is an automatic warning from Redress.

A deadline on complaint ${complaint.reference} (${complaint.serviceArea}) has passed and the task is still open: ${task.name} (due ${task.due}). The breach has been recorded. Please complete the task as soon as you can and, if the complainant has not already been told, tell them when they can expect a reply.

Open the task in Tasklist: ${tasklistUrl}
