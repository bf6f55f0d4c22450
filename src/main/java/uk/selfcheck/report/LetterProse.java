package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Finding;

/**
 * The findings of a letter paragraph in prose: each rule's general statement once, then what the authority itself
 * said that bears on it, as the report says it beside each finding. A statement is only as wide as the authority's
 * own rating makes it ("By the authority's own rating, this holds in most of the work."), and what the letter adds
 * beyond the rule's words is the authority's own: its figures, its evidence in its own words, what it left
 * unassessed, the grades its leaders expect. Nothing is named by identifier.
 */
final class LetterProse {
    private LetterProse() {
    }

    /**
     * The findings' sentences, strengths first, each rule's statement once, with all the authority said of each (for
     * the main findings).
     */
    static String of(List<Finding> findings, Words words) {
        return of(findings, words, true);
    }

    /**
     * The findings' sentences, strengths first, each rule's statement once and how widely the authority's own rating
     * says it holds, without the figures and evidence behind it (for the headline findings, which the main findings
     * then give in full).
     */
    static String headline(List<Finding> findings, Words words) {
        return of(findings, words, false);
    }

    private static String of(List<Finding> findings, Words words, boolean full) {
        Map<String, List<Finding>> byRule = new LinkedHashMap<>();
        findings.stream().filter(Finding::isStrength)
                .forEach(f -> byRule.computeIfAbsent(f.getId(), id -> new ArrayList<>()).add(f));
        findings.stream().filter(Finding::isWeakness)
                .forEach(f -> byRule.computeIfAbsent(f.getId(), id -> new ArrayList<>()).add(f));
        List<String> sentences = new ArrayList<>();
        for (List<Finding> same : byRule.values()) {
            sentences.add(same.get(0).getRule().finding().trim());
            List<String> said = new ArrayList<>();
            for (Finding f : same) {
                for (String sentence : full ? authoritys(f, words) : reach(f)) {
                    if (!said.contains(sentence)) {
                        said.add(sentence);
                    }
                }
            }
            sentences.addAll(said);
        }
        return String.join(" ", sentences);
    }

    private static List<String> reach(Finding f) {
        return f.reach() == null ? List.of() : List.of("By the authority's own rating, this " + f.reach() + ".");
    }

    /** What the authority said that bears on one finding: how widely it holds, its figures and detail, its evidence. */
    static List<String> authoritys(Finding f, Words words) {
        List<String> sentences = new ArrayList<>(reach(f));
        if (f.getDetail() != null) {
            sentences.add(words.detailInLetter(f.getDetail()));
        }
        for (Answer a : f.getAnswers()) {
            if (a.getEvidence() != null && !a.getEvidence().isBlank()) {
                String evidence = a.getEvidence().strip();
                // the authority's words as written; a full stop after the quotation when they end without one
                sentences.add("The authority's evidence: \u201c" + evidence + "\u201d"
                        + (evidence.matches("(?s).*[.!?]$") ? "" : "."));
            }
        }
        return sentences;
    }
}
