package uk.selfcheck.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.Suggestions;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.PackManifest;
import uk.selfcheck.model.RuleInfo;

/**
 * Checks a pack that loads for what does not stop it working but is still wrong: a question no rule reads (so a
 * leader's answer would count for nothing), a citation that quotes no passage, and a quoted passage that is not in
 * the document it names, and a focused visit's scope naming a theme the criteria do not have.
 */
public final class PackLint {
    private PackLint() {
    }

    public static List<InputError> check(RulePack pack) {
        List<InputError> problems = new ArrayList<>();
        Set<String> used = new HashSet<>();
        pack.rules().forEach(rule -> used.addAll(rule.criteria()));
        for (Criterion criterion : pack.catalog().criteria()) {
            if (!used.contains(criterion.id())) {
                problems.add(new InputError(criterion.file(), criterion.line(), 1, "", "criterion " + criterion.id()
                        + " is used by no rule, so answers to it count for nothing", null));
            }
        }
        Citations citations = new Citations(pack.roots().get(0), pack.manifest());
        for (Criterion criterion : pack.catalog().criteria()) {
            for (String source : criterion.sources()) {
                problems.addAll(citations.check(source, "criterion " + criterion.id(), criterion.file(),
                        criterion.line()));
            }
        }
        for (RuleInfo rule : pack.rules()) {
            for (String source : rule.sources()) {
                problems.addAll(citations.check(source, "rule " + rule.id(), rule.file(), rule.line()));
                int colon = source.indexOf(':');
                if (colon < 0 || !source.substring(colon + 1).trim().startsWith("'")) {
                    problems.add(new InputError(rule.file(), rule.line(), 1, "", "rule " + rule.id() + ": source '"
                            + source + "' quotes no passage; write \"<document>: '<passage>'\"", null));
                }
            }
        }
        checkVisitScope(pack.roots().get(0).resolve(RulePackLoader.MANIFEST), pack.manifest(), pack.catalog(),
                problems);
        problems.sort(null);
        return problems;
    }

    /**
     * Every criteria theme a focused visit's scope names should be a theme of the pack's criteria: one that is not
     * (a misspelling, or a pack that dropped the theme) narrows the visit to nothing in its area.
     */
    private static void checkVisitScope(Path manifestFile, PackManifest manifest, CriteriaCatalog catalog,
                                        List<InputError> problems) {
        Set<String> known = new TreeSet<>();
        catalog.allThemes().forEach(t -> known.add(t.id()));
        manifest.focusedVisitScope().forEach((visit, themes) -> {
            for (String theme : themes) {
                if (!known.contains(theme)) {
                    problems.add(new InputError(manifestFile.toString(), lineOf(manifestFile, "focused_visit_scope:",
                            theme), 1, "focused_visit_scope." + visit, "'" + theme + "' is not a theme of the "
                            + "pack's criteria", Suggestions.closest(theme, known)));
                }
            }
        });
    }

    /** The first line after {@code block} that mentions {@code word}, 0 when the file cannot be read. */
    private static int lineOf(Path file, String block, String word) {
        try {
            List<String> lines = Files.readAllLines(file);
            int start = 0;
            while (start < lines.size() && !lines.get(start).startsWith(block)) {
                start++;
            }
            for (int i = start; i < lines.size(); i++) {
                if (lines.get(i).matches(".*\\b" + java.util.regex.Pattern.quote(word) + "\\b.*")) {
                    return i + 1;
                }
            }
            return start < lines.size() ? start + 1 : 0;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }
}
