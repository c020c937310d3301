package uk.redress.complaint;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What {@code GET /api/complaints/{reference}} returns (the DESIGN.md contract, plus a few more facts). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ComplaintView(
        String reference,
        String procedure,
        String processInstanceId,
        String stage,
        ComplaintStatus status,
        String outcome,
        LocalDate receivedOn,
        Channel channel,
        String serviceArea,
        List<DeadlineView> deadlines,
        List<uk.redress.notification.CorrespondenceView> correspondence) {

    /** An open clock: its contract name, the day it is due and whether it is stopped or already ran out. */
    public record DeadlineView(String name, LocalDate dueOn, boolean paused, boolean breached) {
    }
}
