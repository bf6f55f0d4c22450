package uk.selfcheck.diff;

import java.util.List;
import uk.selfcheck.diff.FixtureChange.Move;

/**
 * For a reviewer: each fixture that moves, with what moved, then a summary that leads with the fixtures whose grade
 * changes.
 */
public final class DiffText implements DiffOutput {
    @Override
    public String render(PackDiff diff) {
        StringBuilder out = new StringBuilder();
        List<FixtureChange> changes = diff.changes();
        for (FixtureChange change : changes) {
            out.append(change.name()).append('\n');
            if (change.baseError() != null) {
                out.append("  not valid under the base pack: ").append(change.baseError()).append('\n');
            }
            if (change.changedError() != null) {
                out.append("  not valid under the changed pack: ").append(change.changedError()).append('\n');
            }
            for (Move grade : change.grades()) {
                out.append("  ").append(grade.id()).append(": ").append(grade.base()).append(" -> ")
                        .append(grade.changed()).append('\n');
            }
            for (Move finding : change.nowFires()) {
                out.append("  now fires ").append(finding.id()).append(" (").append(finding.changed()).append(")\n");
            }
            for (Move finding : change.noLongerFires()) {
                out.append("  no longer fires ").append(finding.id()).append(" (").append(finding.base())
                        .append(")\n");
            }
            for (Move severity : change.severities()) {
                out.append("  ").append(severity.id()).append(": ").append(severity.base()).append(" -> ")
                        .append(severity.changed()).append('\n');
            }
        }
        List<FixtureChange> grades = diff.gradeChanges();
        if (grades.isEmpty()) {
            out.append("No fixture changes grade.\n");
        } else {
            out.append(fixtures(grades.size())).append(grades.size() == 1 ? " changes" : " change")
                    .append(" grade: ").append(String.join(", ", grades.stream().map(FixtureChange::name).toList()))
                    .append('\n');
        }
        int findingsOnly = changes.size() - grades.size();
        if (findingsOnly > 0) {
            out.append(fixtures(findingsOnly)).append(findingsOnly == 1 ? " changes" : " change")
                    .append(" findings but not grade.\n");
        }
        out.append("diff: ").append(changes.size()).append(" of ").append(fixtures(diff.fixtures().size()))
                .append(" change from ").append(diff.baseRules()).append(" to ").append(diff.rules()).append('\n');
        return out.toString();
    }

    private static String fixtures(int n) {
        return n + (n == 1 ? " fixture" : " fixtures");
    }
}
