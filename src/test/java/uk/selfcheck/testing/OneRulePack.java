package uk.selfcheck.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A pack of one criterion and one rule, with the shipped {@code pack.yaml}: it compiles in a fraction of a second, so
 * tests of loading, caching and broken packs can compile it many times.
 */
public final class OneRulePack {
    public static final String CRITERIA_FILE = "leadership/workforce.criteria.yaml";
    public static final String RULE_FILE = "leadership/workforce.drl";

    public static final String CRITERIA = """
            area: leadership
            theme: workforce
            title: Workforce
            criteria:
              - id: caseloads_manageable
                question: Are caseloads manageable?
                sources: ["Newcastle 2019 focused visit: 'reduced caseloads to a manageable level'"]
            """;

    /** A strength that fires when caseloads are manageable at least mostly. */
    public static final String RULE = """
            package test.workforce;
            import uk.selfcheck.model.Answer;
            import uk.selfcheck.model.Finding;
            import uk.selfcheck.model.Rating;

            rule "S-CASELOADS"
                @kind("strength")
                @area("leadership")
                @theme("workforce")
                @severity("medium")
                @title("Caseloads are manageable")
                @text("Caseloads are manageable.")
                @recommendation("")
                @sources("Newcastle 2019 focused visit: 'reduced caseloads to a manageable level'")
            when
                $a : Answer( criterion == "caseloads_manageable", rating >= Rating.MOSTLY )
            then
                insert( Finding.from( drools, $a ) );
            end
            """;

    /** A self-assessment this pack reads: one answer, which the rule matches. */
    public static final String ASSESSMENT = """
            authority: Testshire
            date: 2019-06-01
            framework: sif-2013
            answers:
              leadership:
                workforce:
                  caseloads_manageable:
                    rating: mostly
            """;

    private OneRulePack() {
    }

    /**
     * Copies the shipped judgement rules into {@code folder}, with the criteria of self-evaluation that one of them
     * cites, so that a self-assessment can be checked in full.
     */
    public static void addJudgementRules(Path folder) throws IOException {
        Files.copy(Path.of("rules", "leadership", "self_evaluation.criteria.yaml"),
                folder.resolve("leadership/self_evaluation.criteria.yaml"));
        Path from = Path.of("rules", "judgement");
        Path to = Files.createDirectories(folder.resolve("judgement"));
        try (java.util.stream.Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
    }

    /** The rule, its actions replaced by {@code actions}, under the id {@code id}. */
    public static String ruleDoing(String id, String actions) {
        return RULE.replace("S-CASELOADS", id).replace("insert( Finding.from( drools, $a ) );", actions);
    }

    /** Writes {@code pack.yaml} and the criteria into {@code folder}, without the rule. */
    public static Path writeWithoutRule(Path folder) throws IOException {
        Files.createDirectories(folder.resolve("leadership"));
        // without the focused visits' scope, which names criteria themes this pack does not have
        Files.writeString(folder.resolve("pack.yaml"), Files.readString(Path.of("rules", "pack.yaml"))
                .replaceFirst("(?ms)^focused_visit_scope:.*?(?=^\\S)", ""));
        // the one document the pack cites, where pack.yaml names it (../sources), so that lint finds its passage
        Path sources = folder.toAbsolutePath().getParent().resolve("sources");
        Files.createDirectories(sources);
        Path letter = sources.resolve("newcastle-2019-focused-visit.txt");
        if (!Files.exists(letter)) {
            Files.copy(Path.of("sources", "newcastle-2019-focused-visit.txt"), letter);
        }
        Files.writeString(folder.resolve(CRITERIA_FILE), CRITERIA);
        return folder;
    }

    /** Writes the whole pack into {@code folder}. */
    public static Path write(Path folder) throws IOException {
        writeWithoutRule(folder);
        Files.writeString(folder.resolve(RULE_FILE), RULE);
        return folder;
    }
}
