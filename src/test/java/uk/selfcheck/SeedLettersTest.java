package uk.selfcheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Finding;

/**
 * Each seed document's 'what needs to improve' items (for Gateshead 2015, the inspectors' recommendations) and its
 * headline strengths, each with the findings its fixture must produce for it.
 */
class SeedLettersTest {

    static Stream<Arguments> items() {
        return Stream.of(
            item("gateshead-2021", "The quality and impact of supervision and contingency planning for children in need.",
                "W-SUPERVISION-NOT-REFLECTIVE", "W-PLANS-CONTINGENCY"),
            item("gateshead-2021", "The routine inclusion of the views of children and their families in audits.",
                "W-AUDIT-NO-CHILDREN-VIEWS"),
            item("gateshead-2021", "Continuously strong, ambitious and effective senior leadership has resulted in "
                + "sustained improvements.", "S-GOV-STRONG-LEADERSHIP", "S-GOV-SUSTAINED-IMPROVEMENT"),
            item("gateshead-2021", "Closely aligned, mature professional partnerships ... Thresholds are understood "
                + "well", "S-PARTNERSHIP-MATURE", "S-FD-THRESHOLDS-UNDERSTOOD"),
            item("gateshead-2021", "Performance management is effective.", "S-PERF-RIGOROUS"),
            item("newcastle-2019", "Social work plans to demonstrate a clear focus on the child's progress and the "
                + "impact and outcome of interventions.", "W-PLANS-TASK-FOCUSED", "W-PLANS-NOT-TIMEBOUND"),
            item("newcastle-2019", "Representation of the child's voice and their wishes and feelings.",
                "W-VOICE-CHILD-NOT-REPRESENTED"),
            item("newcastle-2019", "Supervision to reflect on the impact and quality of practice, ... and to monitor "
                + "whether actions identified through supervision and auditing have been taken.",
                "W-SUPERVISION-NOT-REFLECTIVE", "W-SUPERVISION-PROGRESS-UNCHECKED",
                "W-SUPERVISION-AUDIT-ACTIONS-UNCHECKED"),
            item("newcastle-2019", "The electronic management system to ensure that it is fit for purpose and reflects "
                + "an accurate and up-to-date record", "W-GOV-RECORDS-INACCURATE"),
            item("newcastle-2019", "reduced caseloads to a manageable level ... creating a more stable workforce",
                "S-WORKFORCE-CASELOADS-MANAGEABLE", "S-WORKFORCE-STABLE"),
            item("newcastle-2019", "Assessments are child-focused and mostly of a good quality.",
                "S-ASSESS-QUALITY-GOOD"),
            item("south-tyneside-2019", "The quality of social work assessments and plans to ensure they are all of a "
                + "consistently high quality.", "W-ASSESS-QUALITY-VARIABLE", "W-PLANS-QUALITY-VARIABLE"),
            item("south-tyneside-2019", "The quality of return home interviews and use of intelligence to inform "
                + "planning for children.", "W-MISSING-RHI-QUALITY", "W-MISSING-RHI-NOT-INFORMING-PLANS"),
            item("south-tyneside-2019", "The provision and accessibility of therapeutic and mental health services to "
                + "meet children's needs.", "W-ACCESS-MENTAL-HEALTH-DELAY", "W-DA-NO-SPECIALIST-SERVICES"),
            item("south-tyneside-2019", "The introduction of a dedicated edge of care service is helping children to "
                + "stay at home when it is safe to do so", "S-EOC-CHILDREN-SAFELY-AT-HOME"),
            item("northumberland-2018", "review their current response to vulnerable adolescents and children affected "
                + "by domestic abuse ... improve how risk is identified and managed ... written agreements",
                "W-DA-RISK-NOT-MANAGED", "W-DA-COMPLEX-RELATIONSHIPS", "W-DA-WRITTEN-AGREEMENTS",
                "W-FD-THRESHOLDS-INCONSISTENT"),
            item("northumberland-2018", "All children at risk of child sexual exploitation should have their needs "
                + "thoroughly assessed, with clear, effective safety planning", "W-EXPLOIT-RESPONSE-VARIABLE",
                "W-EXPLOIT-CHECKLISTS-NOT-COMPLETED", "W-EXPLOIT-SAFETY-PLANS"),
            item("northumberland-2018", "All strategy meetings should clearly identify what multi-agency information is "
                + "shared, define risks, give the rationale for decision-making", "W-STRATEGY-RECORDS"),
            item("northumberland-2018", "Children and young people ... benefit from a timely and proportionate "
                + "response when they need help and support.", "S-FD-CONTACT-DECISIONS-TIMELY",
                "S-FD-SINGLE-POINT-OF-CONTACT"),
            item("gateshead-2015", "Improve the quality of all children's plans, including pathway plans",
                "W-PLANS-TASK-FOCUSED", "W-CIC-CARE-PLANS-TARGETS", "W-CL-PATHWAY-PLANS-TARGETS"),
            item("gateshead-2015", "Ensure that child protection conferences and looked after reviews are used to "
                + "drive and progress plans", "W-PLANS-CONFERENCES-DRIVE", "W-CIC-REVIEWS-CHALLENGE"),
            item("gateshead-2015", "Improve the attendance of education professionals at all children and young "
                + "people's reviews and meetings", "W-PLANS-EDUCATION-ATTENDANCE", "W-CIC-EDUCATION-ABSENT-REVIEWS"),
            item("gateshead-2015", "Ensure that children who are subject to child protection processes have access to "
                + "independent advocacy", "W-VOICE-CP-ADVOCACY"),
            item("gateshead-2015", "Support care leavers to understand their health histories more thoroughly and "
                + "ensure they have regular and timely access to mental health services.", "W-CL-HEALTH-HISTORIES",
                "W-CL-MENTAL-HEALTH-ACCESS"),
            item("gateshead-2015", "Devise a more effective way of communicating legal entitlements to all care "
                + "leavers.", "W-CL-ENTITLEMENTS-UNCLEAR"),
            item("gateshead-2015", "Establish a protocol with all education and training partners ... to stay on their "
                + "courses", "W-CL-COURSES-NOT-SUSTAINED"),
            item("gateshead-2015", "Ensure the adoption panel provides quality assurance feedback to the agency",
                "W-ADOPTION-PANEL-NO-QA-FEEDBACK"),
            item("gateshead-2015", "Annex O commendations: intensive family support in relation to domestic abuse; "
                + "performance management and quality assurance; fostering support; celebrating achievements; "
                + "children's rights", "S-DA-INTENSIVE-FAMILY-SUPPORT", "S-PERF-RIGOROUS", "S-CIC-FOSTERING-SUPPORT",
                "S-CIC-ACHIEVEMENTS-CELEBRATED", "S-CL-ACHIEVEMENTS-CELEBRATED", "S-GOV-CHILDRENS-RIGHTS"));
    }

