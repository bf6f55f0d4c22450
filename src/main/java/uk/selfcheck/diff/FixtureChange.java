package uk.selfcheck.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one fixture's outcome moves from the base pack to the changed one. Every list is empty when nothing moved.
 *
 * @param name        the fixture file, or {@code cases-file#case name}
 * @param grades      judgements whose grade differs
 * @param nowFires    findings only the changed pack reports, each with its severity (or {@code strength})
 * @param noLongerFires findings only the base pack reports
 * @param severities  weaknesses both report, at a different effective severity
 * @param baseError   why the fixture is not valid under the base pack, or null
 * @param changedError why it is not valid under the changed pack, or null
 */
public record FixtureChange(String name, List<Move> grades, List<Move> nowFires, List<Move> noLongerFires,
                            List<Move> severities, String baseError, String changedError) {

    /** One value that moved: {@code base} is null for something new, {@code changed} null for something gone. */
    public record Move(String id, String base, String changed) {
    }

    static FixtureChange between(String name, Outcome base, Outcome changed) {
        List<Move> grades = new ArrayList<>();
        for (String id : new TreeSet<>(union(base.judgements(), changed.judgements()))) {
            String before = base.judgements().get(id);
            String after = changed.judgements().get(id);
            if (before != null && after != null && !before.equals(after)) {
                grades.add(new Move(id, before, after));
            }
        }
        List<Move> added = new ArrayList<>();
        List<Move> removed = new ArrayList<>();
        List<Move> severities = new ArrayList<>();
        for (String id : new TreeSet<>(union(base.findings(), changed.findings()))) {
            String before = base.findings().get(id);
            String after = changed.findings().get(id);
            if (before == null) {
                added.add(new Move(id, null, after));
            } else if (after == null) {
                removed.add(new Move(id, before, null));
            } else if (!before.equals(after)) {
                severities.add(new Move(id, before, after));
            }
        }
        return new FixtureChange(name, grades, added, removed, severities, null, null);
    }

    /** A file valid under only one of the packs: there is nothing to compare, only the error to report. */
    static FixtureChange invalid(String name, String baseError, String changedError) {
        return new FixtureChange(name, List.of(), List.of(), List.of(), List.of(), baseError, changedError);
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    public boolean changesGrade() {
        return !grades.isEmpty();
    }

    public boolean changed() {
        return changesGrade() || !nowFires.isEmpty() || !noLongerFires.isEmpty() || !severities.isEmpty()
                || baseError != null || changedError != null;
    }
}
