package uk.redress.audit;

import java.util.Date;
import java.util.Map;

import org.springframework.stereotype.Component;
import uk.redress.workspace.Wording;

/**
 * The history in plain English: moments as "4 January 2027, 3:05pm" (the workspace's wording), names such as
 * {@code stage1Outcome} or {@code userTask} as words.
 */
@Component
class AuditWording {

    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("userTask", "Task for staff"),
            Map.entry("serviceTask", "Done by Redress"),
            Map.entry("sendTask", "Done by Redress"),
            Map.entry("scriptTask", "Done by Redress"),
            Map.entry("businessRuleTask", "Decision"),
            Map.entry("callActivity", "Shared stage"),
            Map.entry("subProcess", "Part of the procedure"),
            Map.entry("startEvent", "Started"),
            Map.entry("noneEndEvent", "Finished"),
            Map.entry("terminateEndEvent", "Finished"),
            Map.entry("intermediateTimer", "Waited until a date"),
            Map.entry("boundaryTimer", "A date passed"),
            Map.entry("boundaryMessage", "Something happened"),
            Map.entry("intermediateMessageCatch", "Waited for something to happen"),
            Map.entry("messageEndEvent", "Finished"),
            Map.entry("errorEndEvent", "Finished with a problem"));

    private final Wording wording;

    AuditWording(Wording wording) {
        this.wording = wording;
    }

    String moment(Date date) {
        return date == null ? "" : wording.moment(date.toInstant());
    }

    /** A due date: the day alone (a task is due by the end of it). */
    String day(Date date) {
        return date == null ? "" : wording.day(date.toInstant());
    }

    String moment(java.time.Instant instant) {
        return wording.moment(instant);
    }

    String date(java.time.LocalDate day) {
        return wording.date(day);
    }

    /** "stage1Outcome" and "stage1-outcome" as "Stage 1 outcome". */
    String words(Object name) {
        if (name == null) {
            return "";
        }
        return wording.words(name.toString().replaceAll("([a-z0-9])([A-Z])", "$1 $2"));
    }

    String kind(String activityType) {
        return KINDS.getOrDefault(activityType, words(activityType));
    }
}
