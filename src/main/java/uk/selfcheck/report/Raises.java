package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.List;
import uk.selfcheck.analysis.Change;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.analysis.Resolution;

/** 'What would raise each grade' in words, the same in every format. */
final class Raises {
    static final String HEADING = "What would raise each grade";
    static final String INTRO = "For each judgement below outstanding, the fewest weaknesses whose resolution lifts it "
            + "one grade, found by re-checking the self-assessment through the rules with the answers changed.";

    private Raises() {
    }

    /** "The experiences ... of care leavers: requires improvement to be good to good". */
    static String headline(GradeRaise raise) {
        return raise.title() + ": from " + raise.from().label().toLowerCase() + " to " + raise.to().label().toLowerCase();
    }

    /** How many weaknesses, and whether a smaller set could do, or why none was found. */
    static String summary(GradeRaise raise) {
        if (!raise.found()) {
            return "No change found: " + raise.note() + ".";
        }
        int n = raise.resolutions().size();
        String count = n == 1 ? "1 weakness" : n + " weaknesses";
        return raise.minimum() ? "Resolve " + count + (n == 1 ? "" : "; no smaller set lifts it") + ":"
                : "Resolve " + count + " (" + raise.note() + "):";
    }

    /** One line per weakness: its id and severity, then what to change. */
    static List<String> items(GradeRaise raise) {
        List<String> items = new ArrayList<>();
        for (Resolution r : raise.resolutions()) {
            items.add(r.weakness().getId() + " (" + r.weakness().getEffectiveSeverity().id() + "): "
                    + String.join("; ", r.changes().stream().map(Change::describe).toList()));
        }
        return items;
    }
}
