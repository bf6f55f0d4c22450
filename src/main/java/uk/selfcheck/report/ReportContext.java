package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;

/**
 * What the readable reports need besides the evaluation: the pack's titles for areas and themes, and what would raise
 * each grade (which takes further evaluations, so it is worked out once and handed to every format). Also groups the
 * findings the way an inspection letter reads: by area, then theme, strengths before weaknesses.
 */
public record ReportContext(CriteriaCatalog catalog, Map<String, String> areaTitles, List<GradeRaise> raises) {

    public ReportContext(CriteriaCatalog catalog, Map<String, String> areaTitles) {
        this(catalog, areaTitles, List.of());
    }

    public String areaTitle(String area) {
        return areaTitles.getOrDefault(area, area);
    }

    public String themeTitle(String area, String theme) {
        return catalog.theme(area, theme).map(t -> t.title()).orElse(theme);
    }

    /** Findings by area, then by theme, in the evaluation's (letter) order. */
    public static Map<String, Map<String, List<Finding>>> byAreaAndTheme(List<Finding> findings) {
        Map<String, Map<String, List<Finding>>> grouped = new LinkedHashMap<>();
        for (Finding f : findings) {
            grouped.computeIfAbsent(f.getArea(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(f.getTheme(), t -> new ArrayList<>()).add(f);
        }
        return grouped;
    }

    /**
     * What a report shows beside a weakness to improve: its effective severity and, for a focused visit's weakness
     * outside the themes it looks at, that it does not weigh.
     */
    public static String level(Evaluation e, Finding f) {
        return f.getEffectiveSeverity().id() + (e.weighs(f) ? "" : "; " + OUTSIDE_THE_VISIT);
    }

    /** Said of a focused visit's finding outside the themes it looks at, wherever a report lists it briefly. */
    public static final String OUTSIDE_THE_VISIT = "outside the themes this visit looks at, not weighed";

    /** What needs to improve, most serious first, each rule once (a rule may fire for several answers). */
    public static List<Finding> improvements(Evaluation e) {
        Map<String, Finding> first = new LinkedHashMap<>();
        for (Finding f : e.improvements()) {
            first.putIfAbsent(f.getId(), f);
        }
        return List.copyOf(first.values());
    }
}
