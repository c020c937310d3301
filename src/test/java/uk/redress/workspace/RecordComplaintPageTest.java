package uk.redress.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.complaint.ContactArrangements;
import uk.redress.complaint.ContactArrangementsRepository;
import uk.redress.complaint.LetterFormat;
import uk.redress.complaint.RepresentativeRole;

/** A complaints officer records complaints made by phone, in person, by post or email, as the API takes them. */
class RecordComplaintPageTest extends RedressSpringTest {

    private static final String OFFICER = "harborough-complaints-officers";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintRepository complaints;
    @Autowired
    ContactArrangementsRepository arrangements;

    private static List<Map.Entry<String, String>> phoneComplaint(LocalDate receivedOn) {
        List<Map.Entry<String, String>> form = new ArrayList<>(List.of(
                Map.entry("procedure", "harborough-corporate"), Map.entry("channel", "PHONE"),
                Map.entry("receivedOnDay", "" + receivedOn.getDayOfMonth()),
                Map.entry("receivedOnMonth", "" + receivedOn.getMonthValue()),
                Map.entry("receivedOnYear", "" + receivedOn.getYear()),
                Map.entry("name", "Pat Caller"), Map.entry("phone", "01858 111222"),
                Map.entry("address", "1 The Square\nMarket Harborough LE16 7AG"),
                Map.entry("serviceArea", "Waste and recycling"), Map.entry("subject", "SERVICE"),
                Map.entry("summary", "Bin missed <script>alert('x')</script> three weeks running")));
        return form;
    }

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> form, String name, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(form.stream().filter(f -> !f.getKey().equals(name)).toList());
        changed.add(Map.entry(name, value));
        return changed;
    }

    private static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    @Test
    void aPhoneComplaint_isRecordedUnderTheProcedure_withItsRepresentativeAndAdjustments_andOpensOnItsCasePage() {
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        StaffSession.Page form = officer.get("/complaints/new");
        assertThat(form.body()).contains("Record a complaint", "Harborough DC corporate complaints")
                .doesNotContain("Warwickshire");

        List<Map.Entry<String, String>> fields = phoneComplaint(today());
        fields.addAll(List.of(Map.entry("representativeName", "Cllr Jo Ward"), Map.entry("representativeRole", "COUNCILLOR"),
                Map.entry("letterFormat", "LARGE_PRINT"), Map.entry("otherAdjustments", "Calls after 2pm")));
        StaffSession.Page recorded = officer.submit("/complaints/new", "/complaints/new", fields);

        assertThat(recorded.status()).isEqualTo(302);
        String reference = recorded.location().substring(recorded.location().lastIndexOf('/') + 1);
        assertThat(reference).startsWith("HDC-");
        Complaint complaint = complaints.findByReference(reference).orElseThrow();
        assertThat(complaint.getProcessInstanceId()).isNotNull();
        assertThat(complaint.getComplainant().getPhone()).isEqualTo("01858 111222");
        ContactArrangements contact = arrangements.findById(reference).orElseThrow();
        assertThat(contact.getRepresentativeRole()).isEqualTo(RepresentativeRole.COUNCILLOR);
        assertThat(contact.getLetterFormat()).isEqualTo(LetterFormat.LARGE_PRINT);

        StaffSession.Page casePage = officer.follow(recorded);
        assertThat(casePage.status()).isEqualTo(200);
        assertThat(casePage.body()).contains("Complaint <span>" + reference + "</span> recorded", "Pat Caller",
                "Cllr Jo Ward (Councillor)", "Large print", "Calls after 2pm", "by phone");
    }

    @Test
    void textTypedByThePublic_isShownAsText_neverAsHtml() {
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        StaffSession.Page casePage = officer.follow(officer.submit("/complaints/new", "/complaints/new", phoneComplaint(today())));
        assertThat(casePage.body()).contains("Bin missed &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; three weeks running")
                .doesNotContain("<script>alert");
    }

    @Test
    void anEmptyForm_isRefusedWithEachMissingFieldNamed_andNothingIsStored() {
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        long before = complaints.count();
        StaffSession.Page refused = officer.submit("/complaints/new", "/complaints/new",
                List.of(Map.entry("receivedOnDay", ""), Map.entry("representativePhone", "0116 000")));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("<title>Error: Record a complaint", "There is a problem",
                "<a href=\"#procedure\">Select the procedure</a>",
                "<a href=\"#channel\">Select how the complaint was made</a>",
                "<a href=\"#receivedOn-day\">Enter the date the complaint was received</a>",
                "<a href=\"#serviceArea\">Enter the service the complaint is about</a>",
                "<a href=\"#summary\">Enter what the complaint is about</a>",
                "<a href=\"#representativeName\">Enter the representative&#39;s name</a>",
                "<a href=\"#representativeRole\">Select who the representative is</a>");
        String body = refused.body();
        assertThat(body.indexOf("#procedure\"")).as("listed in the form's order")
                .isLessThan(body.indexOf("#channel\"")).isLessThan(body.indexOf("#representativeName\""));
        assertThat(body.indexOf("#representativeName\"")).isLessThan(body.indexOf("#serviceArea\""));
        assertThat(body.indexOf("#serviceArea\"")).isLessThan(body.indexOf("#summary\""));
        assertThat(complaints.count()).isEqualTo(before);
    }

    @Test
    void aComplaintReceivedTomorrow_isRefusedByTheIntakesOwnRule() {
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        long before = complaints.count();
        StaffSession.Page refused = officer.submit("/complaints/new", "/complaints/new", phoneComplaint(today().plusDays(1)));
        assertThat(refused.body()).contains("<a href=\"#receivedOn-day\">Date received must not be in the future</a>");
        assertThat(refused.body()).contains("value=\"Pat Caller\"");
        assertThat(complaints.count()).isEqualTo(before);
    }

    @Test
    void theThirtyFirstOfFebruary_andABadEmail_areEachNamed() {
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        List<Map.Entry<String, String>> fields = with(with(phoneComplaint(today()), "receivedOnDay", "31"), "receivedOnMonth", "2");
        fields = with(fields, "email", "not an address");
        StaffSession.Page refused = officer.submit("/complaints/new", "/complaints/new", fields);
        assertThat(refused.body()).contains("Date received must be a real date, for example 27 3 2026",
                "<a href=\"#email\">Email address must be a well-formed email address</a>");
    }

    @Test
    void anUnnamedComplainant_mustBeMarkedAnonymous() {
        StaffSession officer = StaffSession.signedIn(port, OFFICER);
        StaffSession.Page refused = officer.submit("/complaints/new", "/complaints/new", with(phoneComplaint(today()), "name", " "));
        assertThat(refused.body()).contains("<a href=\"#name\">Name is required unless the complainant is anonymous</a>");
    }

    @Test
    void anotherCouncilsOfficer_cannotRecordUnderThisProcedure_andNothingIsStored() {
        StaffSession stranger = StaffSession.signedIn(port, "warwickshire-service-officers");
        assertThat(stranger.get("/complaints/new").body()).doesNotContain("harborough-corporate");
        long before = complaints.count();
        StaffSession.Page refused = stranger.submit("/complaints/new", "/complaints/new", phoneComplaint(today()));
        assertThat(refused.body()).contains("You cannot record complaints under this procedure");
        assertThat(complaints.count()).isEqualTo(before);
    }

    @Test
    void auditors_recordNothing() {
        StaffSession auditor = StaffSession.signedIn(port, "auditors");
        assertThat(auditor.get("/complaints/new").body()).contains("Your team does not record complaints");
    }
}
