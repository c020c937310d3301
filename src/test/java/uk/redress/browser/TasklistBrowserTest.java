package uk.redress.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
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
import uk.redress.complaint.IntakeRequest;


/**
 * A member of staff in a real (headless) Chromium: signs in to Tasklist, opens a Harborough task, sees its
 * Camunda Form with the complaint's details, fills it in and completes it; the REST API then shows the process
 * moved on. Needs Debian's chromium and chromium-driver (.ci/run installs them); skipped where they are absent.
 */
class TasklistBrowserTest extends RedressSpringTest {

    private static final String USER = "harborough-service-officers";

    @LocalServerPort
    int port;
    @Autowired
    ComplaintIntake intake;
    @Autowired
    uk.redress.notification.CorrespondenceRepository letters;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Chromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser(TestInfo test) throws Exception {
        if (browser != null) {
            screenshot(test.getDisplayName().replaceAll("\\W+", "_"));
            browser.quit();
        }
    }

    /** Scrolls the element to the middle of the window first: Tasklist's footer covers the bottom of a long form. */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        element.click();
    }

    /** Kept under target/screenshots for a person to look at (and for the README). */
    private void screenshot(String name) throws java.io.IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private void signInToTasklist(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")))
                .sendKeys(user);
        browser.findElement(By.cssSelector("input[ng-model='password']")).sendKeys(user);
        browser.findElement(By.cssSelector("button[type='submit']")).click();
    }

    /**
     * Camunda 7 CE puts "It is time to migrate to Camunda 8" in the header of every web app, for every user; Redress
     * hides it through each app's user stylesheet (README "Moving to Operaton"). Checked once the signed-in header
     * is drawn, on what a person sees (visible text), in Tasklist, Cockpit and Admin.
     */
    @Test
    void staffAndAuditorsSeeNoBannerAboutMigratingToAnotherProduct() {
        signInToTasklist("demo");
        By signedInHeader = By.cssSelector(".navbar-brand .brand-name");
        wait.until(ExpectedConditions.visibilityOfElementLocated(signedInHeader));
        for (String app : List.of("tasklist", "cockpit", "admin")) {
            browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
            wait.until(ExpectedConditions.visibilityOfElementLocated(signedInHeader));
            assertThat(browser.findElements(By.cssSelector(".ce-eol-banner"))).as(app).noneMatch(WebElement::isDisplayed);
            assertThat(browser.findElement(By.tagName("body")).getText()).as(app)
                    .doesNotContainIgnoringCase("time to migrate").doesNotContainIgnoringCase("migration guide");
        }
    }

    @Test
    void staffCompleteAHarboroughTaskInTasklist_andTheProcessMovesOn() throws Exception {
        Complaint complaint = intake.receive(new IntakeRequest("harborough-corporate", LocalDate.of(2026, 11, 24),
                Channel.IN_PERSON, new IntakeRequest.ComplainantDetails("Robin Visitor", null, null, null, false),
                "Street cleaning", "Broken glass left on Church Street <b>for days</b>", "Clear it", null, false, null, null));

        signInToTasklist(USER);

        // the shared filter lists the team's tasks, this one among them
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'tasks-list')]//a[contains(normalize-space(.),'Resolve complaint informally')]")));
        // each row names its complaint, not just the step
        wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'tasks-list')]//*[contains(normalize-space(.),'" + complaint.getReference() + "')]")));
        // ... who complained and the stage in words, and the due date as a date
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.xpath(
                "//*[contains(@class,'tasks-list')]//li[contains(normalize-space(.),'" + complaint.getReference() + "')]")));
        wait.until(d -> card.getText().contains("Due "));
        String due = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(processEngine.getTaskService().createTaskQuery()
                .processInstanceId(complaint.getProcessInstanceId()).singleResult().getDueDate().toInstant()
                .atZone(LONDON).toLocalDate());
        assertThat(card.getText()).contains("Robin Visitor", "Informal", "Due " + due).doesNotContain("stage1");
        // found by its reference: Tasklist's search on the business key (README "Working in Tasklist")
        Complaint other = intake.receive(new IntakeRequest("harborough-corporate", LocalDate.of(2026, 11, 24),
                Channel.PHONE, new IntakeRequest.ComplainantDetails("Sam Other", null, null, null, false),
                "Parking", "Another matter", null, null, false, null, null));
        String groupFilter = processEngine.getFilterService().createFilterQuery()
                .filterName("My group's complaints by due date").singleResult().getId();
        String search = java.net.URLEncoder.encode("[{\"type\":\"processInstanceBusinessKey\",\"operator\":\"eq\","
                + "\"value\":\"" + complaint.getReference() + "\",\"name\":\"\"}]", java.nio.charset.StandardCharsets.UTF_8);
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?filter=" + groupFilter
                + "&searchQuery=" + search);
        wait.until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector(".tasks-list li.task"));
            return rows.size() == 1 && rows.get(0).getText().contains(complaint.getReference());
        });
        assertThat(browser.findElement(By.cssSelector(".tasks-list")).getText()).doesNotContain(other.getReference());
        // open this complaint's task (other tests' complaints share the list)
        String taskId = processEngine.getTaskService().createTaskQuery()
                .processInstanceId(complaint.getProcessInstanceId()).singleResult().getId();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);

        // claim, then the Camunda Form is live
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Claim']"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".fjs-form")));
        List<String> labels = browser.findElements(By.cssSelector(".fjs-form label")).stream()
                .map(WebElement::getText).toList();
        assertThat(labels).anyMatch(l -> l.contains("Outcome of the informal stage"))
                .anyMatch(l -> l.contains("Summary of the actions taken"));
        WebElement reference = browser.findElement(By.xpath(
                "//label[contains(normalize-space(.),'Complaint reference')]/following::input[1]"));
        assertThat(reference.getAttribute("value")).isEqualTo(complaint.getReference());
        // what the public typed is shown as text, never as markup
        WebElement summary = browser.findElement(By.xpath(
                "//label[contains(normalize-space(.),'What the complainant says')]/following::textarea[1]"));
        assertThat(summary.getAttribute("value")).contains("<b>for days</b>");
        assertThat(browser.findElements(By.xpath("//b[normalize-space(.)='for days']"))).isEmpty();

        assertCaseShownAndDueDateFixed(complaint);

        click(browser.findElement(By.xpath("//label[contains(normalize-space(.),'Resolved: the complainant is satisfied')]")));
        WebElement actions = browser.findElement(By.xpath(
                "//label[contains(normalize-space(.),'Summary of the actions taken')]/following::textarea[1]"));
        click(actions);
        actions.sendKeys("Glass cleared the same afternoon; crew briefed.");
        // the officer writes the response itself; the form links to its preview in the staff workspace
        WebElement response = wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//label[contains(normalize-space(.),'Your response to the complainant')]/following::textarea[1]")));
        click(response);
        response.sendKeys("We cleared the broken glass from Church Street the same afternoon.");
        assertThat(browser.findElements(By.xpath("//a[contains(@href,'/complaints/" + complaint.getReference()
                + "/response')]"))).as("link to the letter's preview").hasSize(1);
        screenshot("tasklist-harborough-form");
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Complete']"))));

        wait.until(d -> processEngine.getTaskService().createTaskQuery()
                .processInstanceId(complaint.getProcessInstanceId()).count() == 0);
        assertThat(processEngine.getRuntimeService().createEventSubscriptionQuery()
                .processInstanceId(complaint.getProcessInstanceId()).eventName("EscalationRequested").count())
                .as("waiting for a possible escalation after the informal resolution").isEqualTo(1);
        assertThat(processEngine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(complaint.getProcessInstanceId()).variableName("informalOutcome").singleResult()
                .getValue()).isEqualTo("resolved");
        assertThat(letters.findByComplaintReferenceOrderByQueuedAtAscIdAsc(complaint.getReference()))
                .filteredOn(letter -> letter.getLetter().equals("informal-response")).singleElement()
                .satisfies(letter -> assertThat(letter.getBody())
                        .contains("We cleared the broken glass from Church Street the same afternoon."));
    }

    /**
     * The form shows the complaint at a glance and links to its case page; the correspondence box can be reached and
     * read; Tasklist offers no way to move or clear the statutory due date; the assignee box offers the team.
     */
    private void assertCaseShownAndDueDateFixed(Complaint complaint) {
        WebElement glance = browser.findElement(By.xpath(
                "//label[contains(normalize-space(.),'The complaint at a glance')]/following::textarea[1]"));
        assertThat(glance.getAttribute("value")).contains("Complainant: Robin Visitor",
                "Received: 24 November 2026 (in person)", "Service: Street cleaning", "Stage: Informal");
        WebElement casePage = browser.findElement(By.xpath("//div[contains(@class,'fjs-form')]//a[contains(@href,'/complaints/"
                + complaint.getReference() + "')]"));
        assertThat(casePage.getText()).contains(complaint.getReference());

        WebElement letters = browser.findElement(By.xpath(
                "//label[contains(normalize-space(.),'Letters and emails on this complaint')]/following::textarea[1]"));
        assertThat(letters.isEnabled()).as("read-only, not disabled: keyboard users reach it").isTrue();
        assertThat(letters.getAttribute("readonly")).isNotNull();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].focus();", letters);
        assertThat(browser.switchTo().activeElement()).isEqualTo(letters);
        assertThat(letters.getAttribute("value")).isNotBlank();

        assertThat(browser.findElements(By.cssSelector(".task-card .dates .due-date, .task-card .reset-due-date")))
                .noneMatch(WebElement::isDisplayed);
        assertThat(browser.findElements(By.xpath("//*[normalize-space(.)='Set due date']")))
                .noneMatch(WebElement::isDisplayed);

        // the assignee box, once claimed, offers the people of the task's team
        click(browser.findElement(By.cssSelector(".task-card li.assignee .set-value")));
        WebElement assignee = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".task-card li.assignee input")));
        wait.until(d -> assignee.getAttribute("list") != null);
        List<String> offered = browser.findElements(By.cssSelector("datalist#" + assignee.getAttribute("list")
                + " option")).stream().map(option -> option.getAttribute("value")).toList();
        assertThat(offered).contains(USER).doesNotContain("warwickshire-service-officers");
        assignee.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    }

    @Test
    void staffHandATaskToATeammate_andAreToldInWordsWhenANameIsNotInTheTeam() {
        var identity = processEngine.getIdentityService();
        var colleague = identity.newUser("harborough-colleague");
        colleague.setFirstName("Hari");
        colleague.setLastName("Colleague");
        colleague.setPassword("harborough-colleague");
        identity.saveUser(colleague);
        identity.createMembership("harborough-colleague", USER);
        try {
            Complaint complaint = intake.receive(new IntakeRequest("harborough-corporate", LocalDate.of(2026, 11, 24),
                    Channel.PHONE, new IntakeRequest.ComplainantDetails("Pat Phone", null, "01858 000222", null, false),
                    "Parking", "Machine out of order", null, null, false, null, null));
            String taskId = processEngine.getTaskService().createTaskQuery()
                    .processInstanceId(complaint.getProcessInstanceId()).singleResult().getId();
            signInToTasklist(USER);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".tasks-list")));
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
            wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Claim']"))).click();

            // the follow-up date picker's weeks start on Monday (en-GB)
            click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card .followup-date"))));
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".uib-daypicker thead th small")));
            assertThat(browser.findElements(By.cssSelector(".uib-daypicker thead th small")).stream()
                    .map(WebElement::getText).filter(day -> !day.isBlank()).findFirst()).contains("Mon");
            browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);

            click(wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".task-card li.assignee .set-value"))));
            WebElement assignee = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".task-card li.assignee input")));
            wait.until(d -> assignee.getAttribute("list") != null);
            assertThat(browser.findElements(By.cssSelector("datalist#" + assignee.getAttribute("list") + " option"))
                    .stream().map(option -> option.getAttribute("value")).toList())
                    .contains(USER, "harborough-colleague").doesNotContain("warwickshire-service-officers");

            assignee.clear();
            assignee.sendKeys("warwickshire-service-officers");
            WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector(".redress-assignee-error")));
            assertThat(refusal.getText()).contains("No one in this task's team has that user name");

            assignee.clear();
            assignee.sendKeys("harborough-colleague");
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".redress-assignee-error")));
            assignee.sendKeys(org.openqa.selenium.Keys.ENTER);
            wait.until(d -> "harborough-colleague".equals(processEngine.getTaskService().createTaskQuery()
                    .taskId(taskId).singleResult().getAssignee()));
        } finally {
            identity.deleteUser("harborough-colleague");
        }
    }
}
