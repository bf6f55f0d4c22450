package uk.selfcheck.model;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which criteria themes the judgements weigh: for a focused visit, the themes the visit looks at (pack.yaml's
 * {@code focused_visit_scope}); for an inspection, every theme. One fact in every evaluation, so the totals rule reads
 * it without a condition on the kind of visit.
 *
 * @param visitTheme   the focused visit's theme, or null when every theme is weighed
 * @param themesByArea for each criteria area the visit narrows, the themes it weighs; an area not here is weighed whole
 */
public record VisitScope(String visitTheme, Map<String, Set<String>> themesByArea) {
    public static final VisitScope EVERYTHING = new VisitScope(null, Map.of());

    public VisitScope {
        Map<String, Set<String>> copy = new TreeMap<>();
        themesByArea.forEach((area, themes) -> copy.put(area, Set.copyOf(new TreeSet<>(themes))));
        themesByArea = Map.copyOf(copy);
    }

    /**
     * The scope of a focused visit on {@code visitTheme} whose pack lists {@code themes} for it: each theme narrows the
     * criteria area it belongs to in {@code catalog}; the visit's other areas (leadership, say) are weighed whole.
     */
    public static VisitScope of(String visitTheme, Iterable<String> themes, CriteriaCatalog catalog) {
        Map<String, Set<String>> byArea = new TreeMap<>();
        for (String theme : themes) {
            for (String area : catalog.areas()) {
                if (catalog.theme(area, theme).isPresent()) {
                    byArea.computeIfAbsent(area, a -> new TreeSet<>()).add(theme);
                }
            }
        }
        return new VisitScope(visitTheme, byArea);
    }

    /** Whether a finding or answer of this area and theme weighs in the judgements. */
    public boolean weighs(String area, String theme) {
        Set<String> themes = themesByArea.get(area);
        return themes == null || themes.contains(theme);
    }

    /** Whether a finding weighs: its rule's area and theme. */
    public boolean weighs(Finding finding) {
        return weighs(finding.getArea(), finding.getTheme());
    }

    public boolean isNarrowed() {
        return !themesByArea.isEmpty();
    }
}
