package uk.redress.audit;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.IntakeRequest;

/**
 * A Harborough complaint with a history in every part: recorded, resolved informally by a named officer, its
 * letters sent, a problem raised and put right, closed when its escalation window passed.
 */
public final class HistoryScenario {

    public static final String COMPLAINANT = "Audrey Trail";
    public static final String PROBLEM = "The post room's printer did not answer";
    private static final String OFFICERS = "harborough-service-officers";

    private HistoryScenario() {
    }

    public static IntakeRequest harboroughComplaint(LocalDate receivedOn) {
        return new IntakeRequest("harborough-corporate", receivedOn, Channel.EMAIL,
                new IntakeRequest.ComplainantDetails(COMPLAINANT, "audrey.trail@example.org", null, null, false),
                "Parking", "A ticket was issued while the machine was broken", null, null, false, null, Set.of());
    }

    /**
     * The closed complaint's reference; {@code runDueJobs} runs the complaint's due jobs and {@code sendLetters}
     * sends its letters (RedressSpringTest's).
     */
    public static String closedHarboroughComplaint(ProcessEngine engine, ComplaintIntake intake,
                                                   ToIntFunction<String> runDueJobs,
                                                   ToIntFunction<String> sendLetters) {
        String reference = intake.receive(harboroughComplaint(LocalDate.now(ZoneId.of("Europe/London"))))
                .getReference();
        sendLetters.applyAsInt(reference);
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        Incident problem = engine.getRuntimeService().createIncident("letterPrinting", task.getExecutionId(), null,
                PROBLEM);
        engine.getRuntimeService().resolveIncident(problem.getId());
        engine.getIdentityService().setAuthentication(OFFICERS, List.of(OFFICERS));
        try {
            engine.getTaskService().claim(task.getId(), OFFICERS);
            engine.getTaskService().complete(task.getId(), Map.of("informalOutcome", "resolved",
                    "informalActionsSummary", "The ticket was cancelled the same day.",
                    "responseText", "We cancelled the parking ticket the same day and apologise."));
        } finally {
            engine.getIdentityService().clearAuthentication();
        }
        runDueJobs.applyAsInt(reference);
        sendLetters.applyAsInt(reference);
        ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(Duration.ofDays(120))));
        runDueJobs.applyAsInt(reference);
        sendLetters.applyAsInt(reference);
        return reference;
    }
}
