package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A report is the same bytes whatever the machine's locale: under Turkish rules "children".toUpperCase() is
 * "CHİLDREN" (a dotted capital I), and under German or French ones a decimal has a comma. Every format and the letter
 * are run under the root locale and then under Turkish, German and Arabic (Saudi Arabia) defaults.
 */
class LocaleIndependenceTest {
    private static final String INPUT = "fixtures/seeds/gateshead-2015.yaml";
    private static final List<Locale> LOCALES = List.of(new Locale("tr", "TR"), Locale.GERMANY,
            new Locale("ar", "SA"), Locale.forLanguageTag("th-TH-u-nu-thai"));

    private static Cli runUnder(Locale locale, String... args) {
        Locale before = Locale.getDefault();
        Locale.setDefault(locale);
        try {
            return Cli.run(args);
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void everyReportIsTheSameBytesUnderAnyLocale() {
        List<List<String>> runs = List.of(List.of("--format=text"), List.of("--format=markdown"),
                List.of("--format=html"), List.of("--format=json"), List.of("--letter"));
        for (List<String> options : runs) {
            String[] args = new java.util.ArrayList<String>(List.of("check", INPUT, "--rules", "rules")) {
                {
                    addAll(options);
                }
            }.toArray(String[]::new);
            Cli root = runUnder(Locale.ROOT, args);
            assertEquals(0, root.exitCode(), root.err());
            for (Locale locale : LOCALES) {
                Cli other = runUnder(locale, args);
                assertEquals(root.exitCode(), other.exitCode(), locale + " " + options);
                assertEquals(root.out(), other.out(), "the report under " + locale + " " + options);
                assertEquals(root.err(), other.err(), "the messages under " + locale + " " + options);
            }
        }
    }

    /** The headings that showed the difference: capitals of words holding an 'i'. */
    @Test
    void headingsInCapitalsKeepTheirDotlessI() {
        Cli turkish = runUnder(new Locale("tr", "TR"), "check", INPUT, "--rules", "rules");
        assertEquals(0, turkish.exitCode(), turkish.err());
        assertTrue(turkish.out().contains("CHILDREN"), turkish.out());
        assertTrue(!turkish.out().contains("\u0130"), "a dotted capital I in:\n" + turkish.out());
    }

    /** Messages about bad input too: suggestions compare case-blind under the root locale's rules. */
    @Test
    void inputMessagesAreTheSameUnderAnyLocale() {
        String bad = "src/test/resources/bad-input/misspelt-criterion.yaml";
        Cli root = runUnder(Locale.ROOT, "check", bad, "--rules", "rules");
        assertEquals(3, root.exitCode(), root.err());
        for (Locale locale : LOCALES) {
            assertEquals(root.err(), runUnder(locale, "check", bad, "--rules", "rules").err(), locale.toString());
        }
    }
}
