package uk.selfcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.cli.Cli;
import uk.selfcheck.report.JsonReport;

/**
 * The page in headless Chromium: it loads, shows the judgements, moves a grade when one answer changes, saves a file
 * check reads with the new grade and the file's own comments, switches framework only once the leader has seen what
 * that drops, and fits a 390-pixel phone screen without sideways scrolling. Skipped when
 * Chromium or its driver is not installed (Debian: apt-get install chromium chromium-driver).
 */
class PageInBrowserTest {
    private static final Path SEED = Path.of("fixtures/seeds/gateshead-2015.yaml");
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
            "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    /** Selenium warns on every session that it has no DevTools bindings for this Chromium; the test uses none. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    @TempDir
    Path temp;

    private WebServer server;
    private WebDriver driver;

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    private static String first(List<String> paths) {
        return paths.stream().filter(p -> Files.isExecutable(Path.of(p))).findFirst().orElse(null);
    }

    private WebDriver browser(int width, int height) {
        String browser = first(BROWSERS);
        String chromedriver = first(DRIVERS);
        Assumptions.assumeTrue(browser != null && chromedriver != null,
                "needs Chromium and chromedriver (apt-get install chromium chromium-driver)");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=" + width + "," + height, "--disable-extensions", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(chromedriver)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        return driver;
    }

