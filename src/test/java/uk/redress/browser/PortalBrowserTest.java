package uk.redress.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.redress.RedressSpringTest;
import uk.redress.complaint.ComplaintRepository;
import uk.redress.deadline.DeadlineRepository;
import uk.redress.deadline.DeadlineState;

/**
 * A resident in a real (headless) Chromium, with JavaScript and without: complains to Harborough online, the
 * service officers get the task due on the informal-response deadline, the officer resolves it and the letter
 * goes, and the resident follows the link, reads the letter and asks for the next stage, whose task appears.
 * With JavaScript, axe-core finds no accessibility violation of any impact on every page. Needs Debian's chromium
 * and chromium-driver, and axe-core from {@code npm ci}; skipped where they are absent.
 */
class PortalBrowserTest extends RedressSpringTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("redress.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("redress.chromedriver", "/usr/bin/chromedriver"));
    private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

    @LocalServerPort
    int port;

    @Autowired
    ComplaintRepository complaints;

    @Autowired
    DeadlineRepository deadlines;

    private WebDriver browser;
    private boolean javascript;

    private void startBrowser(boolean javascript) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and ChromeDriver are not installed (apt-get install chromium chromium-driver)");
        assumeTrue(Files.isReadable(AXE), "axe-core is not installed (npm ci)");
        this.javascript = javascript;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000", "--lang=en-GB");
        if (!javascript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest(name = "JavaScript {0}")
    @ValueSource(booleans = {true, false})
    void aResidentComplainsOnline_staffRespond_andTheResidentEscalatesFromTheStatusPage(boolean withJavascript)
            throws Exception {
        startBrowser(withJavascript);
        browser.get("http://localhost:" + port + "/complain");
        checkAccessibility("councils");
        browser.findElement(By.linkText("Harborough District Council")).click();
        checkAccessibility("form");

        click("button[type=submit]");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText())
                .contains("Enter which council service your complaint is about", "Tell us what happened");
        checkAccessibility("form with errors");

        type("serviceArea", "Street cleaning");
        browser.findElement(By.cssSelector("label[for='careType']")).click();
        type("summary", "Broken glass on Church Street <b>for a week</b>.");
        type("name", "Pat Online");
        type("email", "pat.online@example.org");
        screenshot("portal-form");
        click("button[type=submit]");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your answers before sending your complaint");
        assertThat(browser.getPageSource()).contains("&lt;b&gt;for a week&lt;/b&gt;");
        checkAccessibility("check answers");
        click("button[type=submit]");

        String reference = browser.findElement(By.id("reference")).getText();
        assertThat(reference).startsWith("HDC-");
        checkAccessibility("confirmation");
        String follow = browser.findElement(By.id("follow")).getAttribute("href");

        // the service officers' task, due at the end of the informal-response deadline
        Task task = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).singleResult();
        assertThat(processEngine.getTaskService().getIdentityLinksForTask(task.getId()))
                .anyMatch(link -> "harborough-service-officers".equals(link.getGroupId()));
        var due = deadlines.findByComplaintReferenceAndStateInOrderByDueOnAscNameAsc(reference,
                java.util.EnumSet.of(DeadlineState.OPEN)).stream()
                .filter(deadline -> deadline.getName().equals("informal-response")).findFirst().orElseThrow();
        assertThat(task.getDueDate()).isEqualTo(endOf(due.getDueOn()));
        processEngine.getTaskService().complete(task.getId(), Map.of("informalOutcome", "resolved",
                "informalActionsSummary", "Street swept the same day", "responseText", "We swept the street the same day."));

        browser.get(follow);
        assertThat(browser.getCurrentUrl()).endsWith("/complain/your-complaint");
        assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(reference);
        assertThat(browser.findElement(By.id("letters")).getText()).contains(reference);
        checkAccessibility("status");
        screenshot("portal-status");
        type("reasons", "The glass was back the next day.");
        browser.findElement(By.xpath("//button[normalize-space(.)='Ask for your complaint to be looked at again']")).click();

        assertThat(new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        By.className("govuk-notification-banner"))).getText())
                .contains("We have your request");
        assertThat(complaints.findByReference(reference).orElseThrow().getStage()).isEqualTo("stage1");
        List<Task> next = processEngine.getTaskService().createTaskQuery().processInstanceBusinessKey(reference).list();
        assertThat(next).as("the next stage's task").isNotEmpty();
        checkAccessibility("status after escalating");
    }

    private void type(String id, String text) {
        browser.findElement(By.id(id)).sendKeys(text);
    }

    /** Submits a form and waits for the next page, so that nothing is read from the page being left. */
    private void click(String css) {
        org.openqa.selenium.WebElement button = browser.findElement(By.cssSelector("form " + css));
        button.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(driver -> left(button));
    }

    /**
     * Whether the element's page has been left. Chromium reports an element of the page just left as stale, or,
     * while the next page is being attached (seen with Chromium 156), as "not belonging to the document".
     */
    private static boolean left(org.openqa.selenium.WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
            return true;
        } catch (org.openqa.selenium.WebDriverException e) {
            if (e.getMessage() != null && e.getMessage().contains("does not belong to the document")) {
                return true;
            }
            throw e;
        }
    }

    /** axe-core in the page (with JavaScript only): fails listing every violation, whatever its impact. */
    private void checkAccessibility(String page) throws Exception {
        if (!javascript) {
            return;
        }
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(AXE));
        Object problems = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at '
                      + v.nodes.map(n => n.target).join(' | '))))
                  .catch(e => done(['axe failed: ' + e]));""");
        assertThat((List<?>) problems).as("axe-core on the " + page + " page").isEmpty();
    }

    private void screenshot(String name) throws java.io.IOException {
        if (!javascript) {
            return;
        }
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
