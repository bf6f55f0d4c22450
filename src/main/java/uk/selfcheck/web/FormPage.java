package uk.selfcheck.web;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.owasp.encoder.Encode;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Figure;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.Judgement;
import uk.selfcheck.model.NotAssessed;
import uk.selfcheck.model.PackManifest;
import uk.selfcheck.model.Rating;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Theme;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.template.SelfAssessmentTemplate;

/**
 * The self-assessment as a form, generated from the pack's criteria the way {@link SelfAssessmentTemplate} writes
 * the file: the header, then each area the framework judges as a section, each theme as a group, each criterion's
 * question with its rating (a choice of the scale's words, with what each means), an evidence note and its figures.
 * The form starts from the answers in the file. Every piece of text is escaped; the page holds no script or style of
 * its own: both come from the tool as separate files, so the content security policy can forbid anything inline.
 */
final class FormPage {
    private final PackManifest manifest;
    private final CriteriaCatalog catalog;

    FormPage(PackManifest manifest, CriteriaCatalog catalog) {
        this.manifest = manifest;
        this.catalog = catalog;
    }

    /**
     * What the file says, as the form shows it.
     *
     * @param notes the evidence written with a criterion rated not_assessed, by criterion (the reader keeps no
     *              evidence for those; the form shows it so a save keeps it)
     */
    record Values(String authority, String date, Framework framework, String visit, String visitTheme,
                  List<String> scopeJudgements, Map<String, String> selfGrades, List<Answer> answers,
                  List<NotAssessed> unassessed, Map<String, String> notes) {
    }

    /**
     * @param comments how many comment lines the file holds, which saving from the page keeps (the leader is told
     *                 so beside the save button)
     */
    String render(Values values, String file, String version, String token, int comments) {
        StringBuilder out = new StringBuilder(256 * 1024);
        String title = "Self-assessment: " + values.authority();
        out.append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(text(title)).append(" | selfcheck</title>\n")
                .append("<link rel=\"icon\" href=\"data:,\">\n")
                .append("<link rel=\"stylesheet\" href=\"/static/page.css?token=").append(attr(token))
                .append("\">\n<script src=\"/static/page.js?token=").append(attr(token))
                .append("\" defer></script>\n</head>\n")
                .append("<body data-token=\"").append(attr(token)).append("\" data-grades=\"")
                .append(attr(gradeWords())).append("\">\n")
                .append("<a class=\"skip\" href=\"#predicted\">Skip to the predicted judgements</a>\n")
                .append("<header class=\"top\">\n<p class=\"kicker\">selfcheck</p>\n<h1 id=\"title\">")
                .append(text(title)).append("</h1>\n<p class=\"meta\">Editing <span class=\"file\">")
                .append(text(file)).append("</span> with rule pack ").append(text(manifest.name() + " "
                        + manifest.version())).append(". <span id=\"framework-title\">")
                .append(text(values.framework().title())).append("</span>")
                .append(". Each answer you change updates the predicted judgements; nothing is written to the file "
                        + "until you save.</p>\n<p id=\"framework-status\" class=\"status\" role=\"status\" "
                        + "aria-live=\"polite\"></p>\n</header>\n<div class=\"layout\">\n");
        out.append("<form id=\"assessment\" class=\"assessment\" novalidate data-version=\"").append(attr(version))
                .append("\" data-framework=\"").append(attr(values.framework().id())).append("\" data-file=\"")
                .append(attr(file)).append("\">\n");
        out.append(form(values));
        out.append("</form>\n");
        aside(out, file, token, comments);
        out.append("</div>\n</body>\n</html>\n");
        return out.toString();
    }

    /**
     * What the form holds: the header, how to rate, then each area the framework judges. The page replaces it with
     * another framework's when the leader switches.
     */
    String form(Values values) {
        Map<String, Answer> answers = new HashMap<>();
        values.answers().forEach(a -> answers.put(a.getCriterion(), a));
        Set<String> leftOut = new HashSet<>();
        values.unassessed().stream().filter(NotAssessed::isOmitted).forEach(n -> leftOut.add(n.getCriterion()));
        StringBuilder out = new StringBuilder(256 * 1024);
        header(out, values);
        scale(out);
        for (String area : SelfAssessmentTemplate.areasJudged(manifest, values.framework())) {
            area(out, area, answers, leftOut, values.notes());
        }
        return out.toString();
    }

