package uk.redress.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;

/** Staff reach the workspace only signed in, with the same user names and passwords as in Tasklist. */
class WorkspaceSignInTest extends RedressSpringTest {

    @LocalServerPort
    int port;

    @Test
    void someoneNotSignedIn_isSentToTheSignInPage() {
        StaffSession.Page page = StaffSession.anonymous(port).get("/complaints");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/complaints/sign-in");
    }

    @Test
    void theSignInPage_isAGovUkFormWithACsrfToken() {
        StaffSession.Page page = StaffSession.anonymous(port).get("/complaints/sign-in");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("govuk-frontend.min.css", "<h1 class=\"govuk-heading-l\">Sign in</h1>",
                "name=\"_csrf\"", "lang=\"en-GB\"");
    }

    @Test
    void theStylesheet_comesFromTheGovUkFrontendPackage_withoutSigningIn() {
        StaffSession anonymous = StaffSession.anonymous(port);
        assertThat(anonymous.get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css").status()).isEqualTo(200);
        assertThat(anonymous.get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js").status()).isEqualTo(200);
        assertThat(anonymous.get("/workspace/workspace.css").status()).isEqualTo(200);
    }

    @Test
    void aTasklistUser_signsInWithTheirTasklistPassword_andSeesTheList() {
        StaffSession officer = StaffSession.signedIn(port, "harborough-complaints-officers");
        StaffSession.Page list = officer.get("/complaints");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body()).contains("Signed in as <span>harborough-complaints-officers</span>", "Complaints",
                "href=\"/complaints\" aria-current=\"page\"");
    }

    @Test
    void aWrongPassword_isRefusedWithAnErrorNamingTheProblem() {
        StaffSession stranger = StaffSession.anonymous(port).from("10.15.0.1");
        StaffSession.Page refused = stranger.submit("/complaints/sign-in", "/complaints/sign-in",
                List.of(Map.entry("username", "warwickshire-service-managers"), Map.entry("password", "guess")));
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body()).contains("There is a problem", "Enter a correct user name and password",
                "value=\"warwickshire-service-managers\"");
        assertThat(stranger.get("/complaints").status()).isEqualTo(302);
    }

    @Test
    void tenWrongPasswordsForOneUserFromOneAddress_makeItWait_whileTheOwnerElsewhereSignsIn() {
        StaffSession guesser = StaffSession.anonymous(port).from("10.15.0.2");
        List<Map.Entry<String, String>> guess = List.of(Map.entry("username", "harborough-directors"),
                Map.entry("password", "guess"));
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(guesser.submit("/complaints/sign-in", "/complaints/sign-in", guess).status()).isEqualTo(401);
        }
        List<Map.Entry<String, String>> right = List.of(Map.entry("username", "harborough-directors"),
                Map.entry("password", "harborough-directors"));
        StaffSession.Page throttled = guesser.submit("/complaints/sign-in", "/complaints/sign-in", right);
        assertThat(throttled.status()).as("even with the right password").isEqualTo(429);
        assertThat(StaffSession.anonymous(port).from("10.15.0.3").submit("/complaints/sign-in", "/complaints/sign-in",
                right).status()).as("the owner elsewhere signs in").isEqualTo(302);
    }

    @Test
    void aFormPostedWithoutTheCsrfToken_isRefused() {
        StaffSession stranger = StaffSession.anonymous(port);
        StaffSession.Page refused = stranger.post("/complaints/sign-in",
                List.of(Map.entry("username", "demo"), Map.entry("password", "demo")));
        assertThat(refused.status()).isEqualTo(403);
    }

    @Test
    void signingOut_endsTheSession() {
        StaffSession officer = StaffSession.signedIn(port, "harborough-complaints-officers");
        StaffSession.Page out = officer.submit("/complaints", "/complaints/sign-out", List.of());
        assertThat(out.location()).endsWith("/complaints/sign-in?signed-out");
        assertThat(officer.get("/complaints").status()).isEqualTo(302);
    }
}
