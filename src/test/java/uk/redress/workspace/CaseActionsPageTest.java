package uk.redress.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.complaint.ComplaintStatus;
import uk.redress.complaint.IntakeRequest;
import uk.redress.complaint.WaitingProcesses;

/**
 * Actions on the case page (request the next stage, record a withdrawal, record an Ombudsman enquiry, suspend and
 * resume, re-open, raise a concern about behaviour): offered
 * only where the diagram waits for them and only to the procedure's teams; done through the API's services; refused
 * to another council's officer (not found) and to auditors (who read but do not act).
 */
class CaseActionsPageTest extends RedressSpringTest {

    private static final String OFFICER = "harborough-complaints-officers";
    private static final String WARWICKSHIRE = "warwickshire-customer-relations";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    WaitingProcesses waiting;
    @Autowired
    ComplaintRepository complaints;

    private String harboroughComplaint() {
        return intake.receive(new IntakeRequest("harborough-corporate", LocalDate.now(LONDON), Channel.PHONE,
                new IntakeRequest.ComplainantDetails("Alex Action", null, "01858 000111", null, false),
                "Planning", "No reply to my letters", null, null, false, null, Set.of())).getReference();
    }

    private String resolvedInformally() {
        String reference = harboroughComplaint();
        var task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        processEngine.getTaskService().complete(task.getId(), Map.of("informalOutcome", "resolved",
                "informalActionsSummary", "Explained the planning timetable.",
                "responseText", "We have explained the planning timetable."));
        return reference;
    }

    private static List<Map.Entry<String, String>> today(String name) {
        LocalDate today = LocalDate.now(LONDON);
        return List.of(Map.entry(name + "Day", "" + today.getDayOfMonth()),
                Map.entry(name + "Month", "" + today.getMonthValue()), Map.entry(name + "Year", "" + today.getYear()));
    }

    private static List<Map.Entry<String, String>> plus(List<Map.Entry<String, String>> fields, String name, String value) {
        List<Map.Entry<String, String>> all = new java.util.ArrayList<>(fields);
        all.add(Map.entry(name, value));
        return all;
    }

    private Object variable(String reference, String name) {
        String[] instances = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(reference).list().stream().map(p -> p.getId()).toArray(String[]::new);
        return processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceIdIn(instances).variableName(name).list().stream()
                .map(v -> v.getValue()).findFirst().orElse(null);
    }

    @Test
    void aWithdrawalByPhone_isRecorded_andTheTeamIsAskedToConfirmIt() {
        String reference = harboroughComplaint();
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        assertThat(officer.get("/complaints/" + reference).body()).contains("Record a withdrawal")
                .doesNotContain("Request the next stage");

        String action = "/complaints/" + reference + "/withdrawal";
        StaffSession.Page done = officer.submit(action, action, plus(plus(today("withdrawnOn"), "how", "PHONE"),
                "note", "Sorted out by the planning officer"));

        assertThat(done.location()).endsWith("/complaints/" + reference);
        assertThat(officer.follow(done).body()).contains("Withdrawal recorded");
        assertThat(variable(reference, "withdrawnBy")).isEqualTo("PHONE");
        assertThat(waiting.waitingFor(reference, "ComplaintWithdrawn")).isEmpty();
        assertThat(timeline(officer, reference)).contains("Complaint withdrawn", "Withdrawn on " + todayInWords(),
                "How: Phone", "Note: Sorted out by the planning officer");
    }

    @Test
    void aWithdrawalWithoutHowOrInTheFuture_isRefusedNamingEachField() {
        String reference = harboroughComplaint();
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        String action = "/complaints/" + reference + "/withdrawal";
        LocalDate tomorrow = LocalDate.now(LONDON).plusDays(1);
        StaffSession.Page refused = officer.submit(action, action, List.of(
                Map.entry("withdrawnOnDay", "" + tomorrow.getDayOfMonth()),
                Map.entry("withdrawnOnMonth", "" + tomorrow.getMonthValue()),
                Map.entry("withdrawnOnYear", "" + tomorrow.getYear())));
        assertThat(refused.body()).contains("<a href=\"#how\">Select how the complainant withdrew</a>");
        StaffSession.Page future = officer.submit(action, action, plus(List.of(
                Map.entry("withdrawnOnDay", "" + tomorrow.getDayOfMonth()),
                Map.entry("withdrawnOnMonth", "" + tomorrow.getMonthValue()),
                Map.entry("withdrawnOnYear", "" + tomorrow.getYear())), "how", "EMAIL"));
        assertThat(future.body()).contains("<a href=\"#withdrawnOn-day\">Date withdrawn must not be in the future</a>");
        assertThat(variable(reference, "withdrawnBy")).isNull();
    }

