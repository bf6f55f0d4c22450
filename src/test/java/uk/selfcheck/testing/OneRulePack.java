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

    private OneRulePack() {
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
