package uk.selfcheck.web;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.selfcheck.input.YamlNode;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.Judgement;
import uk.selfcheck.model.NotAssessed;
import uk.selfcheck.model.PackManifest;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.model.SelfGrade;

/**
 * What the form shows of a self-assessment under a framework: under its own, everything; under another the leader
 * switches to, every answer whose criterion that framework also judges, every expected grade and judgement to predict
 * that it also has, and, in plain words, a list of everything else, which the switch would drop.
 */
final class FrameworkSwitch {
    private final PackManifest manifest;
    private final CriteriaCatalog catalog;

    FrameworkSwitch(PackManifest manifest, CriteriaCatalog catalog) {
        this.manifest = manifest;
        this.catalog = catalog;
    }

    /** The form's values under {@code target}, and what of the assessment they leave out. */
    record Result(FormPage.Values values, List<String> dropped) {
    }

    /**
     * @param assessment the self-assessment as read under its own framework
     * @param root the same file's YAML, for the scope as written
     */
    Result to(Framework target, SelfAssessment assessment, YamlNode root) {
        Framework from = manifest.framework(assessment.header().framework()).orElse(target);
        List<String> dropped = new ArrayList<>();
        List<Answer> answers = new ArrayList<>();
        for (Answer answer : assessment.answers()) {
            if (target.judgementFor(answer.getArea()).isPresent()) {
                answers.add(answer);
            } else {
                dropped.add(describe(answer));
            }
        }
        Set<String> written = new HashSet<>();
        answers.forEach(a -> written.add(a.getCriterion()));
        List<NotAssessed> unassessed = new ArrayList<>();
        Map<String, String> allNotes = notes(root);
        Map<String, String> notes = new LinkedHashMap<>();
        Map<String, Integer> droppedNotAssessed = new LinkedHashMap<>();
        for (NotAssessed n : assessment.unassessed()) {
            if (n.isOmitted()) {
                continue;
            }
            String note = allNotes.get(n.getCriterion());
            if (target.judgementFor(n.getArea()).isPresent()) {
                unassessed.add(n);
                written.add(n.getCriterion());
                if (note != null) {
                    notes.put(n.getCriterion(), note);
                }
            } else if (note != null) {
                dropped.add("Your note on \"" + question(n.getCriterion()) + "\" (not assessed)");
            } else {
                droppedNotAssessed.merge(n.getArea(), 1, Integer::sum);
            }
        }
        droppedNotAssessed.forEach((area, count) -> dropped.add(count + (count == 1 ? " criterion" : " criteria")
                + " of " + manifest.areas().getOrDefault(area, area) + " written down as not assessed"));
        // what the file leaves out, under the target's areas, stays left out until rated
        for (Criterion c : catalog.criteria()) {
            if (target.judgementFor(c.area()).isPresent() && !written.contains(c.id())) {
                unassessed.add(NotAssessed.omitted(c));
            }
        }
        Map<String, String> selfGrades = new LinkedHashMap<>();
        for (SelfGrade grade : assessment.selfGrades()) {
            if (target.judgement(grade.judgement()).isPresent()) {
                selfGrades.put(grade.judgement(), grade.grade().id());
            } else {
                dropped.add("The grade you expect for " + title(from, grade.judgement()) + ": "
                        + grade.grade().label());
            }
        }
        List<String> scopeJudgements = new ArrayList<>();
        for (String judgement : scopeJudgements(root)) {
            if (target.judgement(judgement).isPresent()) {
                scopeJudgements.add(judgement);
            } else {
                dropped.add(title(from, judgement) + ", among the judgements to predict");
            }
        }
        FormPage.Values values = new FormPage.Values(assessment.header().authority(), assessment.header().date(),
                target, scopeText(root, "visit"), scopeText(root, "theme"), scopeJudgements, selfGrades, answers,
                unassessed, notes);
        return new Result(values, dropped);
    }

    private String question(String criterion) {
        return catalog.criterion(criterion).map(Criterion::question).orElse(criterion);
    }

    /**
     * The evidence written with each criterion rated not_assessed, which the reader does not keep: in the file's
     * layout, answers, then area, theme and criterion.
     */
    private static Map<String, String> notes(YamlNode root) {
        Map<String, String> notes = new LinkedHashMap<>();
        if (!(root instanceof YamlNode.Mapping top) || !(top.get("answers") instanceof YamlNode.Mapping areas)) {
            return notes;
        }
        for (YamlNode.Entry area : areas.entries().values()) {
            if (!(area.value() instanceof YamlNode.Mapping themes)) {
                continue;
            }
            for (YamlNode.Entry theme : themes.entries().values()) {
                if (!(theme.value() instanceof YamlNode.Mapping criteria)) {
                    continue;
                }
                for (YamlNode.Entry criterion : criteria.entries().values()) {
                    if (criterion.value() instanceof YamlNode.Mapping answer
                            && answer.get("rating") instanceof YamlNode.Scalar rating
                            && uk.selfcheck.model.Rating.NOT_ASSESSED.equals(rating.text())
                            && answer.get("evidence") instanceof YamlNode.Scalar evidence
                            && evidence.text() != null && !evidence.text().isBlank()) {
                        notes.put(criterion.key(), evidence.text());
                    }
                }
            }
        }
        return notes;
    }

    private String describe(Answer answer) {
        String question = question(answer.getCriterion());
        List<String> with = new ArrayList<>();
        if (answer.getEvidence() != null && !answer.getEvidence().isBlank()) {
            with.add("evidence");
        }
        if (!answer.getFigures().isEmpty()) {
            with.add(answer.getFigures().size() == 1 ? "a figure" : answer.getFigures().size() + " figures");
        }
        return "Your answer to \"" + question + "\": " + answer.getRating().id()
                + (with.isEmpty() ? "" : ", with " + String.join(" and ", with));
    }

    private static String title(Framework framework, String judgement) {
        return framework.judgement(judgement).map(Judgement::title).orElse(judgement);
    }

    /** What the file writes under scope, as written (the form keeps it as the leader wrote it). */
    private static String scopeText(YamlNode root, String key) {
        YamlNode value = scope(root) == null ? null : scope(root).get(key);
        return value instanceof YamlNode.Scalar scalar && scalar.text() != null ? scalar.text() : null;
    }

    private static List<String> scopeJudgements(YamlNode root) {
        YamlNode value = scope(root) == null ? null : scope(root).get("judgements");
        if (value instanceof YamlNode.Sequence sequence) {
            return sequence.items().stream().filter(YamlNode.Scalar.class::isInstance)
                    .map(item -> ((YamlNode.Scalar) item).text()).toList();
        }
        return List.of();
    }

    private static YamlNode.Mapping scope(YamlNode root) {
        return root instanceof YamlNode.Mapping map && map.get("scope") instanceof YamlNode.Mapping scope
                ? scope : null;
    }
}
