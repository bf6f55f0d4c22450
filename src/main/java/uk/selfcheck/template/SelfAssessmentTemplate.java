package uk.selfcheck.template;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Figure;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.Judgement;
import uk.selfcheck.model.PackManifest;
import uk.selfcheck.model.Rating;
import uk.selfcheck.model.Theme;

/**
 * A blank self-assessment for one framework: every criterion of the pack that the framework judges, grouped by area
 * and theme, each with its question and allowed answers as comments and {@code not_assessed} filled in, so a leader
 * starts from a file that already passes {@code selfcheck check} and changes only answers.
 */
public final class SelfAssessmentTemplate {
    private static final int WIDTH = 118;
    private static final String ALLOWED = String.join(" | ", Rating.allowedValues().subList(0,
            Rating.allowedValues().size() - 1));

    private final PackManifest manifest;
    private final CriteriaCatalog catalog;

    public SelfAssessmentTemplate(PackManifest manifest, CriteriaCatalog catalog) {
        this.manifest = manifest;
        this.catalog = catalog;
    }

    /**
     * @param schema where the editor finds the JSON Schema, relative to the template or a URL
     */
    public String render(Framework framework, LocalDate date, String schema) {
        StringBuilder out = new StringBuilder();
        out.append("# yaml-language-server: $schema=").append(schema).append('\n');
        header(out, framework);
        List<String> areas = areasJudged(manifest, framework);
        out.append("answers:\n");
        for (String area : areas) {
            area(out, area);
        }
        return out.toString().replace("@DATE@", date.toString());
    }

    /** The criteria areas the framework judges, in the order pack.yaml lists them. */
    public static List<String> areasJudged(PackManifest manifest, Framework framework) {
        return manifest.areas().keySet().stream().filter(a -> framework.judgementFor(a).isPresent()).toList();
    }

    private void header(StringBuilder out, Framework framework) {
        comment(out, "", "Self-assessment for selfcheck: rule pack " + manifest.name() + " " + manifest.version()
                + ", framework " + framework.id() + ".");
        comment(out, "", "Rate every criterion below with how widely it holds, in inspectors' words:");
        for (Rating rating : ratingsBestFirst()) {
            comment(out, "", "  " + pad(rating.id(), 16), rating.meaning(), 18);
        }
        comment(out, "", "  " + pad(Rating.NOT_ASSESSED, 16), "Not looked at: counts neither way.", 18);
        comment(out, "", "To add your evidence or figures, write the answer in full:");
        comment(out, "", "  ", "caseloads_manageable:", 0);
        comment(out, "", "    ", "rating: mostly", 0);
        comment(out, "", "    ", "evidence: \"January audit: 19 on average, two teams above 25.\"", 0);
        comment(out, "", "    ", "figures:", 0);
        comment(out, "", "      ", "average_caseload: 19", 0);
        comment(out, "", "Then run: selfcheck check THIS_FILE. The first line lets an editor with the YAML language "
                + "server check each value as you type; write the schema it names beside this file with: "
                + "selfcheck schema --framework " + framework.id() + " --output selfcheck.schema.json");
        out.append('\n');
        field(out, "authority: \"" + SelfAssessmentReader.AUTHORITY_PLACEHOLDER + "\"", "the local authority's name");
        field(out, "date: @DATE@", "when the self-assessment was written (YYYY-MM-DD)");
        field(out, "framework: " + framework.id(), framework.title());
        field(out, "# scope:", "leave out for a full inspection; for a focused visit:");
        field(out, "#   visit: focused_visit", "a focused visit gives no grade: the report gives indicative grades");
        field(out, "#   theme: " + manifest.focusedVisitThemes().keySet().iterator().next(),
                String.join(", ", manifest.focusedVisitThemes().keySet()));
        List<String> graded = framework.judgements().stream().map(Judgement::id).toList();
        String example = framework.judgements().stream().filter(j -> !j.isLeadership()).map(Judgement::id)
                .findFirst().orElse(graded.get(0));
        field(out, "# self_assessed_grades:", "optional: the grades you expect, compared with the evidence");
        field(out, "#   " + example + ": good", "any of: " + String.join(", ", graded));
        out.append('\n');
    }

    private void area(StringBuilder out, String area) {
        String rule = "=".repeat(WIDTH - 4);
        out.append('\n');
        out.append("  # ").append(rule).append('\n');
        out.append("  # ").append(manifest.areas().getOrDefault(area, area)).append('\n');
        out.append("  # ").append(rule).append('\n');
        out.append("  ").append(area).append(":\n");
        for (Theme theme : catalog.themes(area).values()) {
            out.append('\n');
            out.append("    # --- ").append(theme.title()).append(" ---\n");
            out.append("    ").append(theme.id()).append(":\n");
            for (Criterion criterion : theme.criteria()) {
                criterion(out, criterion);
            }
        }
    }

    private void criterion(StringBuilder out, Criterion criterion) {
        String indent = "      ";
        comment(out, indent, criterion.question());
        if (!criterion.figures().isEmpty()) {
            comment(out, indent, "Figures you may give with a rating: " + criterion.figures().stream()
                    .map(SelfAssessmentTemplate::describe).collect(Collectors.joining("; ")) + ".");
        }
        out.append(indent).append(criterion.id()).append(": ").append(Rating.NOT_ASSESSED).append("  # ")
                .append(ALLOWED).append('\n');
    }

    private static String describe(Figure figure) {
        return figure.id() + " (" + figure.label() + ("percent".equals(figure.unit()) ? ", 0 to 100" : "") + ")";
    }

    private static void field(StringBuilder out, String line, String comment) {
        out.append(pad(line, 40)).append(" # ").append(comment).append('\n');
    }

    /** Writes {@code text} as comment lines, wrapped to the template's width. */
    private static void comment(StringBuilder out, String indent, String text) {
        comment(out, indent, "", text, 0);
    }

    /**
     * @param lead written before the text on the first line (kept as it is, spaces included)
     * @param hang how far continuation lines are indented past the '#'
     */
    private static void comment(StringBuilder out, String indent, String lead, String text, int hang) {
        String first = indent + "# " + lead;
        String next = indent + "# " + " ".repeat(hang);
        StringBuilder line = new StringBuilder(first);
        int start = first.length();
        for (String word : text.trim().split(" +")) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                out.append(line).append('\n');
                line = new StringBuilder(next);
                start = next.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        out.append(line).append('\n');
    }

    private static String pad(String text, int width) {
        StringBuilder padded = new StringBuilder(text);
        while (padded.length() < width) {
            padded.append(' ');
        }
        return padded.toString();
    }

    private static List<Rating> ratingsBestFirst() {
        List<Rating> ratings = new ArrayList<>(List.of(Rating.values()));
        java.util.Collections.reverse(ratings);
        return ratings;
    }
}
