package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.Severity;

/**
 * The findings drafted the way an inspection letter sets them out: the judgements, the headline findings, what needs
 * to improve (areas for priority action first), then the main findings theme by theme. Built once as plain blocks,
 * which {@link TextLetter}, {@link MarkdownLetter} and {@link HtmlLetter} each lay out.
 */
record Letter(String title, String notice, List<Block> blocks) {
    /** How many strengths and weaknesses each headline paragraph quotes. */
    static final int HEADLINE_FINDINGS = 2;

    sealed interface Block permits Heading, Paragraph, Items, PriorityList {
    }

    /** The priorities, each with the edit to the file beside it in small type. */
    record PriorityList(List<Priorities.Priority> priorities) implements Block {
    }

    /** Level 2 for a section, 3 for an area within the main findings. */
    record Heading(int level, String text) implements Block {
    }

    /** {@code lead}, shown in bold, may be empty. */
    record Paragraph(String lead, String text) implements Block {
    }

    record Items(List<String> items, boolean numbered) implements Block {
    }

    static Letter of(Evaluation e, ReportContext context) {
        boolean focused = e.assessment().focusedVisit();
        String title = "Predicted inspection letter: " + e.assessment().authority() + " children's services";
        String notice = "PREDICTION. selfcheck drafted this letter from the authority's own self-assessment dated "
                + e.assessment().date() + ". It predicts what an inspection might find; it is not an Ofsted letter "
                + "or judgement" + (focused ? ", and a focused visit gives no grade: the grades are indicative." : ".");
        List<Block> blocks = new ArrayList<>();
        blocks.add(new Heading(2, focused ? "Indicative grades" : "Predicted judgements"));
        Words words = new Words(context.catalog(), e);
        List<String> grades = new ArrayList<>();
        for (Evaluation.AreaResult area : e.areas()) {
            grades.add(area.judgement().title() + ": " + area.predicted().map(g -> g.label()).orElse("not graded ("
                    + words.detail(area.grade().getUngradedReason()) + ")"));
        }
        if (e.overall() != null) {
            grades.add("Overall effectiveness: " + e.overall().getGrade().label());
        }
        blocks.add(new Items(grades, false));
        List<Priorities.Priority> priorities = Priorities.of(context.raises(), words);
        if (!priorities.isEmpty()) {
            blocks.add(new Heading(2, Priorities.HEADING + " (selfcheck's analysis)"));
            blocks.add(new Paragraph("", Priorities.INTRO));
            blocks.add(new PriorityList(priorities));
        }
        headlines(e, words, blocks);
        improvements(e, blocks);
        blocks.add(new Heading(2, "Main findings"));
        for (Map.Entry<String, Map<String, List<Finding>>> area : ReportContext.byAreaAndTheme(e.findings())
                .entrySet()) {
            blocks.add(new Heading(3, context.areaTitle(area.getKey())));
            for (Map.Entry<String, List<Finding>> theme : area.getValue().entrySet()) {
                blocks.add(new Paragraph(context.themeTitle(area.getKey(), theme.getKey()) + ".",
                        LetterProse.of(theme.getValue(), words)));
            }
        }
        if (!context.raises().isEmpty()) {
            blocks.add(new Heading(2, Raises.HEADING + " (selfcheck's analysis; not part of an inspection letter)"));
            for (GradeRaise raise : context.raises()) {
                blocks.add(new Paragraph(Raises.headline(raise) + ".", Raises.summary(raise, words)));
                if (raise.found()) {
                    blocks.add(new Items(Raises.items(raise, words).stream().map(Raises.Item::plain).toList(),
                            false));
                }
            }
        }
        if (e.findings().isEmpty()) {
            blocks.add(new Paragraph("", "Nothing was found: too little of the self-assessment was rated."));
        }
        blocks.add(new Paragraph("", "End of the predicted letter. Every finding comes from a rule that cites "
                + "published inspection letters; 'selfcheck check' shows the answers and sources behind each."));
        if (!PackLines.trust(e).isEmpty()) {
            blocks.add(new Paragraph("", PackLines.trust(e)));
        }
        PackLines.of(e.pack()).forEach(line -> blocks.add(new Paragraph("", line)));
        return new Letter(title, notice, List.copyOf(blocks));
    }

    private static void headlines(Evaluation e, Words words, List<Block> blocks) {
        blocks.add(new Heading(2, "Headline findings"));
        for (Evaluation.AreaResult area : e.areas()) {
            if (area.predicted().isEmpty()) {
                continue;
            }
            List<Finding> own = e.findings().stream().filter(f -> area.judgement().covers(f.getArea())).toList();
            List<Finding> strengths = own.stream().filter(Finding::isStrength)
                    .sorted(Comparator.comparing(Finding::isExceptional).reversed()
                            .thenComparing(Comparator.comparing(Finding::getSeverity).reversed())
                            .thenComparing(Finding::getId))
                    .limit(HEADLINE_FINDINGS).toList();
            List<Finding> weaknesses = own.stream().filter(Finding::isWeakness)
                    .sorted(Comparator.comparing(Finding::getEffectiveSeverity).reversed().thenComparing(Finding::getId))
                    .limit(HEADLINE_FINDINGS).toList();
            List<Finding> quoted = new ArrayList<>(strengths);
            quoted.addAll(weaknesses);
            blocks.add(new Paragraph(area.judgement().title() + ": " + area.predicted().get().label() + ".",
                    LetterProse.headline(quoted, words)));
        }
    }

    private static void improvements(Evaluation e, List<Block> blocks) {
        List<Finding> all = ReportContext.improvements(e);
        // a focused visit's weakness outside its themes is never an area for priority action of that visit
        List<String> priority = all.stream().filter(f -> f.getEffectiveSeverity() == Severity.CRITICAL && e.weighs(f))
                .map(f -> f.getRule().recommendation()).toList();
        if (!priority.isEmpty()) {
            blocks.add(new Heading(2, "Areas for priority action"));
            blocks.add(new Items(priority, true));
        }
        blocks.add(new Heading(2, "What needs to improve"));
        List<String> rest = all.stream().filter(f -> f.getEffectiveSeverity() != Severity.CRITICAL || !e.weighs(f))
                .map(f -> f.getRule().recommendation() + (e.weighs(f) ? ""
                        : " (" + ReportContext.OUTSIDE_THE_VISIT + ")")).toList();
        if (rest.isEmpty()) {
            blocks.add(new Paragraph("", priority.isEmpty() ? "Nothing: no weaknesses were found."
                    : "Nothing beyond the areas for priority action."));
        } else {
            blocks.add(new Items(rest, true));
        }
    }
}