    private void header(StringBuilder out, Values values) {
        out.append("<fieldset class=\"about\">\n<legend>About this self-assessment</legend>\n");
        input(out, "authority", "The local authority's name", "text", values.authority(), "");
        input(out, "date", "When the self-assessment was written", "date", values.date(), "");
        out.append("<div class=\"field\"><label for=\"framework\">Inspection framework</label>\n")
                .append("<select id=\"framework\" aria-describedby=\"framework-hint\">\n");
        for (Framework framework : manifest.frameworks().values()) {
            option(out, framework.id(), framework.title(), framework.id().equals(values.framework().id()));
        }
        out.append("</select>\n<p id=\"framework-hint\" class=\"hint\">Another framework judges some areas "
                + "differently: switching keeps every answer it also asks for, and first lists anything it would "
                + "drop, for you to confirm.</p></div>\n")
                .append("<div id=\"switch-confirm\" class=\"note switch\" tabindex=\"-1\" "
                        + "aria-labelledby=\"switch-title\" hidden></div>\n");
        out.append("<div class=\"field\"><label for=\"scope-visit\">Kind of visit</label>\n")
                .append("<select id=\"scope-visit\" name=\"scope.visit\">\n");
        option(out, "", "Not said (a full inspection)", values.visit() == null);
        for (String visit : SelfAssessmentReader.VISITS) {
            option(out, visit, visit.equals("inspection") ? "A full inspection" : "A focused visit (no grade; "
                    + "the grades are indicative)", visit.equals(values.visit()));
        }
        out.append("</select></div>\n");
        out.append("<div class=\"field\"><label for=\"scope-theme\">Theme of a focused visit</label>\n")
                .append("<select id=\"scope-theme\" name=\"scope.theme\">\n");
        option(out, "", "None", values.visitTheme() == null);
        for (String theme : manifest.focusedVisitThemes().keySet()) {
            option(out, theme, words(theme), theme.equals(values.visitTheme()));
        }
        out.append("</select></div>\n");
        out.append("<fieldset class=\"judgements\">\n<legend>Judgements to predict (tick none for all of them)"
                + "</legend>\n");
        for (Judgement judgement : values.framework().judgements()) {
            String id = "scope-judgement-" + judgement.id();
            out.append("<div class=\"check\"><input type=\"checkbox\" id=\"").append(attr(id))
                    .append("\" name=\"scope.judgements\" value=\"").append(attr(judgement.id())).append('"')
                    .append(values.scopeJudgements().contains(judgement.id()) ? " checked" : "")
                    .append("> <label for=\"").append(attr(id)).append("\">").append(text(judgement.title()))
                    .append("</label></div>\n");
        }
        out.append("</fieldset>\n");
        out.append("<fieldset class=\"self-grades\">\n<legend>The grades you expect (optional, compared with the "
                + "evidence)</legend>\n");
        for (Judgement judgement : values.framework().judgements()) {
            if (judgement.isLeadership()) {
                continue;
            }
            String id = "self-grade-" + judgement.id();
            out.append("<div class=\"field\"><label for=\"").append(attr(id)).append("\">")
                    .append(text(judgement.title())).append("</label>\n<select id=\"").append(attr(id))
                    .append("\" name=\"self_assessed_grades\" data-judgement=\"").append(attr(judgement.id()))
                    .append("\">\n");
            String chosen = values.selfGrades().get(judgement.id());
            option(out, "", "Not said", chosen == null);
            for (int i = Grade.values().length - 1; i >= 0; i--) {
                Grade grade = Grade.values()[i];
                option(out, grade.id(), grade.label(), grade.id().equals(chosen));
            }
            out.append("</select></div>\n");
        }
        out.append("</fieldset>\n</fieldset>\n");
    }

