package uk.selfcheck.properties;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Figure;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.Judgement;
import uk.selfcheck.model.Rating;

/** Generates valid self-assessments from a pack's catalogue: any framework, any mix of answers, figures and grades. */
final class SelfAssessments {
    /** Ratings worst first, then not_assessed; a code past the end leaves the criterion out. */
    private static final List<String> CODES = new ArrayList<>();

    static {
        for (Rating r : Rating.values()) {
            CODES.add(r.id());
        }
        CODES.add(Rating.NOT_ASSESSED);
    }

    private SelfAssessments() {
    }

    static Arbitrary<GeneratedAssessment> from(RulePack pack) {
        List<String> frameworks = List.copyOf(pack.manifest().frameworks().keySet());
        return Arbitraries.of(frameworks).flatMap(id -> forFramework(pack, pack.manifest().framework(id).orElseThrow()));
    }

    private static Arbitrary<GeneratedAssessment> forFramework(RulePack pack, Framework framework) {
        List<Criterion> criteria = pack.catalog().criteria().stream()
                .filter(c -> framework.judgementFor(c.area()).isPresent()).toList();
        // how much of the catalogue is answered varies from a few criteria to all of them
        Arbitrary<List<Integer>> codes = Arbitraries.integers().between(0, 12).flatMap(leaveOut -> Arbitraries
                .integers().between(0, CODES.size() - 1 + leaveOut).list().ofSize(criteria.size()));
        List<Figure> allFigures = criteria.stream().flatMap(c -> c.figures().stream()).toList();
        Arbitrary<List<Integer>> figureValues = Arbitraries.integers().between(-1, 100).list().ofSize(allFigures.size());
        List<String> graded = framework.judgements().stream().filter(j -> !j.isLeadership()).map(Judgement::id).toList();
        Arbitrary<List<Integer>> selfGrades = Arbitraries.integers().between(-3, Grade.values().length - 1).list()
                .ofSize(graded.size());
        List<String> themes = new ArrayList<>(pack.manifest().focusedVisitThemes().keySet());
        Arbitrary<String> visit = Arbitraries.integers().between(0, themes.size() * 4)
                .map(i -> i < themes.size() ? themes.get(i) : null);
        return Combinators.combine(codes, figureValues, selfGrades, visit).as((c, f, g, v) -> {
            Map<Criterion, String> ratings = new LinkedHashMap<>();
            Map<String, Map<String, Double>> figures = new TreeMap<>();
            int figureIndex = 0;
            for (int i = 0; i < criteria.size(); i++) {
                Criterion criterion = criteria.get(i);
                if (c.get(i) < CODES.size()) {
                    ratings.put(criterion, CODES.get(c.get(i)));
                }
                for (Figure figure : criterion.figures()) {
                    int value = f.get(figureIndex++);
                    if (value >= 0 && ratings.containsKey(criterion)) {
                        double scaled = "percent".equals(figure.unit()) ? value : value / 2.0;
                        figures.computeIfAbsent(criterion.id(), k -> new TreeMap<>()).put(figure.id(), scaled);
                    }
                }
            }
            Map<String, String> grades = new TreeMap<>();
            for (int i = 0; i < graded.size(); i++) {
                if (g.get(i) >= 0) {
                    grades.put(graded.get(i), Grade.values()[g.get(i)].id());
                }
            }
            return new GeneratedAssessment(framework.id(), ratings, figures, grades, v);
        });
    }
}
