package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules are located by line, with their text, exactly as a plain search of the whole file finds them. */
class RuleLocationTest {
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"([^\"]+)\"");

    @Test
    void everyShippedRuleIsFoundWhereAPlainSearchFindsIt() throws Exception {
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            for (Path file : walk.filter(p -> p.toString().endsWith(".drl")).toList()) {
                String drl = Files.readString(file);
                assertEquals(plainScan(drl), RuleLocation.scan("f", drl), file.toString());
            }
        }
    }

    @Test
    void awkwardLayoutsAreFoundLikeAPlainSearch() {
        for (String drl : List.of(
                "rule \"A\"\nwhen\nthen\nend\nrule \"B\" when then end",
                "package p;\r\n\r\n  rule \"A\"\r\nwhen then end\r\n\r\n\r\nrule \"B\"\r\nend\r\n",
                "// rule \"not a rule\"\n\n\t rule\n  \"A\"\nend\nx rule \"C\"\n\u2028rule \"D\" end",
                "\rrule \"A\"\r\rrule \"B\"",
                "rule \"A\" rule \"B\"\nrule \"A\" end",
                "",
                "no rules here")) {
            assertEquals(plainScan(drl), RuleLocation.scan("f", drl), drl);
        }
    }

    @Test
    void lineNumbersCountFromOne() {
        Map<String, RuleLocation> rules = RuleLocation.scan("f", "package p;\n\n\nrule \"A\"\nwhen then end\n");
        assertEquals(4, rules.get("A").line());
        assertEquals("rule \"A\"\nwhen then end\n", rules.get("A").text());
    }

    /** The straightforward search RuleLocation.scan must agree with. */
    private static Map<String, RuleLocation> plainScan(String drl) {
        Map<String, RuleLocation> rules = new HashMap<>();
        Matcher m = RULE.matcher(drl);
        int previousStart = -1;
        String previousName = null;
        while (m.find()) {
            if (previousName != null) {
                rules.putIfAbsent(previousName, at(drl, previousStart, m.start()));
            }
            previousName = m.group(1);
            previousStart = m.start();
        }
        if (previousName != null) {
            rules.putIfAbsent(previousName, at(drl, previousStart, drl.length()));
        }
        return rules;
    }

    private static RuleLocation at(String drl, int start, int end) {
        int line = 1;
        for (int i = 0; i < start; i++) {
            if (drl.charAt(i) == '\n') {
                line++;
            }
        }
        while (start < drl.length() && Character.isWhitespace(drl.charAt(start))) {
            if (drl.charAt(start) == '\n') {
                line++;
            }
            start++;
        }
        return new RuleLocation("f", line, drl.substring(start, end));
    }
}