    @Test
    void aWithdrawal_isRefusedToAnotherCouncilsOfficer_andToAuditors() {
        String reference = harboroughComplaint();
        String action = "/complaints/" + reference + "/withdrawal";
        List<Map.Entry<String, String>> fields = plus(today("withdrawnOn"), "how", "PHONE");

        StaffSession stranger = StaffSession.signedIn(port, "warwickshire-service-officers");
        assertThat(stranger.get(action).status()).isEqualTo(404);
        assertThat(stranger.submit("/complaints", action, fields).status()).isEqualTo(404);

        StaffSession auditor = StaffSession.signedIn(port, "auditors");
        assertThat(auditor.get("/complaints/" + reference).body()).doesNotContain("Record a withdrawal");
        assertThat(auditor.get(action).status()).isEqualTo(403);
        assertThat(auditor.submit("/complaints", action, fields).status()).isEqualTo(403);

        assertThat(variable(reference, "withdrawnBy")).isNull();
    }

    @Test
    void theNextStage_isOfferedOnceTheInformalAnswerIsGiven_andStartsWhenRequested() {
        String fresh = harboroughComplaint();
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        String freshAction = "/complaints/" + fresh + "/escalation";
        assertThat(officer.get("/complaints/" + fresh).body()).doesNotContain("Request the next stage");
        assertThat(officer.submit(freshAction, freshAction, today("requestedOn")).body())
                .contains("The complaint cannot go to the next stage on that date");

        String reference = resolvedInformally();
        assertThat(officer.get("/complaints/" + reference).body()).contains("Request the next stage");
        String action = "/complaints/" + reference + "/escalation";
        StaffSession.Page done = officer.submit(action, action, today("requestedOn"));

        assertThat(officer.follow(done).body()).contains("Escalation recorded");
        assertThat(waiting.waitingFor(reference, "EscalationRequested")).isEmpty();
        assertThat(variable(reference, "escalationRequestedOn")).isEqualTo(LocalDate.now(LONDON).toString());
        assertThat(timeline(officer, reference)).contains("Next stage requested", "Asked for on " + todayInWords());
    }

    @Test
    void theNextStage_isRefusedToAnotherCouncilsOfficer_andToAuditors() {
        String reference = resolvedInformally();
        String action = "/complaints/" + reference + "/escalation";
        StaffSession stranger = StaffSession.signedIn(port, "warwickshire-service-officers");
        assertThat(stranger.submit("/complaints", action, today("requestedOn")).status()).isEqualTo(404);
        StaffSession auditor = StaffSession.signedIn(port, "auditors");
        assertThat(auditor.submit("/complaints", action, today("requestedOn")).status()).isEqualTo(403);
        assertThat(waiting.waitingFor(reference, "EscalationRequested")).isPresent();
    }

    private String warwickshireComplaint() {
        return intake.receive(new IntakeRequest("warwickshire-general", LocalDate.now(LONDON), Channel.EMAIL,
                new IntakeRequest.ComplainantDetails("Sid Suspended", "sid@example.org", null, null, false),
                "Highways", "Resurfacing left the road unsafe", null, null, false, null, Set.of())).getReference();
    }

    private ComplaintStatus status(String reference) {
        return complaints.findByReference(reference).orElseThrow().getStatus();
    }

