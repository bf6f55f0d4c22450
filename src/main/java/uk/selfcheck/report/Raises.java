package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.List;
import uk.selfcheck.analysis.Change;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.analysis.Resolution;

/** 'What would raise each grade' in words, the same in every format; the edits to the file go beside each change. */
final class Raises {
    static final String HEADING = "What would raise each grade";
    static final String INTRO = "For each judgement below outstanding, the fewest changes that lift it one grade, "
            + "found by re-checking the self-assessment through the rules with the answers changed.";

    private Raises() {
    }

    /** One change: the practice in words and the weakness it answers (the edit to the file is in the appendix). */
    record Item(String practice, String weakness) {
        String plain() {
            return practice + " " + weakness + ".";
        }
    }

    /** "The experiences ... of care leavers: from requires improvement to be good to good". */
    static String headline(GradeRaise raise) {
        return raise.title() + ": from " + raise.from().words() + " to " + raise.to().words();
    }

    /** How many changes, and whether fewer could do, or why none was found. */
    static String summary(GradeRaise raise, Words words) {
        if (!raise.found()) {
            return "No change found: " + words.detail(raise.note()) + ".";
        }
        int n = (int) raise.resolutions().stream().mapToLong(r -> r.changes().size()).sum();
        String count = n == 1 ? "this change" : "these " + n + " changes";
        return raise.minimum() ? "Make " + count + (n == 1 ? ":" : "; no smaller set of weaknesses lifts it:")
                : "Make " + count + " (" + words.detail(raise.note()) + "):";
    }

    static List<Item> items(GradeRaise raise, Words words) {
        List<Item> items = new ArrayList<>();
        for (Resolution r : raise.resolutions()) {
            for (Change c : r.changes()) {
                items.add(new Item(Priorities.practice(c, words), "This answers the weakness \u201c"
                        + r.weakness().getRule().title() + "\u201d (" + r.weakness().getEffectiveSeverity().id()
                        + ")"));
            }
        }
        return items;
    }

    /** For the appendix: each weakness's id and severity, then the edits, with lines. */
    static List<String> edits(GradeRaise raise) {
        List<String> items = new ArrayList<>();
        for (Resolution r : raise.resolutions()) {
            items.add(r.weakness().getId() + " (" + r.weakness().getEffectiveSeverity().id() + "): "
                    + String.join("; ", r.changes().stream().map(Change::describe).toList()));
        }
        return items;
    }
}
