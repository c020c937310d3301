package uk.redress.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.redress.browser.HeadlessChromium;
import uk.redress.complaint.Channel;
import uk.redress.complaint.Complaint;

/**
 * A complaints manager in headless Chromium opens the dashboard (its charts drawn from the tables), the lessons
 * learnt page and the annual report; axe-core finds no critical or serious problem on any. Another council's
 * officer sees none of those figures.
 */
class ReportsBrowserTest extends ReportingTest {

    static final String AREA = "Libraries (browser test)";
    static final String QUERY = "?from=2035-04-01&to=2036-03-31&serviceArea=Libraries+%28browser+test%29";


    private WebDriver browser;

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDashboardLessonsAndAnnualReport_showTheFiguresWithChartsAndPassAxe() throws Exception {
        browser = HeadlessChromium.start();
        ReportingYear year = year(AREA);
        String[] findings = {"upheld", "not-upheld", "partly-upheld"};
        for (int i = 0; i < 3; i++) {
            LocalDate received = calendar.addWorkingDays(LocalDate.of(2035, 5, 1).plusMonths(i), 1);
            Complaint complaint = year.receive("warwickshire-general", received, Channel.ONLINE_FORM, received);
            year.respond(complaint, "stage1", received, 6 + 3 * i, 10, null, findings[i], i == 0);
        }
        clockAt(LocalDate.of(2036, 5, 4));

        signIn("warwickshire-service-officers");
        open("/complaints/reports" + QUERY);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Complaints reports");
        assertThat(browser.findElement(By.id("received-by-channel-table")).getText()).contains("Online form 3");
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#outcomes .redress-chart canvas")));
        HeadlessChromium.assertNoSeriousAccessibilityProblems(browser, "dashboard");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 2400));
        HeadlessChromium.screenshot(browser, "reports-dashboard");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));

        open("/complaints/reports/lessons" + QUERY);
        assertThat(browser.findElement(By.id("actions")).getText()).contains("Resurface the road");
        HeadlessChromium.assertNoSeriousAccessibilityProblems(browser, "lessons");

        open("/complaints/reports/annual?year=2035&council=warwickshire");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Annual complaints performance and service improvement report, 2035 to 2036");
        HeadlessChromium.assertNoSeriousAccessibilityProblems(browser, "annual report");
        HeadlessChromium.screenshot(browser, "reports-annual");

        open("/complaints/reports?from=2035-04-01&to=not-a-date");
        assertThat(browser.findElement(By.className("govuk-error-summary")).getText()).contains("Enter a real date");
        HeadlessChromium.assertNoSeriousAccessibilityProblems(browser, "dashboard with a wrong date");

        browser.findElement(By.xpath("//button[normalize-space(.)='Sign out']")).click();
        signIn("harborough-complaints-officers");
        open("/complaints/reports" + QUERY);
        assertThat(browser.findElement(By.id("received-by-channel-table")).getText()).contains("None in this period")
                .doesNotContain("Online form");
        open("/complaints/reports/lessons" + QUERY);
        assertThat(browser.getPageSource()).doesNotContain("Resurface the road");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String user) {
        HeadlessChromium.signIn(browser, "http://localhost:" + port, user);
    }
}
