package uk.selfcheck.cli;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Files too large to commit that attack time or memory rather than validation: each stays under the 2 MiB limit so
 * the reader has to deal with it. Shared by the corpus test and the bad-input benchmark.
 */
final class HostileFiles {
    static final String HEADER = "authority: Testshire\ndate: 2025-03-31\nframework: ilacs-2023\n";
    private static final int NEAR_LIMIT = 2 * 1024 * 1024 - 4096;

    private HostileFiles() {
    }

    /** File name, then its content. */
    static Map<String, byte[]> all() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("unknown-criteria-flood.yaml", fill(HEADER + "answers:\n  leadership:\n    governance:\n",
                i -> "      made_up_criterion_" + i + "_from_a_long_list_of_criteria_nobody_defined: mostly\n"));
        files.put("duplicate-key-flood.yaml", fill(HEADER + "answers: {}\nscope:\n", i -> "  visit: inspection\n"));
        files.put("alias-flood.yaml", fill(HEADER + "answers: {}\nx: &a [1]\ny:\n", i -> "  - *a\n"));
        files.put("tag-flood.yaml", fill(HEADER + "answers: {}\ny:\n", i -> "  - !!java.lang.Runtime x\n"));
        files.put("value-flood.yaml", fill(HEADER + "answers: {}\ny:\n", i -> "  - 1\n"));
        files.put("deep-flow-nesting.yaml", text(HEADER + "answers: "
                + ("[".repeat(1000) + "\n").repeat(NEAR_LIMIT / 1001)));
        files.put("deep-block-nesting.yaml", fill(HEADER + "answers:\n", i -> " ".repeat(Math.min(i, 2000) * 2)
                + "k" + i + ":\n"));
        files.put("long-keys-at-every-level.yaml", longKeys());
        files.put("one-huge-value.yaml", text(HEADER + "answers:\n  leadership:\n    governance:\n"
                + "      members_challenge: " + "x".repeat(NEAR_LIMIT - 200) + "\n"));
        return files;
    }

    /** Twenty levels of 100-character keys with many values at the bottom: long paths times many nodes. */
    private static byte[] longKeys() {
        StringBuilder text = new StringBuilder(HEADER + "answers:\n");
        String indent = "  ";
        for (int level = 0; level < 19; level++) {
            text.append(indent).append(String.valueOf((char) ('a' + level)).repeat(100)).append(":\n");
            indent += "  ";
        }
        String prefix = indent;
        int i = 0;
        while (text.length() < NEAR_LIMIT) {
            text.append(prefix).append('v').append(i++).append(": 1\n");
        }
        return text(text.toString());
    }

    private static byte[] fill(String head, java.util.function.IntFunction<String> line) {
        StringBuilder text = new StringBuilder(head);
        for (int i = 0; text.length() < NEAR_LIMIT; i++) {
            text.append(line.apply(i));
        }
        return text(text.toString());
    }

    private static byte[] text(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
