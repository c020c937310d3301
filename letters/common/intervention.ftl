<#assign subject = "Complaint ${complaint.reference}: intervention needed - ${task.name}">
This is an automatic escalation from Redress.

The response to complaint ${complaint.reference} (${complaint.serviceArea}) is late or at risk<#if responseDue??>: it is due by ${responseDue}</#if>. The procedure now asks for this: ${task.name}, by ${task.due}.

Open the task in Tasklist: ${tasklistUrl}
