package uk.redress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;
import uk.redress.complaint.ComplaintIntake;
import uk.redress.complaint.Escalations;
import uk.redress.complaint.IntakeRequest;
import uk.redress.notification.CorrespondenceLog;

/**
 * A Harborough complaint worked from the informal stage through stage 1 to stage 2, the responses written in
 * Tasklist's forms and previewed in the staff workspace before they go; then the case page's timeline shows each
 * response letter with the officer's words. Steps that write no letter are completed directly on the engine.
 * Needs Debian's chromium and chromium-driver; skipped where they are absent.
 */
class ResponseLettersBrowserTest extends RedressSpringTest {

    private static final String STAGE1 = "Our investigation found the bin round skipped Mill Lane on 1 December.";
    private static final String STAGE2 = "The Director has reviewed the round and agreed a weekly check with the crew.";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    Escalations escalations;
    @Autowired
    CorrespondenceLog log;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() throws Exception {
        if (browser != null) {
            File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
            Path target = Path.of("target", "screenshots", "response-letters-last-page.png");
            Files.createDirectories(target.getParent());
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            browser.quit();
        }
    }

    @Test
    void informalThenStage1ThenStage2_eachResponseWrittenInTasklist_previewed_andOnTheTimeline() {
        Complaint complaint = intake.receive(new IntakeRequest("harborough-corporate", LocalDate.now(LONDON),
                Channel.EMAIL, new IntakeRequest.ComplainantDetails("Morgan Stages", "morgan@example.org", null, null,
                false), "Waste", "Bins on Mill Lane missed three weeks running", null, null, false, null, Set.of()));
        String reference = complaint.getReference();
        completeOnEngine(reference, Map.of("informalOutcome", "notResolved",
                "informalActionsSummary", "Could not be sorted on the phone"));
        completeOnEngine(reference, Map.of("stage1Route", "serviceManager"));

        // stage 1: drafted and previewed in the workspace, saved to the task, completed in Tasklist
        String manager = "harborough-service-managers";
        signInToWorkspace(manager);
        open("/complaints/" + reference + "/response");
        browser.findElement(By.id("responseText")).sendKeys(STAGE1);
        browser.findElement(By.xpath("//button[normalize-space(.)='Preview the letter']")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview"))).getText())
                .contains("Dear Morgan Stages", STAGE1, "next stage");
        browser.findElement(By.xpath("//button[normalize-space(.)='Save the response to the task']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("govuk-notification-banner")));
        signInToTasklist(manager);
        respondInTasklist(openTask(manager, reference), STAGE1);
        assertThat(letterBody(reference, "stage-response")).contains(STAGE1);

        // stage 2: written in Tasklist, previewed from the form's link, then completed
        escalations.request(complaint, LocalDate.now(LONDON));
        completeOnEngine(reference, Map.of("reviewingDirector", "Director of Place"));
        String director = "harborough-directors";
        signInToTasklist(director);
        String stage2Task = openTask(director, reference);
        String tasklist = browser.getCurrentUrl();
        chooseToRespond();
        responseBox().sendKeys(STAGE2);
        String preview = browser.findElement(By.xpath("//a[contains(@href,'/complaints/" + reference
                + "/response')]")).getAttribute("href");
        signInToWorkspace(director);
        browser.get(preview);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Write and preview the response");
        browser.findElement(By.id("responseText")).sendKeys(STAGE2);
        browser.findElement(By.xpath("//button[normalize-space(.)='Preview the letter']")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("preview"))).getText())
                .contains(STAGE2, "Local Government and Social Care Ombudsman");
        browser.get(tasklist);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        respondInTasklist(stage2Task, STAGE2);
        assertThat(letterBody(reference, "final-response")).contains(STAGE2);

        // the case page: each response letter with the officer's words, newest first
        open("/complaints/" + reference);
        String timeline = browser.findElement(By.id("timeline")).getText();
        assertThat(timeline).contains("Letter: final response", "Letter: stage response", "Letter: stage 2 acknowledgement",
                "Letter: stage 1 acknowledgement");
        assertThat(timeline.indexOf("Letter: final response")).isLessThan(timeline.indexOf("Letter: stage response"));
        assertThat(browser.getPageSource()).contains(STAGE1, STAGE2);
    }

    private void respondInTasklist(String taskId, String expectedText) {
        // the response box shows once the officer chooses to respond, with any draft saved in the workspace
        chooseToRespond();
        WebElement text = responseBox();
        if (text.getAttribute("value").isBlank()) {
            click(text);
            text.sendKeys(expectedText);
        }
        assertThat(text.getAttribute("value")).isEqualTo(expectedText);
        click(browser.findElement(By.xpath(
                "//label[starts-with(normalize-space(.),'Outcome')]/following::*[contains(@class,'fjs-select-display')][1]")));
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[contains(@class,'fjs-dropdownlist-item') and normalize-space(.)='Partly upheld']"))));
        WebElement summary = browser.findElement(By.xpath(
                "//label[contains(normalize-space(.),'Summary of the response')]/following::textarea[1]"));
        click(summary);
        summary.sendKeys("Partly upheld; see the letter.");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Complete']"))));
        wait.until(d -> processEngine.getTaskService().createTaskQuery().taskId(taskId).count() == 0);
    }

    /** Opens the complaint's task in Tasklist (signed in as {@code user}) and claims it, so that its form is live. */
    private String openTask(String user, String reference) {
        String taskId = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference)
                .taskCandidateGroup(user).singleResult().getId();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Claim']"))));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        return taskId;
    }

    private void chooseToRespond() {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//label[starts-with(normalize-space(.),'Respond:')]"))));
    }

    private WebElement responseBox() {
        return wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//label[contains(normalize-space(.),'Your response to the complainant')]/following::textarea[1]")));
    }

    private String letterBody(String reference, String letter) {
        return log.of(reference).stream().filter(row -> row.getLetter().equals(letter)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + letter + " letter")).getBody();
    }

    private void completeOnEngine(String reference, Map<String, Object> variables) {
        var task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        processEngine.getTaskService().complete(task.getId(), variables);
    }

    /** Signs in afresh (a different person from the last): the cookies of whoever was signed in are dropped. */
    private void signInToTasklist(String user) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".navbar-brand .brand-name")));
    }

    private void signInToWorkspace(String user) {
        open("/complaints/sign-in");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("sign-in")));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Scrolls it to the middle first, and tries again while the form is still being laid out around it. */
    private void click(WebElement element) {
        wait.until(d -> {
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
            try {
                element.click();
                return true;
            } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
                return false;
            }
        });
    }
}
