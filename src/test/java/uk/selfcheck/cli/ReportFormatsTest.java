package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code check --format markdown|html|pdf}, {@code --letter} and {@code --output}. */
class ReportFormatsTest {
    private static final String GATESHEAD_2015 = "fixtures/seeds/gateshead-2015.yaml";
    private static final String HOSTILE = "<script>alert(\\\"x\\\")</script> | *bold* & <img src=x onerror=y>";

    @TempDir
    Path dir;

    /** Gateshead 2015 with markup in the authority's name and in the first evidence note. */
    private Path hostile() throws Exception {
        String yaml = Files.readString(Path.of(GATESHEAD_2015))
                .replaceFirst("authority: Gateshead", "authority: \"Gateshead <script>document.title='x'</script>\"")
                .replaceFirst("evidence: \"Clear protocols", "evidence: \"" + Matcher.quoteReplacement(HOSTILE)
                        + " Clear protocols");
        Path file = dir.resolve("hostile.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    private static Cli check(String... args) {
        Cli cli = Cli.run(args);
        assertEquals(0, cli.exitCode(), cli.err());
        return cli;
    }

    @Test
    void aPdfGoesToTheFileNamedTheSameBytesEachTimeAndNotAsALetter() throws Exception {
        Path first = dir.resolve("first.pdf");
        Path second = dir.resolve("second.pdf");
        Cli cli = check("check", GATESHEAD_2015, "--format", "pdf", "--output", first.toString());
        assertEquals("", cli.out());
        assertEquals("", cli.err());
        check("check", GATESHEAD_2015, "--format", "pdf", "--output", second.toString());
        byte[] pdf = Files.readAllBytes(first);
        assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        assertTrue(java.util.Arrays.equals(pdf, Files.readAllBytes(second)), "the same input, the same bytes");

        Cli letter = Cli.run("check", GATESHEAD_2015, "--format", "pdf", "--letter", "--output",
                dir.resolve("letter.pdf").toString());
        assertEquals(2, letter.exitCode());
        assertTrue(letter.err().contains("--letter is a text, markdown or html document; use --format pdf without it"),
                letter.err());
        assertFalse(Files.exists(dir.resolve("letter.pdf")));
    }

    @Test
    void markdownHasTheTableTheEvidenceAndTheSourcesInLetterOrder() {
        String md = check("check", GATESHEAD_2015, "--format", "markdown").out();
        assertTrue(md.startsWith("# Predicted judgements for Gateshead\n"), md.substring(0, 80));
        assertTrue(md.contains("| The experiences and progress of care leavers | **Requires improvement to be good** |"),
                md);
        assertTrue(md.contains("| **Overall effectiveness** | **Good** | | |"), md);
        assertTrue(md.contains("  - Your answer: *consistently*, to \u201cDo clear protocols and good access to early "
                + "intervention and treatment services for substance misuse ensure that children receive appropriate "
                + "support?\u201d: \u201cClear protocols"), md);
        assertTrue(md.contains("  - Source: Gateshead 2015 inspection: 'Clear protocols"), md);
        int judgements = md.indexOf("## Judgements");
        int priorities = md.indexOf("## Priorities: what would move the judgements most");
        int why = md.indexOf("## Why");
        int improve = md.indexOf("## What needs to improve");
        int area = md.indexOf("## Children who need help and protection");
        int appendix = md.indexOf("## Appendix: identifiers and lines");
        assertTrue(0 < judgements && judgements < priorities && priorities < why && why < improve && improve < area
                && area < appendix, md);
        assertTrue(md.indexOf("W-CL-MENTAL-HEALTH-ACCESS") > appendix, "rule ids wait for the appendix");
        assertTrue(md.substring(appendix).contains("- W-CL-MENTAL-HEALTH-ACCESS Care leavers lack timely access to "
                + "mental health services: cl\\_mental\\_health\\_access line"), md.substring(appendix));
    }

    @Test
    void markdownEscapesWhatTheLeaderWrote() throws Exception {
        String md = check("check", hostile().toString(), "--format", "markdown").out();
        assertFalse(md.contains("<script"), "no raw HTML in Markdown");
        assertFalse(md.contains("<img"), "no raw HTML in Markdown");
        assertTrue(md.contains("&lt;script&gt;alert(\"x\")&lt;/script&gt; \\| \\*bold\\* &amp; &lt;img"), md);
    }

    @Test
    void htmlEscapesEveryStringFromTheYaml() throws Exception {
        String html = check("check", hostile().toString(), "--format", "html").out();
        assertFalse(html.toLowerCase().contains("<script"), "an evidence note must not become a script");
        assertFalse(html.contains("<img"), "an evidence note must not become an element");
        assertTrue(html.contains("&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; | *bold* &amp; &lt;img src=x "
                + "onerror=y&gt; Clear protocols"), html);
        assertTrue(html.contains("<title>Predicted judgements for Gateshead &lt;script&gt;"), "the title too");
    }

    @Test
    void htmlIsOneSelfContainedPrintableResponsivePage() {
        String html = check("check", GATESHEAD_2015, "--format", "html").out();
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
        assertTrue(html.contains("@media print{"), "print style");
        assertTrue(html.contains("@media (max-width:40rem){"), "phone style");
        assertTrue(html.contains("default-src 'none'"), "a policy that forbids every fetch and script");
        assertEquals(2, count(html, "<svg "), "grades chart and strengths-against-weaknesses chart");
        assertTrue(html.contains("<title id=\"chart-grades-t\">Predicted grade of each judgement</title>"));
        // the only URL is the SVG namespace, which is a name and never fetched
        Matcher urls = Pattern.compile("(https?:)?//[\\w.-]+").matcher(html.replace("http://www.w3.org/2000/svg", ""));
        assertFalse(urls.find(), () -> "a URL in the page: " + urls.group());
        for (String fetch : List.of(" src=", " href=", "url(", "@import", "<link", "<script")) {
            assertFalse(html.contains(fetch), fetch);
        }
        assertEquals(html, check("check", GATESHEAD_2015, "--format", "html").out(), "byte-identical run to run");
    }

    @Test
    void theLetterIsMarkedAsAPredictionAndFollowsTheLetterOrder() {
        String text = check("check", GATESHEAD_2015, "--letter").out();
        assertTrue(text.startsWith("Predicted inspection letter: Gateshead children's services\n"), text);
        assertTrue(text.contains("* PREDICTION. selfcheck drafted this letter"), text);
        assertTrue(text.contains("it is not an Ofsted letter"), text);
        int headline = text.indexOf("\nHEADLINE FINDINGS\n");
        int improve = text.indexOf("\nWHAT NEEDS TO IMPROVE\n");
        int main = text.indexOf("\nMAIN FINDINGS\n");
        assertTrue(0 < headline && headline < improve && improve < main, text);
        assertTrue(text.contains("The experiences and progress of care leavers: Requires improvement to be good."),
                text);
        String md = check("check", GATESHEAD_2015, "--letter", "--format", "markdown").out();
        assertTrue(md.contains("> **PREDICTION.** selfcheck drafted this letter"), md);
        assertTrue(md.contains("\n## Headline findings\n") && md.contains("\n## Main findings\n"), md);
        String html = check("check", GATESHEAD_2015, "--letter", "--format", "html").out();
        assertTrue(html.contains("<p class=\"prediction\"><strong>PREDICTION.</strong>"), html);
        assertTrue(html.contains("<h2>What needs to improve</h2>"), html);
    }

    @Test
    void aCriticalWeaknessIsAnAreaForPriorityAction() {
        String text = check("check", "fixtures/edge/serious-failure-help-and-protection.yaml", "--letter").out();
        assertTrue(text.indexOf("AREAS FOR PRIORITY ACTION") < text.indexOf("WHAT NEEDS TO IMPROVE"), text);
        assertTrue(text.contains("AREAS FOR PRIORITY ACTION"), text);
    }

    @Test
    void theLetterEscapesWhatTheLeaderWrote() throws Exception {
        String html = check("check", hostile().toString(), "--letter", "--format", "html").out();
        assertFalse(html.toLowerCase().contains("<script"), html);
        assertTrue(html.contains("Gateshead &lt;script&gt;"), html);
    }

    @Test
    void aLetterCannotBeJson() {
        Cli cli = Cli.run("check", GATESHEAD_2015, "--letter", "--format", "json");
        assertEquals(ExitCode.USAGE.code(), cli.exitCode());
        assertTrue(cli.err().contains("--letter is a text, markdown or html document"), cli.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "markdown", "html"})
    void outputGoesOnlyToTheNamedFileWholeAndReplacesIt(String format) throws Exception {
        Path out = dir.resolve("report.out");
        Files.writeString(out, "last year's report\n");
        Cli cli = check("check", GATESHEAD_2015, "--format", format, "--output", out.toString());
        assertEquals("", cli.out(), "nothing on stdout");
        assertEquals(check("check", GATESHEAD_2015, "--format", format).out(), Files.readString(out));
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(out), listing.toList(), "no other file written or left behind");
        }
    }

    @Test
    void theSelfAssessmentIsNeverOverwritten() throws Exception {
        Path file = dir.resolve("sa.yaml");
        Files.copy(Path.of(GATESHEAD_2015), file);
        String before = Files.readString(file);
        Cli cli = Cli.run("check", file.toString(), "--format", "html", "--output", file.toString());
        assertEquals(ExitCode.USAGE.code(), cli.exitCode());
        assertTrue(cli.err().contains("is the file being read; name another file"), cli.err());
        assertEquals(before, Files.readString(file));
        Cli folder = Cli.run("check", GATESHEAD_2015, "--output", dir.toString());
        assertEquals(ExitCode.USAGE.code(), folder.exitCode());
        assertTrue(folder.err().contains("is a folder; name a file"), folder.err());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
