package uk.selfcheck.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.selfcheck.input.InputError;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.RuleInfo;

/**
 * Checks a pack that loads for what does not stop it working but is still wrong: a question no rule reads (so a
 * leader's answer would count for nothing), a citation that quotes no passage, and a quoted passage that is not in
 * the document it names.
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
        problems.sort(null);
        return problems;
    }
}
