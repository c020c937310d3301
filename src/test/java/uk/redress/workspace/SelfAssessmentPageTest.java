package uk.redress.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.redress.RedressSpringTest;

/**
 * The procedures against the Complaint Handling Code: any member of staff signed in reads every procedure's verdicts
 * (the page is about diagrams, not complaints); nobody else gets past the sign-in.
 */
class SelfAssessmentPageTest extends RedressSpringTest {

    private static final String PAGE = "/complaints/reports/code";

    @LocalServerPort
    int port;

    @Test
    void nobodySignedIn_isSentToSignIn_andAWrongPasswordDoesNotOpenIt() {
        StaffSession.Page page = StaffSession.anonymous(port).get(PAGE);
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/complaints/sign-in");
        assertThat(page.body()).doesNotContain("Complaint Handling Code");

        StaffSession guesser = StaffSession.anonymous(port).from("10.16.0.1");
        StaffSession.Page refused = guesser.submit("/complaints/sign-in", "/complaints/sign-in", List.of(
                Map.entry("username", "harborough-complaints-officers"), Map.entry("password", "wrong")));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(guesser.get(PAGE).status()).isEqualTo(302);
    }

    @Test
    void anOfficer_readsEveryProcedure_withTheStepToChange() {
        StaffSession.Page page = StaffSession.signedIn(port, "harborough-complaints-officers").get(PAGE);
        assertThat(page.status()).isEqualTo(200);
        String body = page.body();
        assertThat(body).contains("Procedures against the Ombudsman's Complaint Handling Code")
                .contains("Harborough DC corporate complaints", "County council corporate complaints (two stages)",
                        "Leicestershire CC corporate complaints", "Warwickshire CC general complaints",
                        "Warwickshire CC adult social care complaints",
                        "Model complaints procedure (Ombudsman&#39;s Complaint Handling Code)");
        // Harborough's informal stage, named with the step that starts it
        String harborough = section(body, "harborough-corporate");
        assertThat(harborough).contains("No extra named stages, such as an informal stage")
                .contains("Start informal clock (5 working days)").contains("(Task_StartInformalClock)")
                .contains("Not met");
        assertThat(section(body, "lgsco-code")).contains("Met").doesNotContain("Not met");
        assertThat(section(body, "warwickshire-adult-social-care")).contains("Not applicable")
                .doesNotContain("Not met").doesNotContain(">Met<");
        assertThat(body).contains("Meets the Code").contains("Outside the Code");
    }

    @Test
    void anotherCouncilsOfficer_andAnAuditor_readTheSamePage() {
        for (String user : List.of("warwickshire-service-officers", "auditors")) {
            StaffSession.Page page = StaffSession.signedIn(port, user).get(PAGE);
            assertThat(page.status()).as(user).isEqualTo(200);
            assertThat(page.body()).as(user).contains("Harborough DC corporate complaints")
                    .contains("Leicestershire CC children&#39;s social care complaints (statutory)");
        }
    }

    private static String section(String body, String procedure) {
        int start = body.indexOf("id=\"code-" + procedure + "\"");
        assertThat(start).as(procedure).isPositive();
        int end = body.indexOf("</section>", start);
        return body.substring(start, end);
    }
}
