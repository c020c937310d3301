package uk.redress.complaint;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import uk.redress.calendar.WorkingDayCalendar;
import uk.redress.ownership.ComplaintProcesses;
import uk.redress.problem.FieldError;
import uk.redress.problem.InvalidInput;
import uk.redress.security.ProcedureAccess;

/**
 * Records a complaint and starts its procedure in one transaction: either both exist or neither does. The same
 * transaction finds the procedure, checks the member of staff may record under it and takes the reference (the
 * process instance's business key) from its series' sequence, so an intake commits once and refused input leaves
 * nothing behind.
 */
@Service
public class ComplaintIntake {

    private final Procedures procedures;
    private final References references;
    private final ComplaintRepository complaints;
    private final RuntimeService runtimeService;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final ProcedureAccess access;
    private final TransactionTemplate transaction;
    private final ComplaintProcesses processes;
    private final ContactArrangementsRepository arrangements;

    public ComplaintIntake(Procedures procedures, References references, ComplaintRepository complaints,
                           RuntimeService runtimeService, WorkingDayCalendar calendar, Clock clock,
                           ProcedureAccess access, PlatformTransactionManager transactionManager,
                           ComplaintProcesses processes, ContactArrangementsRepository arrangements) {
        this.processes = processes;
        this.access = access;
        this.arrangements = arrangements;
        this.transaction = new TransactionTemplate(transactionManager);
        this.procedures = procedures;
        this.references = references;
        this.complaints = complaints;
        this.runtimeService = runtimeService;
        this.calendar = calendar;
        this.clock = clock;
    }

    public Complaint receive(IntakeRequest request) {
        return inOneTransaction(() -> {
            Procedures.Procedure procedure = check(request);
            access.requireStart(procedure.key());
            return record(procedure, request, complaint -> {
            });
        });
    }

    /**
     * A complaint a resident made on the council's website: no member of staff is signed in, so the council's own
     * online form (its procedure chosen by the resident's answers) stands in for the staff member's rights.
     * {@code afterRecording} runs in the same transaction, before the procedure's first steps leave its letters.
     */
    public Complaint receiveOnline(IntakeRequest request, java.util.function.Consumer<Complaint> afterRecording) {
        if (request.channel() != Channel.ONLINE_FORM) {
            throw InvalidInput.of("channel", "must be ONLINE_FORM for a complaint made online");
        }
        return inOneTransaction(() -> record(check(request), request, afterRecording));
    }

    /**
     * The checks, the reference and the record in one transaction, so an intake commits once. The first intake of a
     * reference series on this node finds the series not yet prepared before it has written anything: the series is
     * then prepared outside the transaction and the intake runs again.
     */
    private Complaint inOneTransaction(Supplier<Complaint> intake) {
        try {
            return transaction.execute(status -> intake.get());
        } catch (References.SeriesNotPrepared first) {
            references.prepare(first.prefix(), first.year());
            return transaction.execute(status -> intake.get());
        }
    }

    private Complaint record(Procedures.Procedure procedure, IntakeRequest request,
                             java.util.function.Consumer<Complaint> afterRecording) {
        String reference = references.next(procedure.referencePrefix(), request.receivedOn().getYear());
        IntakeRequest.ComplainantDetails who = request.complainant();
        Complaint complaint = new Complaint(
                reference,
                procedure.key(), request.receivedOn(), request.channel(),
                new Complainant(trim(who.name()), trim(who.email()), trim(who.phone()), trim(who.address()),
                        who.isAnonymous()),
                request.serviceArea().trim(), request.summary().trim(), trim(request.outcomeSought()),
                request.eventDate(), Boolean.TRUE.equals(request.aboutStaffBehaviour()), request.subject(),
                request.concurrentProceedings(), clock.instant());
        complaints.saveAndFlush(complaint);
        if (request.representative() != null || request.adjustments() != null) {
            arrangements.save(new ContactArrangements(reference, request.representative(), request.adjustments()));
        }
        afterRecording.accept(complaint);

        ProcessInstance instance = processes.start(complaint.getReference(), () -> runtimeService
                .startProcessInstanceById(procedure.definitionId(), complaint.getReference(), processVariables(complaint)));
        complaint.attachProcess(instance.getId());
        return complaint;
    }

    private Procedures.Procedure check(IntakeRequest request) {
        List<FieldError> errors = new ArrayList<>();
        Procedures.Procedure procedure = procedures.find(request.procedure()).orElse(null);
        if (procedure == null) {
            errors.add(new FieldError("procedure", "'" + request.procedure() + "' is not a complaints procedure"));
        }
        if (request.receivedOn().isAfter(calendar.today())) {
            errors.add(new FieldError("receivedOn", "must not be in the future"));
        }
        if (request.receivedOn().getYear() < 2000) {
            errors.add(new FieldError("receivedOn", "must be in the year 2000 or later"));
        }
        if (request.eventDate() != null && request.eventDate().isAfter(request.receivedOn())) {
            errors.add(new FieldError("eventDate", "must not be after receivedOn"));
        }
        if (request.eventDate() != null && request.eventDate().getYear() < 1900) {
            errors.add(new FieldError("eventDate", "must be in the year 1900 or later"));
        }
        IntakeRequest.ComplainantDetails who = request.complainant();
        if (!who.isAnonymous() && (who.name() == null || who.name().isBlank())) {
            errors.add(new FieldError("complainant.name", "is required unless the complainant is anonymous"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
        return procedure;
    }

    /**
     * What the diagrams route on and what the task forms show the officer. Contact details (email, phone,
     * address) stay in the complaint record; the process carries the complaint's own words, which staff need
     * to work the task and which only the procedure's groups may read.
     */
    private static Map<String, Object> processVariables(Complaint complaint) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("reference", complaint.getReference());
        variables.put("receivedOn", Variables.stringValue(complaint.getReceivedOn().toString()));
        variables.put("channel", complaint.getChannel().name());
        variables.put("serviceArea", complaint.getServiceArea());
        variables.put("anonymous", complaint.getComplainant().isAnonymous());
        variables.put("aboutStaffBehaviour", complaint.isAboutStaffBehaviour());
        variables.put("subject", complaint.getSubject().name());
        variables.put("concurrentProceedings", complaint.getConcurrentProceedings());
        variables.put("summary", complaint.getSummary());
        variables.put("outcomeSought", complaint.getOutcomeSought());
        variables.put("eventDate", complaint.getEventDate() == null ? null : complaint.getEventDate().toString());
        return variables;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
