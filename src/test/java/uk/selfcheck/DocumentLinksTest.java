package uk.selfcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in README.md and docs/*.md leads somewhere: the file exists and, when the link names a heading
 * ({@code file.md#heading}), the file has that heading, by the anchors GitHub gives headings.
 */
class DocumentLinksTest {
    private static final Pattern LINK = Pattern.compile("!?\\[(?:[^\\]\\[]|\\[[^\\]]*\\])*\\]\\(([^)\\s]+)\\)");
    private static final Pattern INLINE_CODE = Pattern.compile("(`+)(?:(?!\\1).)+?\\1");
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Test
    void everyRelativeLinkResolves() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path document : documents()) {
            for (String target : links(document)) {
                if (target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
                    continue;   // https:, mailto: ...
                }
                checked++;
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path linked = file.isEmpty() ? document : document.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.exists(linked)) {
                    broken.add(document + ": " + target + " (no such file)");
                } else if (hash >= 0 && linked.toString().endsWith(".md")
                        && !anchors(linked).contains(target.substring(hash + 1))) {
                    broken.add(document + ": " + target + " (no such heading in " + linked + ")");
                }
            }
        }
        assertEquals(List.of(), broken);
        assertTrue(checked > 30, "only " + checked + " relative links found: is the link pattern right?");
    }

    @Test
    void anchorsFollowGitHubsRules() {
        assertEquals(List.of("7-what-to-fix-first", "for-leaders-your-first-self-assessment",
                        "how-what-would-raise-each-grade-is-found", "dependencies-and-why-each-is-there",
                        "the-rule-pack", "the-rule-pack-1", "selfcheck-verify-in-ci"),
                new ArrayList<>(anchors(List.of("## 7. What to fix first", "## For leaders: your first self-assessment",
                        "## How 'what would raise each grade' is found", "## Dependencies, and why each is there",
                        "## The rule pack", "### The rule pack", "## `selfcheck verify` in [CI](ci.md)"))));
        assertEquals(List.of("docs/ci.md#x", "b.md"), links("See [the `ci` page](docs/ci.md#x), not `[a](c.md)`,\n"
                + "```\n[in](code.md)\n```\n![image](b.md)"));
    }

    private static List<Path> documents() throws IOException {
        List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
        }
        return documents;
    }

    private static List<String> links(Path document) throws IOException {
        return links(Files.readString(document));
    }

    /** The link targets of Markdown text, leaving out code blocks and code spans. */
    private static List<String> links(String markdown) {
        StringBuilder prose = new StringBuilder();
        boolean fenced = false;
        for (String line : markdown.split("\n", -1)) {
            if (line.trim().startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            if (!fenced) {
                prose.append(INLINE_CODE.matcher(line).replaceAll("")).append('\n');
            }
        }
        List<String> targets = new ArrayList<>();
        Matcher link = LINK.matcher(prose);
        while (link.find()) {
            targets.add(link.group(1));
        }
        return targets;
    }

    private static Set<String> anchors(Path document) throws IOException {
        List<String> headings = new ArrayList<>();
        boolean fenced = false;
        for (String line : Files.readAllLines(document)) {
            if (line.trim().startsWith("```")) {
                fenced = !fenced;
            } else if (!fenced && line.startsWith("#")) {
                headings.add(line);
            }
        }
        return anchors(headings);
    }

    /** GitHub's anchors: the heading's text in lower case, punctuation dropped, spaces as hyphens; repeats numbered. */
    private static Set<String> anchors(List<String> headings) {
        Set<String> anchors = new LinkedHashSet<>();
        Map<String, Integer> seen = new HashMap<>();
        for (String heading : headings) {
            Matcher matcher = HEADING.matcher(heading);
            if (!matcher.matches()) {
                continue;
            }
            String text = matcher.group(1).replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
            String slug = text.toLowerCase(java.util.Locale.ROOT)
                    .replaceAll("[^\\p{L}\\p{N}\\p{Mn}\\p{Pc} -]", "")
                    .replace(' ', '-');
            int repeat = seen.merge(slug, 1, Integer::sum) - 1;
            anchors.add(repeat == 0 ? slug : slug + "-" + repeat);
        }
        return anchors;
    }
}
