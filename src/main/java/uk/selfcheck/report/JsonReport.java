package uk.selfcheck.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import uk.selfcheck.analysis.Change;
import uk.selfcheck.analysis.GradeRaise;
import uk.selfcheck.analysis.Resolution;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Cap;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;
import uk.selfcheck.model.MeasuredAgreement;

/** The machine-readable report. Field order is fixed and lists are sorted, so output is byte-identical run to run. */
public final class JsonReport implements Report {
    /** The one mapper of the tool: building one costs more than most reports. */
    public static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final List<GradeRaise> raises;

    public JsonReport() {
        this(List.of());
    }

    public JsonReport(List<GradeRaise> raises) {
        this.raises = raises;
    }

    @Override
    public String render(Evaluation e) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("authority", e.assessment().authority());
        root.put("date", e.assessment().date());
        root.put("framework", e.framework().id());
        root.put("visit", e.assessment().focusedVisit() ? "focused_visit" : "inspection");
        if (e.assessment().visitTheme() != null) {
            root.put("theme", e.assessment().visitTheme());
        }
        root.put("indicative", e.assessment().focusedVisit());
        root.put("pack", e.pack().label());
        ObjectNode pack = root.putObject("rule_pack");
        pack.put("name", e.pack().name());
        pack.put("version", e.pack().version());
        pack.put("description", e.pack().description());
        pack.put("hash", e.pack().hash());
        ArrayNode overlays = pack.putArray("overlays");
        e.pack().overlays().forEach(o -> overlays.addObject().put("folder", o.folder())
                .put("description", o.description()).put("hash", o.hash()));
        MeasuredAgreement measured = e.pack().measured();
        if (measured != null) {
            // as the pack states it; "statement" says what it means for this report (an overlay, a focused visit)
            ObjectNode agreement = pack.putObject("measured_agreement");
            agreement.put("fixtures", measured.fixtures());
            agreement.put("inspections", measured.inspections());
            agreement.putObject("overall").put("exact", measured.overallExact()).put("total", measured.overallTotal());
            agreement.putObject("judgements").put("exact", measured.judgementsExact())
                    .put("total", measured.judgementsTotal());
            agreement.put("off_by_two", measured.offByTwo());
            agreement.put("statement", PackLines.trust(e));
        }
        ObjectNode judgements = root.putObject("judgements");
        for (Evaluation.AreaResult area : e.areas()) {
            area.predicted().ifPresent(g -> judgements.put(area.judgement().id(), g.id()));
        }
        if (e.overall() != null) {
            judgements.put("overall", e.overall().getGrade().id());
        }
        ArrayNode areas = root.putArray("areas");
        for (Evaluation.AreaResult area : e.areas()) {
            ObjectNode node = areas.addObject();
            node.put("id", area.judgement().id());
            node.put("title", area.judgement().title());
            if (area.grade().isGraded()) {
                node.put("grade", area.grade().getGrade().id());
            } else {
                node.putNull("grade");
                node.put("ungraded_reason", area.grade().getUngradedReason());
            }
            if (area.totals() != null) {
                node.put("answered", area.totals().getAnswered());
                node.put("strengths", area.totals().strengths());
                node.put("weaknesses", area.totals().weaknesses());
                node.put("strength_weight", area.totals().getStrengthWeight());
                node.put("weakness_weight", area.totals().getWeaknessWeight());
                node.put("exceptional_strengths", area.totals().getExceptionalStrengths());
            }
            caps(node.putArray("reasons"), area.grade().isGraded() ? area.grade().getCaps() : List.of());
        }
        if (e.overall() != null) {
            ObjectNode overall = root.putObject("overall");
            overall.put("grade", e.overall().getGrade().id());
            overall.put("basis", e.overall().getBasis());
            caps(overall.putArray("reasons"), e.overall().getCaps());
        } else {
            root.putNull("overall");
            root.put("overall_absent", e.overallAbsent());
        }
        ArrayNode findings = root.putArray("findings");
        e.findings().forEach(f -> {
            ObjectNode node = findings.addObject();
            finding(node, f);
            if (!e.weighs(f)) {
                // a focused visit's finding outside the themes the visit looks at: reported, not weighed
                node.put("weighed", false);
            }
        });
        ArrayNode improve = root.putArray("what_needs_to_improve");
        for (Finding f : ReportContext.improvements(e)) {
            ObjectNode node = improve.addObject();
            node.put("id", f.getId());
            node.put("area", f.getArea());
            node.put("severity", f.getEffectiveSeverity().id());
            node.put("recommendation", f.getRule().recommendation());
            if (!e.weighs(f)) {
                node.put("weighed", false);
            }
        }
        ArrayNode raise = root.putArray("what_would_raise");
        raises.forEach(r -> raise(raise.addObject(), r));
        ArrayNode notAssessed = root.putArray("not_assessed");
        e.notAssessed().forEach(notAssessed::add);
        ArrayNode leftOut = root.putArray("left_out");
        e.leftOut().forEach(leftOut::add);
        return write(root);
    }

    private static void raise(ObjectNode node, GradeRaise raise) {
        node.put("judgement", raise.judgement());
        node.put("grade", raise.from().id());
        node.put("to", raise.to().id());
        node.put("found", raise.found());
        node.put("smallest", raise.minimum());
        if (!raise.note().isEmpty()) {
            node.put("note", raise.note());
        }
        ArrayNode weaknesses = node.putArray("weaknesses");
        for (Resolution r : raise.resolutions()) {
            ObjectNode weakness = weaknesses.addObject();
            weakness.put("id", r.weakness().getId());
            weakness.put("severity", r.weakness().getEffectiveSeverity().id());
            ArrayNode changes = weakness.putArray("changes");
            for (Change c : r.changes()) {
                ObjectNode change = changes.addObject();
                change.put("subject", c.subject());
                change.put("from", c.from());
                change.put("to", c.to());
                change.put("line", c.line());
                change.put("change", c.describe());
            }
        }
    }

    static void caps(ArrayNode array, List<Cap> caps) {
        for (Cap cap : caps) {
            ObjectNode node = array.addObject();
            node.put("limit", cap.grade().id());
            node.put("rule", cap.rule());
            node.put("reason", cap.reason());
            ArrayNode because = node.putArray("because");
            cap.because().forEach(because::add);
        }
    }

    private static void finding(ObjectNode node, Finding f) {
        node.put("id", f.getId());
        node.put("kind", f.getKind().id());
        node.put("area", f.getArea());
        node.put("theme", f.getTheme());
        node.put("severity", f.getSeverity().id());
        node.put("effective_severity", f.getEffectiveSeverity().id());
        node.put("exceptional", f.isExceptional());
        node.put("title", f.getRule().title());
        node.put("finding", f.getRule().finding());
        if (f.prevalence() != null) {
            node.put("prevalence", f.prevalence());
        }
        if (f.isWeakness()) {
            node.put("recommendation", f.getRule().recommendation());
        }
        if (!f.getAlsoFoundBy().isEmpty()) {
            f.getAlsoFoundBy().forEach(node.putArray("also_found_by")::add);
        }
        if (f.getDetail() != null) {
            node.put("detail", f.getDetail());
        }
        ArrayNode sources = node.putArray("sources");
        f.getRule().sources().forEach(sources::add);
        ArrayNode answers = node.putArray("answers");
        for (Answer a : f.getAnswers()) {
            ObjectNode answer = answers.addObject();
            answer.put("criterion", a.getCriterion());
            answer.put("rating", a.getRating().id());
            answer.put("line", a.getLine());
            if (a.getEvidence() != null) {
                answer.put("evidence", a.getEvidence());
            }
            if (!a.getFigures().isEmpty()) {
                ObjectNode figures = answer.putObject("figures");
                a.getFigures().forEach(figures::put);
            }
        }
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }
}