    @Test
    void one_changed_answer_moves_a_grade_and_the_save_keeps_it() throws Exception {
        Opened opened = openACopyOfTheSeed(true);
        Path file = opened.file();
        Change change = opened.change();
        WebDriver page = opened.page();
        WebDriverWait wait = opened.waiting();
        wait.until(ExpectedConditions.textToBe(By.id("check-status"), "Up to date with the answers."));
        String before = gradeOf(page, change.judgement());
        assertEquals(change.from(), before);

        WebElement rating = page.findElement(By.id("c-" + change.criterion() + "-rating"));
        new Select(rating).selectByValue(change.rating());
        wait.until(ExpectedConditions.textMatches(By.id("check-status"), Pattern.compile("^Changed: ")));
        assertEquals(change.to(), gradeOf(page, change.judgement()));

        page.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textToBe(By.id("save-status"), "Saved to " + file
                + ", keeping all 5 of its comments."));
        Cli check = Cli.run("check", file.toString(), "--format", "json");
        assertEquals(0, check.exitCode(), check.err());
        JsonNode json = JsonReport.MAPPER.readTree(check.out());
        assertEquals(change.toId(), json.get("judgements").get(change.judgement()).asText());
        String saved = Files.readString(file);
        assertTrue(Pattern.compile("(?m)^\\s+" + change.criterion() + ":( |\\n\\s+rating: )" + change.rating()
                + "(  # .*)?$").matcher(saved).find(), saved);
        // the file keeps its comments: the save rewrote the one line whose rating changed
        assertTrue(saved.contains(OUR_NOTE) && saved.contains(BESIDE) && saved.contains(ABOVE_ANSWERS), saved);
        List<String> lines = opened.original().lines().toList();
        List<String> after = saved.lines().toList();
        assertEquals(lines.size(), after.size());
        List<String> changed = new java.util.ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals(after.get(i))) {
                changed.add(after.get(i));
            }
        }
        assertEquals(1, changed.size(), changed.toString());
        assertTrue(changed.get(0).strip().endsWith(": " + change.rating()), changed.toString());
    }

    @Test
    void the_framework_is_switched_only_once_the_leader_has_seen_what_it_drops() throws Exception {
        Opened opened = openACopyOfTheSeed(false);
        Path file = opened.file();
        WebDriver page = opened.page();
        WebDriverWait wait = opened.waiting();
        wait.until(ExpectedConditions.textToBe(By.id("check-status"), "Up to date with the answers."));
        assertEquals(1, page.findElements(By.cssSelector("section[data-area='lscb']")).size());

        // choosing another framework first lists what it would drop, and keeping the current one drops nothing
        new Select(page.findElement(By.id("framework"))).selectByValue("ilacs-2023");
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("switch-confirm")));
        assertTrue(panel.getText().startsWith("Switching to Inspection of local authority children's services "
                + "(2023-2026) drops these"), panel.getText());
        String question = ShippedPack.get().catalog().criterion("lscb_annual_report").orElseThrow().question();
        assertTrue(panel.getText().contains("Your answer to \"" + question + "\""), panel.getText());
        assertEquals("switch-confirm", page.switchTo().activeElement().getAttribute("id"), "focus moves to the list");
        page.findElement(By.id("switch-no")).click();
        assertEquals("sif-2013", new Select(page.findElement(By.id("framework"))).getFirstSelectedOption()
                .getAttribute("value"));
        assertEquals(1, page.findElements(By.cssSelector("section[data-area='lscb']")).size());
        assertTrue(page.findElement(By.id("framework-status")).getText().startsWith("Kept Single inspection "
                + "framework"), page.findElement(By.id("framework-status")).getText());

        // confirmed, the form is rebuilt for the new framework with every answer it shares
        String rated = new Select(page.findElement(By.id("c-substance_misuse_services_children-rating")))
                .getFirstSelectedOption().getAttribute("value");
        new Select(page.findElement(By.id("framework"))).selectByValue("ilacs-2023");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("switch-yes"))).click();
        wait.until(ExpectedConditions.textMatches(By.id("framework-status"), Pattern.compile("^Switched to ")));
        assertEquals(0, page.findElements(By.cssSelector("section[data-area='lscb']")).size());
        assertEquals("ilacs-2023", page.findElement(By.id("assessment")).getAttribute("data-framework"));
        assertEquals(rated, new Select(page.findElement(By.id("c-substance_misuse_services_children-rating")))
                .getFirstSelectedOption().getAttribute("value"));
        assertEquals("Inspection of local authority children's services (2023-2026)",
                page.findElement(By.id("framework-title")).getText());
        wait.until(ExpectedConditions.textMatches(By.id("check-status"), Pattern.compile("^(Changed: |Up to date)")));

        page.findElement(By.id("save")).click();
        wait.until(ExpectedConditions.textMatches(By.id("save-status"), Pattern.compile("^Saved to ")));
        Cli check = Cli.run("check", file.toString(), "--format", "json");
        assertEquals(0, check.exitCode(), check.err());
        JsonNode json = JsonReport.MAPPER.readTree(check.out());
        assertEquals("ilacs-2023", json.get("framework").asText());
        String saved = Files.readString(file);
        assertTrue(saved.contains("framework: ilacs-2023") && !saved.contains("\n  lscb:"), saved);
        assertTrue(saved.contains(OUR_NOTE) && saved.contains(BESIDE) && saved.contains(ABOVE_ANSWERS), saved);
    }

    @Test
    void the_priorities_follow_the_judgements_and_a_refresh_keeps_unsaved_answers() throws Exception {
        Opened opened = openACopyOfTheSeed(true);
        Path file = opened.file();
        Change change = opened.change();
        WebDriver page = opened.page();
        WebDriverWait wait = opened.waiting();
        wait.until(ExpectedConditions.textMatches(By.id("priorities-status"),
                Pattern.compile("^(The fewest changes|No set of changes)")));
        String priorities = page.findElement(By.id("priorities")).getText();
        JsonNode report = JsonReport.MAPPER.readTree(Cli.run("check", file.toString(), "--format", "json").out());
        boolean anyLift = false;
        for (JsonNode raise : report.get("what_would_raise")) {
            anyLift |= raise.get("found").asBoolean();
        }
        assertEquals(anyLift, !priorities.isBlank(), priorities);
        if (anyLift) {
            assertTrue(priorities.contains("Improve practice on: "), priorities);
            assertTrue(!priorities.contains("W-"), "rule ids stay out of the page: " + priorities);
        }

        new Select(page.findElement(By.id("c-" + change.criterion() + "-rating"))).selectByValue(change.rating());
        wait.until(ExpectedConditions.textMatches(By.id("check-status"), Pattern.compile("^Changed: ")));
        page.navigate().refresh();
        wait.until(ExpectedConditions.textMatches(By.id("draft-status"), Pattern.compile("^Restored the unsaved ")));
        assertEquals(change.rating(), new Select(page.findElement(By.id("c-" + change.criterion() + "-rating")))
                .getFirstSelectedOption().getAttribute("value"));
        wait.until(ExpectedConditions.textToBe(By.id("check-status"), "Up to date with the answers."));
        assertEquals(change.to(), gradeOf(page, change.judgement()));
        // nothing was written to the file
        assertEquals(opened.original(), Files.readString(file));
    }

    @Test
    void fits_a_phone_screen_without_sideways_scrolling() throws Exception {
        server = WebServer.start(ShippedPack.get(), SEED, SEED.toString(), 0, new PrintWriter(new StringWriter()));
        WebDriver page = browser(390, 844);
        page.get(server.address());
        new WebDriverWait(page, Duration.ofSeconds(90)).until(
                ExpectedConditions.textToBe(By.id("check-status"), "Up to date with the answers."));
        Object overflow = ((JavascriptExecutor) page).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertEquals(0L, ((Number) overflow).longValue(), "pixels of sideways scroll at 390 px");
        // every form control has a label tied to it
        Object unlabelled = ((JavascriptExecutor) page).executeScript(
                "return Array.from(document.querySelectorAll('#assessment input, #assessment select, "
                        + "#assessment textarea')).filter(function (e) { return e.labels.length === 0; }).length;");
        assertEquals(0L, ((Number) unlabelled).longValue(), "form controls without a label");
    }

    private record Opened(Path file, String original, Change change, WebDriver page, WebDriverWait waiting) {
    }

    private static final String OUR_NOTE = "# Our own note: figures from the March performance report.";
    private static final String BESIDE = "  # as the report should name us";
    private static final String ABOVE_ANSWERS = "# Each rating agreed at the April board.";

    /**
     * The page, at desktop width, of a copy of the seed with comments of the leader's own (above, beside and among
     * the values), and, if asked for, an answer whose change moves a grade.
     */
    private Opened openACopyOfTheSeed(boolean findChange) throws Exception {
        Path file = temp.resolve("sa.yaml");
        String original = OUR_NOTE + "\n" + Files.readString(SEED).replace("authority: Gateshead\n",
                "authority: Gateshead" + BESIDE + "\n").replace("\nanswers:\n", "\n" + ABOVE_ANSWERS + "\nanswers:\n");
        assertTrue(original.contains(BESIDE) && original.contains(ABOVE_ANSWERS));
        Files.writeString(file, original);
        server = WebServer.start(ShippedPack.get(), file, file.toString(), 0, new PrintWriter(new StringWriter()));
        Change change = findChange ? aChangeThatMovesAGrade(Files.readString(file), file.toString()) : null;
        WebDriver page = browser(1200, 1000);
        page.get(server.address());
        return new Opened(file, original, change, page, new WebDriverWait(page, Duration.ofSeconds(90)));
    }

    private static String gradeOf(WebDriver page, String judgement) {
        return page.findElement(By.cssSelector("details[data-judgement='" + judgement + "']"))
                .findElement(By.xpath("..")).findElement(By.cssSelector(".grade")).getText();
    }

    private record Change(String criterion, String rating, String judgement, String from, String to, String toId) {
    }

    /**
     * The first answer of the file (short form, or the rating of a long one) whose change to the scale's worst or best
     * word moves a judgement other than overall, found through the checker the server uses.
     */
    private Change aChangeThatMovesAGrade(String yaml, String name) throws Exception {
        Checker checker = new Checker(ShippedPack.get());
        JsonNode before = JsonReport.MAPPER.readTree(checker.predict(yaml.getBytes(StandardCharsets.UTF_8), name));
        Matcher m = Pattern.compile("(?m)^\\s+([a-z0-9_]+): (rarely|inconsistently|mostly|consistently|exceptional)$")
                .matcher(yaml);
        Pattern key = Pattern.compile("(?m)^\\s+([a-z0-9_]+):$");
        while (m.find()) {
            String criterion = m.group(1);
            if (criterion.equals("rating")) {
                Matcher owner = key.matcher(yaml.substring(0, m.start()));
                while (owner.find()) {
                    criterion = owner.group(1);
                }
            }
            for (String rating : List.of("rarely", "exceptional")) {
                if (rating.equals(m.group(2))) {
                    continue;
                }
                String changed = yaml.substring(0, m.start(2)) + rating + yaml.substring(m.end(2));
                JsonNode after = JsonReport.MAPPER.readTree(checker.predict(changed.getBytes(StandardCharsets.UTF_8),
                        name));
                for (var area : (Iterable<Map.Entry<String, JsonNode>>) () -> after.get("judgements").fields()) {
                    String was = before.get("judgements").get(area.getKey()).asText();
                    if (!area.getKey().equals("overall") && !was.equals(area.getValue().asText())) {
                        return new Change(criterion, rating, area.getKey(), label(was),
                                label(area.getValue().asText()), area.getValue().asText());
                    }
                }
            }
        }
        throw new AssertionError("no single answer of " + name + " moves a judgement");
    }

    private static String label(String grade) {
        return uk.selfcheck.model.Grade.fromId(grade).orElseThrow().label();
    }
}