    private static Arguments item(String document, String passage, String... findings) {
        return Arguments.of(document, passage, List.of(findings));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("items")
    void theFixtureProducesTheFindingsForEachItem(String document, String passage, List<String> expected)
            throws Exception {
        RulePack pack = ShippedPack.get();
        Path fixture = Path.of("fixtures/seeds", document + ".yaml");
        Evaluation evaluation = new Evaluator(pack).evaluate(new SelfAssessmentReader(pack.manifest(), pack.catalog(),
                LocalDate.now()).read(fixture, fixture.toString()));
        Set<String> fired = evaluation.findings().stream().map(Finding::getId).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>(expected);
        missing.removeAll(fired);
        assertTrue(missing.isEmpty(), document + " should produce " + missing + " for: " + passage);
        for (String id : expected) {
            assertTrue(pack.rule(id).orElseThrow().sources().stream().anyMatch(s -> s.startsWith(name(document))),
                    id + " should cite " + name(document));
        }
    }

    /** How rules cite each seed document. */
    private static String name(String document) {
        return switch (document) {
            case "gateshead-2015" -> "Gateshead 2015 inspection";
            case "gateshead-2021" -> "Gateshead 2021 focused visit";
            case "newcastle-2019" -> "Newcastle 2019 focused visit";
            case "south-tyneside-2019" -> "South Tyneside 2019 focused visit";
            default -> "Northumberland 2018 focused visit";
        };
    }
}