    private static void scale(StringBuilder out) {
        out.append("<section class=\"scale\" aria-labelledby=\"scale-title\">\n<h2 id=\"scale-title\">How to rate "
                + "each criterion</h2>\n<p>Say how widely each statement holds, in inspectors' words:</p>\n<dl>\n");
        for (int i = Rating.values().length - 1; i >= 0; i--) {
            out.append("<dt>").append(text(capital(Rating.values()[i].id()))).append("</dt><dd>")
                    .append(text(Rating.values()[i].meaning())).append("</dd>\n");
        }
        out.append("<dt>Not assessed</dt><dd>Not looked at: counts neither way.</dd>\n</dl>\n</section>\n");
    }

    private void area(StringBuilder out, String area, Map<String, Answer> answers, Set<String> leftOut,
                      Map<String, String> notes) {
        String heading = "area-" + area;
        out.append("<section class=\"area\" data-area=\"").append(attr(area)).append("\" aria-labelledby=\"")
                .append(attr(heading)).append("\">\n<h2 id=\"").append(attr(heading)).append("\">")
                .append(text(manifest.areas().getOrDefault(area, area))).append("</h2>\n");
        for (Theme theme : catalog.themes(area).values()) {
            out.append("<fieldset class=\"theme\" data-theme=\"").append(attr(theme.id())).append("\">\n<legend>")
                    .append(text(theme.title())).append("</legend>\n");
            for (Criterion criterion : theme.criteria()) {
                criterion(out, criterion, answers.get(criterion.id()), leftOut.contains(criterion.id()),
                        notes.get(criterion.id()));
            }
            out.append("</fieldset>\n");
        }
        out.append("</section>\n");
    }

    private static void criterion(StringBuilder out, Criterion criterion, Answer answer, boolean leftOut,
                                  String note) {
        String id = "c-" + criterion.id();
        String rating = answer == null ? Rating.NOT_ASSESSED : answer.getRating().id();
        out.append("<fieldset class=\"criterion\" id=\"").append(attr(id)).append("\" data-criterion=\"")
                .append(attr(criterion.id())).append('"').append(leftOut ? " data-left-out=\"true\"" : "")
                .append(">\n<legend>").append(text(criterion.question())).append("</legend>\n");
        out.append("<div class=\"field\"><label for=\"").append(attr(id)).append("-rating\">Rating</label>\n")
                .append("<select id=\"").append(attr(id)).append("-rating\" class=\"rating\">\n");
        for (int i = Rating.values().length - 1; i >= 0; i--) {
            Rating r = Rating.values()[i];
            option(out, r.id(), capital(r.id()) + ": " + r.meaning(), r.id().equals(rating));
        }
        option(out, Rating.NOT_ASSESSED, "Not assessed: not looked at; counts neither way",
                Rating.NOT_ASSESSED.equals(rating));
        out.append("</select></div>\n");
        out.append("<div class=\"field\"><label for=\"").append(attr(id)).append("-evidence\">Evidence "
                + "(optional)</label>\n<textarea id=\"").append(attr(id))
                .append("-evidence\" class=\"evidence\" rows=\"2\">")
                .append(text(answer == null ? note : answer.getEvidence()))
                .append("</textarea></div>\n");
        for (Figure figure : criterion.figures()) {
            Double value = answer == null ? null : answer.figure(figure.id());
            String fid = id + "-figure-" + figure.id();
            out.append("<div class=\"field figure\"><label for=\"").append(attr(fid)).append("\">")
                    .append(text(capital(figure.label()) + unit(figure)))
                    .append("</label>\n<input type=\"number\" inputmode=\"decimal\" step=\"any\" min=\"")
                    .append(number(figure.min())).append("\" max=\"").append(number(figure.max()))
                    .append("\" id=\"").append(attr(fid)).append("\" class=\"figure\" data-figure=\"")
                    .append(attr(figure.id())).append("\" value=\"")
                    .append(value == null ? "" : number(value)).append("\"></div>\n");
        }
        out.append("</fieldset>\n");
    }

