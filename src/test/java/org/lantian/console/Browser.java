package org.lantian.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through chromium-driver — never a downloaded browser. Where they are missing the
 * browser tests are skipped, loudly and with the install line; in CI (CI=true, where .ci/run installs them) a missing
 * browser fails the run instead.
 */
final class Browser {

    static final Path CHROMIUM = Path.of(System.getProperty("lantian.test.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("lantian.test.chromedriver", "/usr/bin/chromedriver"));
    static final String INSTALL = "apt-get install -y chromium chromium-driver";
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private Browser() {
    }

    static boolean available() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!present) {
            String message = "BROWSER TESTS SKIPPED: no " + CHROMIUM + " / " + DRIVER + " on this machine. Install them with: " + INSTALL;
            System.err.println("\n" + "!".repeat(message.length()) + "\n" + message + "\n" + "!".repeat(message.length()) + "\n");
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException(message + " (CI must run them: .ci/run installs the packages)");
            }
        }
        return present;
    }

    /** A Chromium session for a test class, or the class is skipped (and fails on CI) when Chromium is missing. */
    static WebDriver openOrSkip() {
        org.junit.jupiter.api.Assumptions.assumeTrue(available(), "no Debian chromium / chromium-driver: " + INSTALL);
        return open();
    }

    static void quit(WebDriver driver) {
        if (driver != null) {
            driver.quit();
        }
    }

    static WebDriver open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1366,1800", "--lang=zh-CN");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    static WebDriverWait waiting(WebDriver driver) {
        // panels are swapped in live: an element found a moment ago may have been replaced, so look again
        return (WebDriverWait) new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofMillis(200))
                .ignoring(StaleElementReferenceException.class);
    }

    static void signIn(WebDriver driver, String base, String user, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base + "signin");
        driver.findElement(By.id("username")).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("signin")).click();
        waiting(driver).until(d -> !d.findElements(By.id("who")).isEmpty());
    }

    /** The attributes of the first element matching {@code css}, read together once it is there. */
    static java.util.List<String> attributes(WebDriver driver, String css, String... names) {
        return waiting(driver).until(d -> {
            var found = d.findElements(By.cssSelector(css));
            if (found.isEmpty()) {
                return null;
            }
            java.util.List<String> values = new java.util.ArrayList<>();
            for (String name : names) {
                values.add(found.get(0).getDomAttribute(name));
            }
            return values;
        });
    }

    /** Types into or clicks an element of a live panel, looking it up again if the panel was swapped meanwhile. */
    static void act(WebDriver driver, String css, java.util.function.Consumer<org.openqa.selenium.WebElement> action) {
        waiting(driver).until(d -> {
            action.accept(d.findElement(By.cssSelector(css)));
            return true;
        });
    }

    static Path screenshot(WebDriver driver, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
