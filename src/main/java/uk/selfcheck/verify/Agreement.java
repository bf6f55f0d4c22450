package uk.selfcheck.verify;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.selfcheck.model.Grade;

/**
 * How far the tool's predictions agree with the judgements fixtures expect: for the overall judgement and for the
 * area judgements, exact, within one grade and off by two or more, per judgement, and the confusion matrices. For a
 * calibration set written from published inspections this is the measure of the tool.
 *
 * @param fixtures    how many fixtures expect at least one judgement
 * @param overall     the overall effectiveness judgements
 * @param areas       every other judgement
 * @param byJudgement each judgement id, in name order
 * @param overallMatrix expected grade to predicted grade to count, for the overall judgements
 * @param areaMatrix  the same for the area judgements
 */
public record Agreement(int fixtures, Tally overall, Tally areas, Map<String, Tally> byJudgement,
                        Map<String, Map<String, Integer>> overallMatrix, Map<String, Map<String, Integer>> areaMatrix) {

    /** The columns of a confusion matrix: the four grades, best first, then a prediction that is not a grade. */
    public static final List<String> COLUMNS = columns();

    /** Where a prediction is not a grade: the area could not be graded, or no overall judgement was reached. */
    public static final String NO_GRADE = "no_grade";

    /**
     * @param exact     predicted the expected grade
     * @param withinOne at most one grade apart (exact included)
     * @param offByTwo  two or more grades apart
     * @param total     judgements compared (a prediction that is not a grade counts in the total only)
     */
    public record Tally(int exact, int withinOne, int offByTwo, int total) {
        Tally add(GradePair pair) {
            int distance = pair.distance().orElse(-1);
            return new Tally(exact + (pair.exact() ? 1 : 0), withinOne + (distance >= 0 && distance <= 1 ? 1 : 0),
                    offByTwo + (distance >= 2 ? 1 : 0), total + 1);
        }

        /** Exact agreement as a percentage, 0 with nothing compared. */
        public double exactPercent() {
            return total == 0 ? 0 : 100.0 * exact / total;
        }
    }

    private static final Tally NONE = new Tally(0, 0, 0, 0);

    public static Agreement of(Collection<FixtureResult> results) {
        return ofPairs(results.stream().map(FixtureResult::grades).filter(g -> !g.isEmpty()).toList());
    }

    /** The agreement of each fixture's pairs, one list a fixture. */
    public static Agreement ofPairs(List<List<GradePair>> fixtures) {
        Tally overall = NONE;
        Tally areas = NONE;
        Map<String, Tally> byJudgement = new TreeMap<>();
        Map<String, Map<String, Integer>> overallMatrix = matrix();
        Map<String, Map<String, Integer>> areaMatrix = matrix();
        for (List<GradePair> pairs : fixtures) {
            for (GradePair pair : pairs) {
                byJudgement.merge(pair.judgement(), NONE.add(pair), (a, b) -> a.add(pair));
                Map<String, Map<String, Integer>> m = pair.isOverall() ? overallMatrix : areaMatrix;
                if (pair.isOverall()) {
                    overall = overall.add(pair);
                } else {
                    areas = areas.add(pair);
                }
                if (m.containsKey(pair.expected())) {
                    m.get(pair.expected()).merge(column(pair.predicted()), 1, Integer::sum);
                }
            }
        }
        return new Agreement(fixtures.size(), overall, areas, byJudgement, overallMatrix, areaMatrix);
    }

    /** Judgements two or more grades from the expected, overall and areas together. */
    public int offByTwo() {
        return overall.offByTwo() + areas.offByTwo();
    }

    public boolean isEmpty() {
        return fixtures == 0;
    }

    private static String column(String predicted) {
        return Grade.fromId(predicted).isPresent() ? predicted : NO_GRADE;
    }

    private static Map<String, Map<String, Integer>> matrix() {
        Map<String, Map<String, Integer>> m = new LinkedHashMap<>();
        for (String expected : COLUMNS.subList(0, 4)) {
            Map<String, Integer> row = new LinkedHashMap<>();
            COLUMNS.forEach(c -> row.put(c, 0));
            m.put(expected, row);
        }
        return m;
    }

    private static List<String> columns() {
        List<String> c = new ArrayList<>();
        for (int i = Grade.values().length - 1; i >= 0; i--) {
            c.add(Grade.values()[i].id());
        }
        c.add(NO_GRADE);
        return List.copyOf(c);
    }
}