    @Test
    void aComplaint_isSuspendedForCourtProceedings_andResumed_whereItsProcedureProvidesForIt() {
        String reference = warwickshireComplaint();
        StaffSession officer = StaffSession.signedIn(port, WARWICKSHIRE);
        assertThat(officer.get("/complaints/" + reference).body()).contains(">Suspend</a>");
        String action = "/complaints/" + reference + "/suspension";

        StaffSession.Page refused = officer.submit(action, action, List.of());
        assertThat(refused.body()).contains("<a href=\"#because\">Select the proceedings it waits for</a>",
                "<a href=\"#decidedBy\">Enter who decided to suspend it</a>");
        assertThat(status(reference)).isEqualTo(ComplaintStatus.OPEN);

        StaffSession.Page done = officer.submit(action, action, List.of(Map.entry("because", "COURT_OR_TRIBUNAL"),
                Map.entry("decidedBy", "Jo Manager, Service Manager")));
        assertThat(officer.follow(done).body()).contains("Complaint suspended", "Resume the complaint",
                "stopped since " + LocalDate.now(LONDON).format(java.time.format.DateTimeFormatter.ofPattern(
                        "d MMMM yyyy", java.util.Locale.UK))).doesNotContain(">Suspend</a>");
        assertThat(status(reference)).isEqualTo(ComplaintStatus.SUSPENDED);
        assertThat(timeline(officer, reference)).contains(">Complaint suspended<",
                "Because of court or tribunal; every clock stopped", ">by Jo Manager, Service Manager");

        String casePage = "/complaints/" + reference;
        StaffSession.Page resumed = officer.submit(casePage, casePage + "/resumption", List.of());
        assertThat(officer.follow(resumed).body()).contains("Complaint resumed");
        assertThat(status(reference)).isEqualTo(ComplaintStatus.OPEN);
        assertThat(timeline(officer, reference)).contains(">Complaint resumed<", "Going on again from " + todayInWords());
    }

    @Test
    void aProcedureWithoutSuspension_offersNone_andRefusesOne() {
        String reference = harboroughComplaint();
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        assertThat(officer.get("/complaints/" + reference).body()).doesNotContain(">Suspend</a>");
        String action = "/complaints/" + reference + "/suspension";
        assertThat(officer.submit(action, action, List.of(Map.entry("because", "GRIEVANCE"),
                Map.entry("decidedBy", "A Manager"))).body()).contains("This complaint cannot be suspended");
        assertThat(status(reference)).isEqualTo(ComplaintStatus.OPEN);
    }

    @Test
    void suspendingAndResuming_areRefusedToAnotherCouncilsOfficer_andToAuditors() {
        String reference = warwickshireComplaint();
        List<Map.Entry<String, String>> fields = List.of(Map.entry("because", "GRIEVANCE"), Map.entry("decidedBy", "X"));
        StaffSession stranger = StaffSession.signedIn(port, OFFICER);
        assertThat(stranger.submit("/complaints", "/complaints/" + reference + "/suspension", fields).status()).isEqualTo(404);
        StaffSession auditor = StaffSession.signedIn(port, "auditors");
        assertThat(auditor.submit("/complaints", "/complaints/" + reference + "/suspension", fields).status()).isEqualTo(403);
        assertThat(status(reference)).isEqualTo(ComplaintStatus.OPEN);

        StaffSession.signedIn(port, WARWICKSHIRE).submit("/complaints", "/complaints/" + reference + "/suspension", fields);
        assertThat(status(reference)).isEqualTo(ComplaintStatus.SUSPENDED);
        assertThat(stranger.submit("/complaints", "/complaints/" + reference + "/resumption", List.of()).status()).isEqualTo(404);
        assertThat(auditor.submit("/complaints", "/complaints/" + reference + "/resumption", List.of()).status()).isEqualTo(403);
        assertThat(status(reference)).isEqualTo(ComplaintStatus.SUSPENDED);
    }

    private String withdrawnAndConfirmed(StaffSession officer) {
        String reference = harboroughComplaint();
        String action = "/complaints/" + reference + "/withdrawal";
        officer.submit(action, action, plus(today("withdrawnOn"), "how", "PHONE"));
        var confirm = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskDefinitionKey("Task_ConfirmWithdrawal").singleResult();
        processEngine.getTaskService().complete(confirm.getId(), Map.of("withdrawalConfirmed", true));
        assertThat(status(reference)).isEqualTo(ComplaintStatus.CLOSED);
        return reference;
    }

