package uk.redress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;
import uk.redress.audit.HistoryScenario;
import uk.redress.complaint.ComplaintIntake;

/**
 * An auditor in a real (headless) Chromium signs in to Cockpit, finds a closed complaint by its reference and reads
 * its history; a council's officer reads their own complaint's case page, and another council's officer is told it
 * does not exist. axe-core checks the history and the case page for critical and serious problems.
 */
class CockpitHistoryBrowserTest extends RedressSpringTest {

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;

    private HeadlessChromium browser;

    @BeforeEach
    void startBrowser() {
        browser = HeadlessChromium.start(port);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void anAuditorOpensAClosedComplaintByReference_inCockpit_andReadsItsHistory() throws Exception {
        String reference = HistoryScenario.closedHarboroughComplaint(processEngine, intake, this::runDueJobs,
                this::sendLetters);

        browser.open("/camunda/app/cockpit/default/");
        browser.waitFor(By.cssSelector("input[ng-model='username']")).sendKeys("auditors");
        browser.driver.findElement(By.cssSelector("input[ng-model='password']")).sendKeys("auditors");
        browser.driver.findElement(By.cssSelector("button[type='submit']")).click();
        browser.waitFor(By.cssSelector(".redress-dashboard input[name='reference']")).sendKeys(reference);
        browser.driver.findElement(By.xpath("//*[contains(@class,'redress-dashboard')]//button[.='Show history']")).click();

        browser.waitFor(ExpectedConditions.textToBe(By.cssSelector(".redress-history h2"), reference));
        // the parts below the window are scrolled to within Cockpit's view, so they are present rather than shown
        for (String part : List.of("steps", "changes", "operations", "letters", "incidents")) {
            browser.waitFor(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#redress-part-" + part + " table")));
        }
        String page = (String) ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return document.querySelector('.redress-history').innerText");
        assertThat(page).contains("Complaint history", "Closed", "Harborough", "Resolve complaint informally",
                "harborough-service-officers", "Finished a task", "Service area", "Parking",
                "Sent", HistoryScenario.PROBLEM);
        assertThat(page).doesNotContain("undefined", "null");
        assertThat(browser.driver.findElement(By.linkText("Complaint history")).getAttribute("href"))
                .endsWith("#/complaint-history");
        browser.assertNoSeriousAccessibilityProblems("complaint history", ".redress-history");
        browser.screenshot("cockpit-complaint-history", 1500);
    }

    @Test
    void anOfficerReadsTheirCouncilsCasePage_andAnotherCouncilsOfficerIsToldItDoesNotExist() throws Exception {
        String reference = intake.receive(HistoryScenario.harboroughComplaint(LocalDate.now(LONDON))).getReference();
        var task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        processEngine.getIdentityService().setAuthentication("harborough-service-officers",
                List.of("harborough-service-officers"));
        try {
            processEngine.getTaskService().claim(task.getId(), "harborough-service-officers");
            processEngine.getTaskService().complete(task.getId(), Map.of("informalOutcome", "notResolved",
                    "informalActionsSummary", "The ticket stands: the machine was working. Needs a manager's review."));
        } finally {
            processEngine.getIdentityService().clearAuthentication();
        }
        runDueJobs(reference);
        sendLetters(reference);

        signInToWorkspace("harborough-complaints-officers");
        browser.open("/complaints/" + reference);
        assertThat(browser.waitFor(By.tagName("h1")).getText()).contains(reference);
        assertThat(browser.driver.findElement(By.id("timeline")).getText()).contains("Resolve complaint informally",
                "by harborough-service-officers").doesNotContain("waiting to be sent");
        browser.assertNoSeriousAccessibilityProblems("case", null);
        browser.screenshot("workspace-case-page", 1900);

        browser.driver.findElement(By.xpath("//button[normalize-space(.)='Sign out']")).click();
        browser.waitFor(ExpectedConditions.urlContains("signed-out"));
        signInToWorkspace("county-customer-relations");
        browser.open("/complaints/" + reference);
        assertThat(browser.waitFor(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(browser.driver.getPageSource()).doesNotContain(HistoryScenario.COMPLAINANT, "Parking");
        browser.assertNoSeriousAccessibilityProblems("not found", null);
    }

    private void signInToWorkspace(String user) {
        browser.open("/complaints/sign-in");
        browser.waitFor(By.id("username")).sendKeys(user);
        browser.driver.findElement(By.id("password")).sendKeys(user);
        browser.driver.findElement(By.cssSelector("form button[type=submit]")).click();
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("sign-in")));
    }
}
