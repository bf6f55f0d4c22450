package uk.selfcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.selfcheck.cli.Cli;

/**
 * The HTML report and letter read on a 390-pixel phone without the page scrolling sideways, and print with the
 * detail after the judgements and priorities: checked on the page the tool writes, by the CSS rules it relies on.
 */
class HtmlLayoutTest {
    private static final String FIXTURE = "src/test/resources/report/leader-mix.yaml";
    private static final int PHONE = 390;
    private static String report;
    private static String letter;

    @BeforeAll
    static void render() {
        Cli r = Cli.run("check", FIXTURE, "--format", "html");
        assertEquals(0, r.exitCode(), r.err());
        report = r.out();
        Cli l = Cli.run("check", FIXTURE, "--format", "html", "--letter");
        assertEquals(0, l.exitCode(), l.err());
        letter = l.out();
    }

    private static String style(String page) {
        return page.substring(page.indexOf("<style>"), page.indexOf("</style>"));
    }

    /** The body of the {@code @media} block that starts with {@code query}. */
    private static String media(String css, String query) {
        int start = css.indexOf("@media " + query + "{");
        assertTrue(start >= 0, "no @media " + query + " in " + css);
        int depth = 0;
        for (int i = css.indexOf('{', start); i < css.length(); i++) {
            depth += css.charAt(i) == '{' ? 1 : css.charAt(i) == '}' ? -1 : 0;
            if (depth == 0) {
                return css.substring(css.indexOf('{', start) + 1, i);
            }
        }
        throw new AssertionError("unclosed @media " + query);
    }

    @Test
    void thePageFitsThePhoneAndTheTableScrollsOrStacksInItsOwnBox() {
        for (String page : List.of(report, letter)) {
            assertTrue(page.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"));
            String css = style(page);
            assertTrue(css.contains(".table-wrap{max-width:100%;overflow-x:auto}"), css);
            assertTrue(css.contains("img,svg{display:block;width:100%;max-width:min(100%," + Charts.WIDTH
                    + "px);height:auto}"), "images and charts never wider than their box: " + css);
            assertTrue(css.contains("overflow-wrap:break-word"), "long words wrap rather than widen the page");
            String phone = media(css, "(max-width:40rem)");
            assertTrue(phone.contains("table.judgements thead{display:none}"), phone);
            assertTrue(phone.contains("table.judgements td{display:block;"), "cells stack on a phone: " + phone);
            assertTrue(phone.contains("content:attr(data-label)"), "each count keeps its heading: " + phone);
        }
        Matcher table = Pattern.compile("<div class=\"table-wrap\"><table class=\"judgements\">").matcher(report);
        assertTrue(table.find(), "the judgement table sits in its own scrolling box");
        assertTrue(report.contains("<td class=\"n\" data-label=\"Strengths\">"), "stacked counts are labelled");
    }

    @Test
    void chartTextIsLegibleOnAPhone() {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) \\d+\"").matcher(report);
        int charts = 0;
        while (box.find()) {
            charts++;
            assertTrue(Integer.parseInt(box.group(1)) <= Charts.WIDTH, box.group());
        }
        assertEquals(2, charts, "the grades chart and the balance chart");
        Matcher font = Pattern.compile("<text [^>]*font-size=\"(\\d+)\"").matcher(report);
        List<Integer> sizes = new ArrayList<>();
        while (font.find()) {
            sizes.add(Integer.parseInt(font.group(1)));
        }
        assertFalse(sizes.isEmpty());
        // a 390-pixel phone with the page's side padding (.85rem each side) draws the chart about 360 pixels wide
        double scale = Math.min(1.0, (PHONE - 2 * 0.85 * 15) / Charts.WIDTH);
        for (int size : sizes) {
            assertTrue(size * scale >= 12, size + " chart units draw " + size * scale + " pixels on a phone");
        }
    }

    @Test
    void theNotAssessedListNamesQuestionsAndTheIdsWaitForTheAppendix() {
        int notAssessed = report.indexOf("<section id=\"not-assessed\"");
        int appendix = report.indexOf("<section id=\"appendix\"");
        assertTrue(notAssessed > 0 && appendix > notAssessed, "the appendix comes last");
        String list = report.substring(notAssessed, report.indexOf("</section>", notAssessed));
        assertFalse(Pattern.compile("\\b[a-z]+(_[a-z]+){2,}\\b").matcher(list).find(), list);
        assertTrue(list.contains("?</li>"), "each criterion as its question: " + list);
        String body = report.substring(0, appendix).replaceAll("<p class=\"edit\"><small>[^<]*</small></p>", "");
        assertFalse(body.contains("(line "), "no line numbers before the appendix, except the file edits");
        assertFalse(Pattern.compile("\\b[WS]-[A-Z]+(-[A-Z]+)+\\b").matcher(body).find(), "no rule ids in the body");
        assertTrue(report.substring(appendix).contains("W-SELF-EVALUATION-CASELOADS-CONTRADICTED"),
                "the appendix keeps the rule ids");
    }

    @Test
    void printingPutsTheJudgementsAndPrioritiesFirstAndTheDetailAfter() {
        String print = media(style(report), "print");
        assertTrue(print.contains("#appendix{break-before:page"), print);
        assertTrue(print.contains("#balance,.sources{display:none}"), print);
        assertTrue(print.contains("#balance+section.area,#raise+section.area{break-before:page}"), print);
        int judgements = report.indexOf("<section id=\"judgements\">");
        int priorities = report.indexOf("<section id=\"priorities\">");
        int findings = report.indexOf("<section class=\"area detail\">");
        assertTrue(judgements > 0 && priorities > judgements && findings > priorities,
                "judgements, then priorities, then the findings in detail");
        assertTrue(letter.indexOf("<ol class=\"priorities\">") < letter.indexOf("<h2>Headline findings</h2>"),
                "the letter opens with the priorities too");
    }
}
