package uk.redress.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium ({@link Chromium}) driven by Selenium, with axe-core from {@code npm ci} and screenshots under
 * {@code target/screenshots}. {@link #start} skips the test where Chromium or axe-core is absent.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final Path AXE = Path.of("node_modules", "axe-core", "axe.min.js");

    final WebDriver driver;
    private final String base;

    private HeadlessChromium(WebDriver driver, String base) {
        this.driver = driver;
        this.base = base;
    }

    static HeadlessChromium start(int port) {
        return new HeadlessChromium(start(), "http://localhost:" + port);
    }

    /** A bare driver, for a browser test outside this package that opens its own addresses. */
    public static WebDriver start() {
        assumeTrue(Files.isReadable(AXE), "axe-core is not installed (npm ci)");
        WebDriver driver = Chromium.start();
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    void open(String path) {
        driver.get(base + path);
    }

    WebElement waitFor(By element) {
        return new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(element));
    }

    void waitFor(ExpectedCondition<?> condition) {
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(condition);
    }

    /** Runs axe-core on the elements {@code selector} picks; fails listing each critical or serious violation. */
    void assertNoSeriousAccessibilityProblems(String page, String selector) throws IOException {
        assertNoSeriousAccessibilityProblems(driver, page, selector);
    }

    /** Signs in to the staff workspace at {@code base} (http://localhost:port); demo passwords are the user names. */
    public static void signIn(WebDriver browser, String base, String user) {
        browser.get(base + "/complaints/sign-in");
        browser.findElement(By.id("username")).sendKeys(user);
        browser.findElement(By.id("password")).sendKeys(user);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("sign-in")));
    }

    /** Runs axe-core on the whole page in {@code browser}. */
    public static void assertNoSeriousAccessibilityProblems(WebDriver browser, String page) throws IOException {
        assertNoSeriousAccessibilityProblems(browser, page, null);
    }

    private static void assertNoSeriousAccessibilityProblems(WebDriver browser, String page, String selector)
            throws IOException {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(Files.readString(AXE));
        Object problems = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(arguments[0] ? document.querySelectorAll(arguments[0]) : document, { resultTypes: ['violations'] })
                  .then(r => done(r.violations.filter(v => v.impact === 'critical' || v.impact === 'serious')
                      .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' at ' + v.nodes.map(n => n.target).join(' | '))))
                  .catch(e => done(['axe failed: ' + e]));""", selector);
        assertThat((List<?>) problems).as("axe-core on the " + page + " page").isEmpty();
    }

    /** A screenshot of the window at {@code height} pixels, for the README. */
    void screenshot(String name, int height) throws IOException {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1280, height));
        screenshot(driver, name);
        driver.manage().window().setSize(before);
    }

    /** A screenshot of {@code browser}'s window as it is, under {@code target/screenshots}. */
    public static void screenshot(WebDriver browser, String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
