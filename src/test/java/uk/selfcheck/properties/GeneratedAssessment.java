package uk.selfcheck.properties;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Rating;

/**
 * A valid self-assessment made from the pack's own catalogue, as data that can be changed one answer at a time and
 * written out as YAML with its keys in any order.
 *
 * @param ratings    the rating of each criterion answered, by criterion; {@code not_assessed} included
 * @param figures    figures given, by criterion and figure id
 * @param selfGrades grades the leaders expect, by judgement
 * @param visitTheme a focused visit's theme, or null for a full inspection
 */
record GeneratedAssessment(String framework, Map<Criterion, String> ratings, Map<String, Map<String, Double>> figures,
                           Map<String, String> selfGrades, String visitTheme) {

    /** The criteria answered with a rating (not {@code not_assessed}), in catalogue order. */
    List<Criterion> rated() {
        return ratings.entrySet().stream().filter(e -> !e.getValue().equals(Rating.NOT_ASSESSED))
                .map(Map.Entry::getKey).toList();
    }

    /** The same assessment with one criterion rated one step better ({@code step} 1) or worse (-1). */
    GeneratedAssessment withStep(Criterion criterion, int step) {
        Rating now = Rating.fromId(ratings.get(criterion)).orElseThrow();
        Map<Criterion, String> changed = new LinkedHashMap<>(ratings);
        changed.put(criterion, Rating.values()[now.ordinal() + step].id());
        return new GeneratedAssessment(framework, changed, figures, selfGrades, visitTheme);
    }

    /** YAML in catalogue order, or with every mapping's keys shuffled by {@code shuffle} when it is not null. */
    String yaml(Random shuffle) {
        Map<String, Object> answers = new TreeMap<>();
        for (Map.Entry<Criterion, String> e : ratings.entrySet()) {
            Criterion c = e.getKey();
            Map<String, Double> given = figures.getOrDefault(c.id(), Map.of());
            Object answer = e.getValue();
            if (!given.isEmpty() && !e.getValue().equals(Rating.NOT_ASSESSED)) {
                Map<String, Object> full = new TreeMap<>();
                full.put("rating", e.getValue());
                full.put("evidence", "Audit of " + c.id().replace('_', ' ') + ": see note 'A' #1");
                full.put("figures", new TreeMap<>(given));
                answer = full;
            }
            area(answers, c.area(), c.theme()).put(c.id(), answer);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("authority", "Generated: Testshire");
        root.put("date", "2025-03-31");
        root.put("framework", framework);
        if (visitTheme != null) {
            root.put("scope", new TreeMap<>(Map.of("visit", "focused_visit", "theme", visitTheme)));
        }
        if (!selfGrades.isEmpty()) {
            root.put("self_assessed_grades", new TreeMap<>(selfGrades));
        }
        root.put("answers", answers);
        StringBuilder text = new StringBuilder();
        write(text, root, 0, shuffle);
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> area(Map<String, Object> answers, String area, String theme) {
        Map<String, Object> themes = (Map<String, Object>) answers.computeIfAbsent(area, a -> new TreeMap<>());
        return (Map<String, Object>) themes.computeIfAbsent(theme, t -> new TreeMap<>());
    }

    @SuppressWarnings("unchecked")
    private static void write(StringBuilder text, Map<String, Object> map, int indent, Random shuffle) {
        List<String> keys = new ArrayList<>(map.keySet());
        if (shuffle != null) {
            Collections.shuffle(keys, shuffle);
        }
        for (String key : keys) {
            Object value = map.get(key);
            text.append("  ".repeat(indent)).append(key).append(':');
            if (value instanceof Map<?, ?> child && !child.isEmpty()) {
                text.append('\n');
                write(text, (Map<String, Object>) child, indent + 1, shuffle);
            } else if (value instanceof Map<?, ?>) {
                text.append(" {}\n");
            } else if (value instanceof Double number) {
                text.append(' ').append(number == Math.rint(number) ? String.valueOf(number.longValue())
                        : number.toString()).append('\n');
            } else {
                String s = value.toString();
                text.append(' ').append(s.matches("[a-z0-9_.-]+") ? s : '"' + s.replace("\"", "\\\"") + '"')
                        .append('\n');
            }
        }
    }
}
