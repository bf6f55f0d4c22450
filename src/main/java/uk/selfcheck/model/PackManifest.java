package uk.selfcheck.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of pack.yaml: what a rule pack is, which frameworks it grades, and every grading number.
 *
 * @param focusedVisitThemes each focused visit theme's judgements
 * @param focusedVisitScope  each focused visit theme's criteria themes, the only ones its indicative grades weigh in
 *                           the areas they belong to; a visit theme not here weighs every theme of its judgements
 * @param measuredAgreement  how often the pack's predictions matched published grades, null when it states none
 */
public record PackManifest(String name, String version, String description, List<SourceDocument> documents,
                           Map<String, String> areas, Map<String, Framework> frameworks, String defaultFramework,
                           Map<String, List<String>> focusedVisitThemes, Map<String, List<String>> focusedVisitScope,
                           GradingPolicy grading, MeasuredAgreement measuredAgreement) {

    public Optional<Framework> framework(String id) {
        return Optional.ofNullable(frameworks.get(id));
    }

    /** The document a citation names, matched on the text before the first colon. */
    public Optional<SourceDocument> documentCitedBy(String source) {
        int colon = source.indexOf(':');
        String name = (colon < 0 ? source : source.substring(0, colon)).trim();
        return documents.stream().filter(d -> d.name().equals(name)).findFirst();
    }
}