    private static void aside(StringBuilder out, String file, String token, int comments) {
        out.append("<aside id=\"predicted\" class=\"predicted\" aria-labelledby=\"predicted-title\" tabindex=\"-1\">\n")
                .append("<h2 id=\"predicted-title\">Predicted judgements</h2>\n")
                .append("<p class=\"note\">A prediction from these answers, not an Ofsted judgement.</p>\n")
                .append("<p id=\"check-status\" class=\"status\" role=\"status\" aria-live=\"polite\">Checking the "
                        + "answers...</p>\n")
                .append("<ul id=\"grades\" class=\"grades\"></ul>\n")
                .append("<ul id=\"problems\" class=\"problems\" hidden></ul>\n")
                .append("<h3 id=\"priorities-title\">Priorities</h3>\n")
                .append("<p id=\"priorities-status\" class=\"status\" role=\"status\" aria-live=\"polite\">Worked "
                        + "out a moment after the judgements.</p>\n")
                .append("<ol id=\"priorities\" class=\"priorities\" aria-labelledby=\"priorities-title\"></ol>\n")
                .append("<p id=\"draft-status\" class=\"note\" role=\"status\" aria-live=\"polite\"></p>\n")
                .append("<form id=\"report-form\" method=\"post\" action=\"/report?token=").append(attr(token))
                .append("\" target=\"_blank\">\n<input type=\"hidden\" name=\"yaml\" id=\"report-yaml\">\n")
                .append("<button type=\"submit\" name=\"download\" value=\"no\">Open the full report</button>\n")
                .append("<button type=\"submit\" name=\"download\" value=\"yes\">Download the report</button>\n")
                .append("<button type=\"submit\" name=\"letter\" value=\"open\">Open the predicted letter</button>\n")
                .append("<button type=\"submit\" name=\"letter\" value=\"download\">Download the letter</button>\n")
                .append("</form>\n<div class=\"save\">\n<button type=\"button\" id=\"save\">Save to ")
                .append(text(file)).append("</button>\n")
                .append(comments == 0 ? "" : "<p id=\"comments-note\" class=\"note\">" + text(file) + " holds "
                        + comments + (comments == 1 ? " comment" : " comments") + ". Saving from this page keeps "
                        + (comments == 1 ? "it" : "them") + ": only the values you change are rewritten, and a comment "
                        + "goes only with an answer you take out, when it stands on that answer's line.</p>\n")
                .append("<p id=\"save-status\" class=\"status\" role=\"status\" aria-live=\"polite\"></p>\n")
                .append("<button type=\"button\" id=\"reload\" hidden>Reload the file (loses the changes made "
                        + "here)</button>\n</div>\n</aside>\n");
    }

    private static void input(StringBuilder out, String name, String label, String type, String value,
                              String extra) {
        out.append("<div class=\"field\"><label for=\"").append(name).append("\">").append(text(label))
                .append("</label>\n<input type=\"").append(type).append("\" id=\"").append(name).append("\" name=\"")
                .append(name).append("\" value=\"").append(attr(value)).append('"').append(extra)
                .append("></div>\n");
    }

    private static void option(StringBuilder out, String value, String label, boolean selected) {
        out.append("<option value=\"").append(attr(value)).append('"').append(selected ? " selected" : "")
                .append('>').append(text(label)).append("</option>\n");
    }

    private static String gradeWords() {
        Map<String, String> words = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            words.put(grade.id(), grade.label());
        }
        try {
            return uk.selfcheck.report.JsonReport.MAPPER.writer().withoutFeatures(
                    com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(words);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The figure's unit after its label, unless the label already says it. */
    private static String unit(Figure figure) {
        if ("percent".equals(figure.unit())) {
            return " (percent, 0 to 100)";
        }
        return figure.label().contains(figure.unit()) ? "" : " (" + figure.unit() + ")";
    }

    static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    private static String words(String id) {
        return capital(id.replace('_', ' '));
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String text(String s) {
        return s == null ? "" : Encode.forHtml(s);
    }

    private static String attr(String s) {
        return s == null ? "" : Encode.forHtmlAttribute(s);
    }
}