    @Test
    void aWithdrawnComplaint_isReopened_whenAManagerAuthorisesIt() {
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        String reference = withdrawnAndConfirmed(officer);
        assertThat(officer.get("/complaints/" + reference).body()).contains(">Re-open</a>");
        String action = "/complaints/" + reference + "/reopening";

        assertThat(officer.submit(action, action, List.of()).body()).contains(
                "<a href=\"#authorisedBy\">Enter who authorised re-opening it</a>",
                "<a href=\"#reason\">Enter why it is re-opened</a>");
        StaffSession.Page done = officer.submit(action, action, List.of(Map.entry("authorisedBy", "Jo Manager"),
                Map.entry("reason", "The complainant misunderstood")));

        assertThat(officer.follow(done).body()).contains("Complaint re-opened").doesNotContain(">Re-open</a>");
        assertThat(timeline(officer, reference)).contains(">Complaint re-opened<", "Why: The complainant misunderstood",
                ">by Jo Manager", ">Complaint withdrawn<");
        assertThat(status(reference)).isEqualTo(ComplaintStatus.OPEN);
    }

    @Test
    void anOpenComplaint_isNotReopened_andReopeningIsRefusedToOthers() {
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        String open = harboroughComplaint();
        String openAction = "/complaints/" + open + "/reopening";
        List<Map.Entry<String, String>> fields = List.of(Map.entry("authorisedBy", "Jo"), Map.entry("reason", "Why not"));
        assertThat(officer.get("/complaints/" + open).body()).doesNotContain(">Re-open</a>");
        assertThat(officer.submit(openAction, openAction, fields).body()).contains("This complaint cannot be re-opened");

        String withdrawn = withdrawnAndConfirmed(officer);
        String action = "/complaints/" + withdrawn + "/reopening";
        assertThat(StaffSession.signedIn(port, WARWICKSHIRE).submit("/complaints", action, fields).status()).isEqualTo(404);
        assertThat(StaffSession.signedIn(port, "auditors").submit("/complaints", action, fields).status()).isEqualTo(403);
        assertThat(status(withdrawn)).isEqualTo(ComplaintStatus.CLOSED);
    }

    private long behaviourProcesses(String reference) {
        return processEngine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("unreasonable-behaviour")
                .processInstanceBusinessKey(reference).count();
    }

    @Test
    void aConcernAboutBehaviour_isRaisedOnce_whereTheProcedureProvidesForRestrictions() {
        String reference = harboroughComplaint();
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        assertThat(officer.get("/complaints/" + reference).body()).contains("Raise a concern about behaviour</a>");
        String action = "/complaints/" + reference + "/behaviour-concern";
        assertThat(officer.submit(action, action, List.of()).body())
                .contains("<a href=\"#concern\">Enter what the complainant has done</a>");

        StaffSession.Page done = officer.submit(action, action, List.of(Map.entry("concern", "Forty calls a day")));

        assertThat(officer.follow(done).body()).contains("Concern raised").doesNotContain("Raise a concern about behaviour</a>");
        assertThat(behaviourProcesses(reference)).isEqualTo(1);
        assertThat(timeline(officer, reference)).contains(">Concern raised about behaviour<", "Forty calls a day");
        assertThat(officer.submit(action, action, List.of(Map.entry("concern", "Again"))).body())
                .contains("A concern cannot be raised on this complaint");
        assertThat(behaviourProcesses(reference)).isEqualTo(1);
    }

