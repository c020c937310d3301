package uk.redress.workspace.casefile;

import java.util.List;

import org.springframework.stereotype.Component;
import uk.redress.notification.Audience;
import uk.redress.notification.Correspondence;
import uk.redress.notification.CorrespondenceLog;
import uk.redress.notification.Route;
import uk.redress.workspace.Wording;

/** The complaint's letters and emails on the timeline: which, to whom, how, and whether they left. */
@Component
class LetterEntries {

    private final CorrespondenceLog log;
    private final Wording wording;

    LetterEntries(CorrespondenceLog log, Wording wording) {
        this.log = log;
        this.wording = wording;
    }

    List<TimelineEntry> of(String reference) {
        return log.of(reference).stream().map(this::entry).toList();
    }

    private TimelineEntry entry(Correspondence row) {
        String title = (row.getAudience() == Audience.STAFF ? "Email to staff: " : "Letter: ")
                + wording.words(row.getLetter()).toLowerCase(java.util.Locale.UK);
        String printable = row.getDocument() == null ? null
                : "/complaints/" + row.getComplaintReference() + "/letters/" + row.getId();
        return new TimelineEntry(row.getQueuedAt(), false, title, how(row) + " - " + status(row), null, List.of(),
                row.getBody(), printable, printable == null ? null : "Download the letter to print (PDF)",
                row.isGivenUp() ? "/complaints/" + row.getComplaintReference() + "/letters/" + row.getId()
                        + "/send-again" : null);
    }

    private static String how(Correspondence row) {
        return switch (row.getRoute()) {
            case EMAIL, NOTIFY_EMAIL -> "by email to " + row.getRecipient();
            case POST -> "by post";
            case NONE -> "no contact details";
        };
    }

    private String status(Correspondence row) {
        return switch (row.getStatus()) {
            case QUEUED, SENDING -> "waiting to be sent";
            case SENT -> (row.getRoute() != Route.POST ? "sent" : row.getPrintedAt() == null
                    ? "waiting to be printed and posted"
                    : "printed and posted on " + wording.day(row.getPrintedAt()) + " by " + row.getPrintedBy())
                    + (row.getDeemedReceivedOn() == null ? ""
                    : ", counts as received " + wording.date(row.getDeemedReceivedOn()));
            case FAILED -> row.isGivenUp() ? "not sent: every try failed; it can be sent again once the problem is put right"
                    : "not sent yet: the last try failed and it will be tried again";
            case NOT_SENT -> "not sent: nothing to send it to";
            case HELD -> "kept, not sent: no mail server is set up";
        };
    }
}
