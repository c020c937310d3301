package uk.redress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;

/**
 * A complaints officer in a real (headless) Chromium: signs in to the workspace, records a phoned-in complaint
 * (after first sending the form empty), reads its case page and its action forms, finds it in the list; another
 * council's officer
 * is told the page does not exist. axe-core checks every page for critical and serious accessibility problems.
 * Needs Debian's chromium and chromium-driver, and axe-core from {@code npm ci}; skipped where they are absent.
 */
class WorkspaceBrowserTest extends RedressSpringTest {

    @LocalServerPort
    int port;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start();
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String user) {
        HeadlessChromium.signIn(browser, "http://localhost:" + port, user);
    }

    private WebElement waitFor(By element) {
        return new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    private void waitFor(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    @Test
    void anOfficerRecordsAPhonedInComplaint_findsIt_andReadsItsCase_andEveryPagePassesAxe() throws Exception {
        open("/complaints/sign-in");
        assertNoSeriousAccessibilityProblems("sign-in");
        signIn("harborough-complaints-officers");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Complaints");
        assertNoSeriousAccessibilityProblems("list");

        open("/complaints/new");
        assertNoSeriousAccessibilityProblems("record");
        browser.findElement(By.cssSelector("form[action='/complaints/new'] button[type=submit]")).click();
        WebElement summary = waitFor(By.className("govuk-error-summary"));
        assertThat(summary.getText()).contains("Select how the complaint was made", "Enter what the complaint is about");
        assertNoSeriousAccessibilityProblems("record-errors");
        screenshot("workspace-record-errors");

        browser.findElement(By.cssSelector("label[for='channel']")).click();
        type("name", "Sam Phonecall");
        type("phone", "01858 555000");
        type("address", "4 Northampton Road\nMarket Harborough LE16 9HE");
        type("serviceArea", "Parks");
        type("summary", "The play area gate has been broken since <b>October</b>.");
        browser.findElement(By.cssSelector("form[action='/complaints/new'] button[type=submit]")).click();
        waitFor(ExpectedConditions.urlMatches("/complaints/HDC-"));

        String reference = browser.findElement(By.cssSelector("h1 span")).getText();
        assertThat(reference).startsWith("HDC-");
        assertThat(browser.findElement(By.className("govuk-notification-banner")).getText()).contains("recorded");
        assertThat(browser.findElements(By.xpath("//b[normalize-space(.)='October']"))).as("typed text is not markup").isEmpty();
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Complaint recorded");
        assertNoSeriousAccessibilityProblems("case-page");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1900));
        screenshot("workspace-case-page");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
        browser.findElement(By.xpath("//button[normalize-space(.)='Add the note']")).click();
        assertThat(waitFor(By.className("govuk-error-summary")).getText()).contains("Enter the note");
        assertNoSeriousAccessibilityProblems("case-page-note-refused");
        type("note", "Called back: <b>October</b> suits them");
        browser.findElement(By.xpath("//button[normalize-space(.)='Add the note']")).click();
        assertThat(waitFor(By.className("govuk-notification-banner")).getText()).contains("Note added");
        assertThat(browser.findElement(By.id("timeline")).getText()).contains("Called back: <b>October</b> suits them");
        open("/complaints/" + reference + "/withdrawal");
        browser.findElement(By.xpath("//button[normalize-space(.)='Record the withdrawal']")).click();
        assertThat(waitFor(By.className("govuk-error-summary")).getText())
                .contains("Select how the complainant withdrew");
        assertNoSeriousAccessibilityProblems("withdrawal");
        open("/complaints/" + reference + "/ombudsman-enquiry");
        assertNoSeriousAccessibilityProblems("ombudsman-enquiry");
        open("/complaints/" + reference + "/escalation");
        assertNoSeriousAccessibilityProblems("escalation");
        open("/complaints/" + reference + "/suspension");
        assertNoSeriousAccessibilityProblems("suspension");
        open("/complaints/" + reference + "/reopening");
        assertNoSeriousAccessibilityProblems("reopening");
        open("/complaints/" + reference + "/behaviour-concern");
        assertNoSeriousAccessibilityProblems("behaviour-concern");

        open("/complaints");
        type("q", "LE16 9HE");
        browser.findElement(By.xpath("//button[normalize-space(.)='Apply filters']")).click();
        waitFor(ExpectedConditions.urlContains("q=LE16"));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("team")))
                .selectByVisibleText("Harborough complaints officers");
        browser.findElement(By.xpath("//button[normalize-space(.)='Apply filters']")).click();
        waitFor(ExpectedConditions.urlContains("team=harborough-complaints-officers"));
        assertNoSeriousAccessibilityProblems("list-filtered-by-team");
        browser.navigate().back();
        waitFor(ExpectedConditions.urlContains("q=LE16"));
        assertThat(browser.findElement(By.cssSelector("table.govuk-table")).getText()).contains(reference, "Sam Phonecall");
        screenshot("workspace-list");

        browser.findElement(By.xpath("//button[normalize-space(.)='Sign out']")).click();
        waitFor(ExpectedConditions.urlContains("signed-out"));
        signIn("warwickshire-service-officers");
        open("/complaints/" + reference);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.getPageSource()).doesNotContain("Sam Phonecall");
        assertNoSeriousAccessibilityProblems("not-found");
    }

    @Test
    void anOfficerPreviewsTheirResponseLetter_andTheLettersToPrintPagePassesAxe(
            @org.springframework.beans.factory.annotation.Autowired uk.redress.complaint.ComplaintIntake intake)
            throws Exception {
        String reference = intake.receive(new uk.redress.complaint.IntakeRequest("harborough-corporate",
                java.time.LocalDate.now(LONDON), uk.redress.complaint.Channel.POST,
                new uk.redress.complaint.IntakeRequest.ComplainantDetails("Lee Letter", null, null,
                        "8 Abbey Street, Market Harborough", false), "Parks", "The park gate is broken", null, null,
                false, null, java.util.Set.of())).getReference();
        signIn("harborough-service-officers");

        open("/complaints/" + reference + "/response");
        browser.findElement(By.xpath("//button[normalize-space(.)='Preview the letter']")).click();
        assertThat(waitFor(By.className("govuk-error-summary")).getText()).contains("Write the response");
        assertNoSeriousAccessibilityProblems("response-errors");
        type("responseText", "We mended the park gate on Abbey Street this morning.");
        browser.findElement(By.xpath("//button[normalize-space(.)='Preview the letter']")).click();
        assertThat(waitFor(By.id("preview")).getText()).contains("Dear Lee Letter",
                "We mended the park gate on Abbey Street this morning.", "Harborough District Council");
        assertNoSeriousAccessibilityProblems("response-preview");
        screenshot("workspace-response-preview");

        open("/complaints/print-queue");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Letters to print");
        assertNoSeriousAccessibilityProblems("print-queue");
    }

    @Test
    void theProceduresAgainstTheComplaintHandlingCode_readAsTablesAndPassAxe() throws Exception {
        open("/complaints/sign-in");
        signIn("auditors");
        open("/complaints/reports/code");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Procedures against the Ombudsman's Complaint Handling Code");
        assertThat(browser.findElement(By.id("code-lgsco-code")).getText()).contains("Met").doesNotContain("Not met");
        assertThat(browser.findElement(By.id("code-harborough-corporate")).getText()).contains("Not met",
                "Task_StartInformalClock");
        assertNoSeriousAccessibilityProblems("self-assessment");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1900));
        screenshot("workspace-self-assessment");
    }

    private void assertNoSeriousAccessibilityProblems(String page) throws Exception {
        HeadlessChromium.assertNoSeriousAccessibilityProblems(browser, page);
    }

    private void screenshot(String name) throws java.io.IOException {
        HeadlessChromium.screenshot(browser, name);
    }
}