    @Test
    void aConcernAboutBehaviour_isNotOfferedWhereTheProcedureHasNoRestrictions_andIsRefusedToOthers() {
        String county = intake.receive(new IntakeRequest("county-corporate-two-stage", LocalDate.now(LONDON),
                Channel.EMAIL, new IntakeRequest.ComplainantDetails("Cam County", null, null, null, false),
                "Libraries", "Closed early", null, null, false, null, Set.of())).getReference();
        StaffSession countyTeam = StaffSession.signedIn(port, "county-customer-relations");
        assertThat(countyTeam.get("/complaints/" + county).body()).doesNotContain("Raise a concern about behaviour</a>");
        String countyAction = "/complaints/" + county + "/behaviour-concern";
        assertThat(countyTeam.submit(countyAction, countyAction, List.of(Map.entry("concern", "Rude"))).body())
                .contains("A concern cannot be raised on this complaint");

        String reference = harboroughComplaint();
        String action = "/complaints/" + reference + "/behaviour-concern";
        List<Map.Entry<String, String>> fields = List.of(Map.entry("concern", "Forty calls a day"));
        assertThat(StaffSession.signedIn(port, WARWICKSHIRE).submit("/complaints", action, fields).status()).isEqualTo(404);
        assertThat(StaffSession.signedIn(port, "auditors").submit("/complaints", action, fields).status()).isEqualTo(403);
        assertThat(behaviourProcesses(reference)).isZero();
    }

    @Test
    void anOmbudsmanEnquiry_isRecorded_andABadReferenceOrReplyDateIsNamed() {
        String reference = harboroughComplaint();
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        String action = "/complaints/" + reference + "/ombudsman-enquiry";
        LocalDate yesterday = LocalDate.now(LONDON).minusDays(1);
        StaffSession.Page refused = officer.submit(action, action, plus(plus(plus(plus(today("receivedOn"),
                "ombudsmanReference", "<26 012>"), "replyDueOnDay", "" + yesterday.getDayOfMonth()),
                "replyDueOnMonth", "" + yesterday.getMonthValue()), "replyDueOnYear", "" + yesterday.getYear()));
        assertThat(refused.body()).contains("<a href=\"#ombudsmanReference\">Ombudsman&#39;s reference must be the"
                + " Ombudsman&#39;s case reference");
        LocalDate due = LocalDate.now(LONDON).plusDays(28);
        StaffSession.Page done = officer.submit(action, action, plus(plus(plus(plus(today("receivedOn"),
                "ombudsmanReference", "26 012 345"), "replyDueOnDay", "" + due.getDayOfMonth()),
                "replyDueOnMonth", "" + due.getMonthValue()), "replyDueOnYear", "" + due.getYear()));

        assertThat(officer.follow(done).body()).contains("Ombudsman enquiry recorded")
                .doesNotContain("Record an Ombudsman enquiry");
        assertThat(timeline(officer, reference)).contains(">Ombudsman enquiry received<", "Ombudsman reference 26 012 345",
                "received " + todayInWords(), "reply due " + due.format(java.time.format.DateTimeFormatter
                        .ofPattern("d MMMM yyyy", java.util.Locale.UK)));
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("ombudsman-enquiry").processInstanceBusinessKey(reference).count()).isEqualTo(1);
    }

    @Test
    void anOmbudsmanEnquiry_isRefusedToAnotherCouncilsOfficer_andToAuditors() {
        String reference = harboroughComplaint();
        String action = "/complaints/" + reference + "/ombudsman-enquiry";
        List<Map.Entry<String, String>> fields = plus(plus(plus(plus(today("receivedOn"), "ombudsmanReference", "26 1"),
                "replyDueOnDay", "1"), "replyDueOnMonth", "1"), "replyDueOnYear", "2030");
        StaffSession stranger = StaffSession.signedIn(port, "warwickshire-service-officers");
        assertThat(stranger.submit("/complaints", action, fields).status()).isEqualTo(404);
        StaffSession auditor = StaffSession.signedIn(port, "auditors");
        assertThat(auditor.submit("/complaints", action, fields).status()).isEqualTo(403);
        assertThat(processEngine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey("ombudsman-enquiry").processInstanceBusinessKey(reference).count()).isZero();
    }

    private static String timeline(StaffSession session, String reference) {
        String page = session.get("/complaints/" + reference).body();
        return page.substring(page.indexOf("id=\"timeline\""));
    }

    private static String todayInWords() {
        return LocalDate.now(LONDON).format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}
