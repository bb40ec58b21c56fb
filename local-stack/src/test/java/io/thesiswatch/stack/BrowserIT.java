package io.thesiswatch.stack;

import static io.thesiswatch.stack.Waits.await;
import static io.thesiswatch.stack.Waits.link;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import io.thesiswatch.devinfra.ReceivedEmail;

/**
 * Double opt-in as a person meets it, in a real browser (headless Chromium and its driver from Debian's packages,
 * profile {@code browser-tests}, which their presence turns on): the confirmation email's link opens a page that
 * changes nothing, and only its button confirms. Screenshots of both pages are kept in target/browser.
 */
class BrowserIT {

    private static final String READER = "reader-in-a-browser@example.com";

    private static Stack stack;
    private static Path data;
    private static WebDriver browser;

    @BeforeAll
    static void startTheSystemAndABrowser() throws Exception {
        Path root = Path.of(System.getProperty("thesiswatch.root", "..")).toAbsolutePath().normalize();
        data = Files.createTempDirectory("thesis-watch-browser");
        stack = Stack.start(root, data, Stack.Ports.free(), "off", line -> System.out.println("[browser] " + line));
        ChromeOptions options = new ChromeOptions().setBinary(executable("chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=420,760");
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(executable("chromedriver")).toFile()).build(), options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        // a click returns before the page it posts to has loaded: look for elements until they appear
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(15));
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (stack != null) {
            stack.close();
        }
        Folders.delete(data);
    }

    @Test
    void theEmailsLinkOpensAPageThatChangesNothingAndItsButtonConfirms() throws Exception {
        Api anyone = new Api();
        anyone.post(stack.alertUrl() + "/api/v1/subscribers", Map.of("email", READER, "locale", "zh-TW"))
                .require(Set.of(202), "sign-up");
        String id = new Api(stack.tokens().admin()).get(stack.alertUrl() + "/api/v1/subscribers?email="
                + Api.encode(READER)).require(Set.of(200), "subscriber by address").get(0).get("id").asText();
        ReceivedEmail confirmation = await(() -> stack.emails().stream().filter(email -> email.isTo(READER))
                .findFirst().orElse(null));

        browser.get(link(confirmation.text(), "/subscribers/confirm"));
        assertTrue(browser.getTitle().contains("確認訂閱"), browser.getTitle());
        keep("confirm-page");
        assertEquals("PENDING", status(id), "opening the link changes nothing");

        browser.findElement(By.id("confirm")).click();
        assertEquals("訂閱完成", browser.findElement(By.id("done")).getText());
        keep("confirmed-page");
        assertEquals("ACTIVE", status(id));
    }

    private static String status(String id) throws Exception {
        return new Api(stack.tokens().admin()).get(stack.alertUrl() + "/api/v1/subscribers/" + id)
                .require(Set.of(200), "subscriber").get("status").asText();
    }

    private static void keep(String name) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "browser"));
        Path shot = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, folder.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Where Debian's packages put the program (/usr/bin/chromium, /usr/bin/chromedriver), unless
     * -Dbrowser.<name>= says.
     */
    private static String executable(String name) {
        return System.getProperty("browser." + name, "/usr/bin/" + name);
    }
}
