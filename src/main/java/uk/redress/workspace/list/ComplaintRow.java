package uk.redress.workspace.list;

import java.time.LocalDate;

import uk.redress.complaint.ComplaintStatus;

/** One line of the complaints list: enough to recognise the complaint and see what is due next. */
public record ComplaintRow(String reference, String procedure, String complainantName, boolean anonymous,
                           String serviceArea, String stage, ComplaintStatus status, LocalDate receivedOn,
                           LocalDate nextDueOn) {
}
