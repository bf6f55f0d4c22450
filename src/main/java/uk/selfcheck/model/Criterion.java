package uk.selfcheck.model;

import java.util.List;
import java.util.Optional;

/** One question a leader answers, defined once in a theme's criteria file. */
public record Criterion(String id, String area, String theme, String question, List<String> sources,
                        List<Figure> figures, String file, int line) {

    public Optional<Figure> figure(String figureId) {
        return figures.stream().filter(f -> f.id().equals(figureId)).findFirst();
    }
}
