package uk.selfcheck.report;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Figure;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.Rating;

/**
 * Names things the way a leader would: judgements by their titles, grades and ratings in words, criteria by their
 * questions, figures by their labels. The identifiers and line numbers stay in the appendix and the JSON report.
 */
final class Words {
    /** An identifier as the file writes it: lower case words joined by underscores. */
    private static final Pattern IDENTIFIER = Pattern.compile("\\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\\b");
    private static final Pattern FIGURE = Pattern.compile("Your figure: ([a-z0-9_]+) = ([^ ]+?)\\.(?=\\s|$)");
    private static final Pattern LINE = Pattern.compile(" \\(line \\d+\\)");
    /** Words that start what is said of the subject in an 'Are ...?' or 'Is ...?' question. */
    private static final Set<String> PREDICATE = Set.of("well", "very", "central", "reflective", "written",
            "timebound", "been", "sought", "robust", "comprehensive",
            "good", "strong", "manageable", "stable", "effective", "mature", "ambitious", "fit", "timely", "clear",
            "seen", "given", "used", "kept", "met", "understood", "taken", "made", "able", "appropriate",
            "sufficient", "available", "benefiting", "improving", "swift", "proportionate", "accurate", "routine");
    private static final Set<String> NOT_PREDICATE = Set.of("looked", "aged", "disabled", "commissioned", "increasing",
            "unaccompanied", "elected", "protected", "needed", "related", "based", "led", "need", "affected", "family",
            "early", "only", "likely", "elderly", "agreed");
    private static final Set<String> LINKING = Set.of("and", "or", "by", "of", "with", "for", "to", "in", "at", "from",
            "on", "about");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "all", "any", "every", "each", "some");

    private final CriteriaCatalog catalog;
    private final Map<String, String> judgements = new HashMap<>();
    private final Map<String, Figure> figures = new HashMap<>();
    private final Evaluation evaluation;

    Words(CriteriaCatalog catalog, Evaluation e) {
        this.catalog = catalog;
        this.evaluation = e;
        e.areas().forEach(a -> judgements.put(a.judgement().id(), a.judgement().title()));
        for (Criterion c : catalog.criteria()) {
            c.figures().forEach(f -> figures.putIfAbsent(f.id(), f));
        }
    }

    /**
     * What a report says beside a finding's general statement: how widely it holds by the authority's own rating, and,
     * for a focused visit's finding outside the themes the visit looks at, that it is not weighed. Empty when neither
     * applies.
     */
    java.util.List<String> qualifiers(Finding f) {
        java.util.List<String> lines = new java.util.ArrayList<>();
        if (f.prevalence() != null) {
            lines.add(f.prevalence());
        }
        if (!evaluation.weighs(f)) {
            lines.add("Outside the themes this focused visit looks at: reported, but not weighed in the indicative "
                    + "grade.");
        }
        return lines;
    }

    /** "requires improvement to be good". */
    static String grade(Grade grade) {
        return grade.words();
    }

    /** A rating's meaning, short: "true for most children, with a small number of exceptions". */
    static String meaning(Rating rating) {
        String m = rating.meaning();
        int cut = m.indexOf(" (");
        m = (cut < 0 ? m : m.substring(0, cut)).replaceAll("\\.$", "");
        return Character.toLowerCase(m.charAt(0)) + m.substring(1);
    }

    /** The judgement's title, or the id when the evaluation does not grade it. */
    String judgement(String id) {
        return judgements.getOrDefault(id, id.replace('_', ' '));
    }

    /** The criterion's question, or its id in words when the pack does not define it. */
    String question(String criterion) {
        return catalog.criterion(criterion).map(Criterion::question).orElse(criterion.replace('_', ' '));
    }

    /** A figure's label: "Average caseload of a social worker". */
    String figure(String id) {
        Figure f = figures.get(id);
        return f == null ? id.replace('_', ' ') : f.label();
    }

    /**
     * Text the rules wrote about a finding, with identifiers named in words: a criterion by its question, a judgement
     * by its title, a figure by its label, {@code not_assessed} as "not assessed"; line numbers are left to the
     * appendix.
     */
    String detail(String text) {
        return detail(text, Set.of(), "your");
    }

    /**
     * As {@link #detail(String)}, for a letter, which speaks of the authority rather than to it: "the authority's own
     * figure for ..." rather than "your own figure for ...".
     */
    String detailInLetter(String text) {
        return detail(text, Set.of(), "the authority's");
    }

    /**
     * As {@link #detail(String)}, for a finding whose answers are shown below the text: those criteria read "the
     * answer below" rather than their questions again.
     */
    String detail(String text, Finding finding) {
        Set<String> shown = new java.util.HashSet<>();
        finding.getAnswers().forEach(a -> shown.add(a.getCriterion()));
        return detail(text, shown, "your");
    }

    /** @param owner whose figures they are, in lower case: "your", "the authority's" */
    private String detail(String text, Set<String> shown, String owner) {
        if (text == null) {
            return null;
        }
        Matcher fig = FIGURE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (fig.find()) {
            boolean start = fig.start() == 0 || text.substring(0, fig.start()).endsWith(". ");
            fig.appendReplacement(out, Matcher.quoteReplacement((start ? upperFirst(owner) : owner) + " own figure for "
                    + lowerFirst(figure(fig.group(1))) + " is " + fig.group(2) + "."));
        }
        fig.appendTail(out);
        String plain = LINE.matcher(out.toString()).replaceAll("");
        Matcher id = IDENTIFIER.matcher(plain);
        StringBuilder named = new StringBuilder();
        while (id.find()) {
            boolean start = id.start() == 0 || plain.substring(0, id.start()).endsWith(". ");
            String name = shown.contains(id.group()) ? (start ? "The" : "the") + " answer below" : name(id.group());
            id.appendReplacement(named, Matcher.quoteReplacement(name));
        }
        id.appendTail(named);
        return named.toString();
    }

    private String name(String id) {
        if (id.equals(Rating.NOT_ASSESSED)) {
            return "not assessed";
        }
        Optional<Grade> grade = Grade.fromId(id);
        if (grade.isPresent()) {
            return grade.get().words();
        }
        if (judgements.containsKey(id)) {
            return lowerFirst(judgements.get(id));
        }
        if (catalog.criterion(id).isPresent()) {
            return "\u201c" + question(id) + "\u201d";
        }
        return figures.containsKey(id) ? lowerFirst(figure(id)) : id;
    }

    /**
     * The question as a statement of practice, "care plans set clear targets" from "Do care plans set clear
     * targets?", or empty when its form is not one this can turn round safely.
     */
    static Optional<String> statement(String question) {
        String q = question.trim();
        if (!q.endsWith("?") || q.indexOf('?') != q.length() - 1) {
            return Optional.empty();
        }
        q = q.substring(0, q.length() - 1);
        if (q.matches(".*,? and (do|does|are|is|have|has|can) .*")) {
            return Optional.empty();
        }
        List<String> words = List.of(q.split(" "));
        String first = words.get(0);
        List<String> rest = words.subList(1, words.size());
        switch (first) {
            case "Do":
                return Optional.of(String.join(" ", rest));
            case "Are", "Is", "Have", "Has":
                String verb = first.toLowerCase(Locale.ROOT);
                if (rest.get(0).equals("there")) {
                    return Optional.of("there " + verb + " " + String.join(" ", rest.subList(1, rest.size())));
                }
                int at = predicate(rest);
                if (at < 0) {
                    return Optional.empty();
                }
                return Optional.of(String.join(" ", rest.subList(0, at)) + " " + verb + " "
                        + String.join(" ", rest.subList(at, rest.size())));
            default:
                return Optional.empty();
        }
    }

    /**
     * Where what is said of the subject starts, or -1 when no word plainly starts it: a word that only describes
     * ("well", "timely"), "in place", "of good quality", a participle after a plural noun ("care leavers helped"), or an
     * adverb before a participle ("robustly monitored"). A subject holding a comma or a clause of its own ("who are")
     * is not turned round.
     */
    private static int predicate(List<String> words) {
        int from = DETERMINERS.contains(words.get(0).toLowerCase(Locale.ROOT)) ? 2 : 1;
        int depth = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String bare = w.replaceAll("[^A-Za-z'-]", "").toLowerCase(Locale.ROOT);
            boolean inside = depth > 0 || w.startsWith("(");
            depth += count(w, '(') - count(w, ')');
            if (i < from || inside || bare.isEmpty() || NOT_PREDICATE.contains(bare)) {
                continue;
            }
            String before = words.get(i - 1);
            String next = i + 1 < words.size() ? words.get(i + 1).replaceAll("[^A-Za-z'-]", "").toLowerCase(Locale.ROOT) : "";
            boolean starts = PREDICATE.contains(bare)
                    || bare.equals("in") && next.startsWith("place")
                    || bare.equals("of") && String.join(" ", words.subList(i, Math.min(words.size(), i + 4)))
                            .matches("of (consistently )?(good|high) quality.*")
                    || bare.endsWith("ed") && (before.endsWith("s") || before.endsWith("'") || before.endsWith(")"))
                    || bare.endsWith("ly") && next.endsWith("ed");
            if (bare.equals("well") && !next.endsWith("ed") && !next.equals("understood")) {
                starts = false;
            }
            if (!starts || LINKING.contains(before.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String subject = String.join(" ", words.subList(0, i));
            if (subject.contains(",") || subject.matches(".*\\b(who|that|which|whose)\\b.*")) {
                return -1;
            }
            return i;
        }
        return -1;
    }

    private static int count(String s, char c) {
        return (int) s.chars().filter(x -> x == c).count();
    }

    static String lowerFirst(String s) {
        return s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))
                ? Character.toLowerCase(s.charAt(0)) + s.substring(1) : s;
    }

    static String upperFirst(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
