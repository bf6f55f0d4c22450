package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.selfcheck.analysis.Change;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.analysis.Resolution;
import uk.selfcheck.model.Rating;

/**
 * The few priorities that would move the judgements most, worked out from what would raise each grade: the raises
 * that need the fewest changes first (and, among those, the lowest grade first), each change once, a raise taken only
 * when all its changes fit, at most {@link #MOST}. Each is stated as practice to improve, with the judgement it would
 * lift and the edit to the file beside it.
 */
final class Priorities {
    static final int MOST = 5;
    static final String HEADING = "Priorities: what would move the judgements most";
    static final String INTRO = "The fewest changes in practice that, on re-checking the self-assessment through the "
            + "rules, lift a judgement by one grade. The edit to the self-assessment file is shown beside each, for "
            + "whoever keeps it.";

    /** One change in practice, what it would lift, and the edit to the file that stands for it. */
    record Priority(String practice, List<String> lifts, String edit) {
        /** "Lifts “The experiences and progress of care leavers” from requires improvement to be good to good." */
        String liftsText() {
            return "Lifts " + String.join("; and ", lifts) + ".";
        }
    }

    private Priorities() {
    }

    static List<Priority> of(List<GradeRaise> raises, Words words) {
        List<GradeRaise> found = new ArrayList<>(raises.stream().filter(GradeRaise::found).toList());
        found.sort(Comparator.comparingInt((GradeRaise r) -> edits(r).size())
                .thenComparing(r -> r.from().score()));
        List<Change> chosen = new ArrayList<>();
        List<List<String>> lifts = new ArrayList<>();
        for (GradeRaise raise : found) {
            List<Change> edits = edits(raise);
            long fresh = edits.stream().filter(c -> !chosen.contains(c)).count();
            if (chosen.size() + fresh > MOST) {
                continue;
            }
            List<Integer> numbers = new ArrayList<>();
            for (Change c : edits) {
                if (!chosen.contains(c)) {
                    chosen.add(c);
                    lifts.add(new ArrayList<>());
                }
                numbers.add(chosen.indexOf(c) + 1);
            }
            String lift = "\u201c" + raise.title() + "\u201d from " + raise.from().words() + " to "
                    + raise.to().words();
            for (Change c : edits) {
                int n = chosen.indexOf(c) + 1;
                List<Integer> others = numbers.stream().filter(k -> k != n).toList();
                lifts.get(n - 1).add(others.isEmpty() ? lift : lift + " (together with " + list(others) + ")");
            }
        }
        List<Priority> priorities = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            priorities.add(new Priority(practice(chosen.get(i), words), List.copyOf(lifts.get(i)),
                    chosen.get(i).describe()));
        }
        return priorities;
    }

    private static List<Change> edits(GradeRaise raise) {
        List<Change> edits = new ArrayList<>();
        for (Resolution r : raise.resolutions()) {
            r.changes().stream().filter(c -> !edits.contains(c)).forEach(edits::add);
        }
        return edits;
    }

    private static String list(List<Integer> numbers) {
        List<String> names = numbers.stream().map(String::valueOf).toList();
        return (names.size() == 1 ? "priority " : "priorities ")
                + (names.size() == 1 ? names.get(0) : String.join(", ", names.subList(0, names.size() - 1))
                        + " and " + names.get(names.size() - 1));
    }

    /** The change as practice to improve, in words, from the criterion's question and the ratings' meanings. */
    static String practice(Change change, Words words) {
        if (change instanceof Change.NewRating r) {
            String question = words.question(r.criterion());
            if (r.after().compareTo(r.before()) < 0) {
                return "Check the rating of \u201c" + question + "\u201d against your own figures: they support "
                        + r.after().id() + " (" + Words.meaning(r.after()) + "), not " + r.before().id() + ".";
            }
            String aim = " Aim: " + Words.meaning(r.after()) + " (now " + Words.meaning(r.before()) + ").";
            return Words.statement(question).map(s -> "Make sure " + s + "." + aim)
                    .orElse("Improve practice on this question: \u201c" + question + "\u201d" + aim);
        }
        if (change instanceof Change.NewFigure f) {
            return "Bring the figure for " + Words.lowerFirst(words.figure(f.figure())) + " from " + f.from() + " to "
                    + f.to() + ".";
        }
        if (change instanceof Change.NewSelfGrade g) {
            return "Bring leaders' own view of " + Words.lowerFirst(words.judgement(g.judgement()))
                    + " closer to the evidence: expect " + g.after().words() + ", not " + g.before().words() + ".";
        }
        Change.Assess a = (Change.Assess) change;
        return "Look at practice on \u201c" + words.question(a.item().getCriterion()) + "\u201d and rate it from "
                + "the evidence (it is now " + Rating.NOT_ASSESSED.replace('_', ' ') + ").";
    }
}
