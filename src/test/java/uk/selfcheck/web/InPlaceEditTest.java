package uk.selfcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.cli.Cli;
import uk.selfcheck.input.InputException;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.SelfAssessment;

class InPlaceEditTest {
    /** A self-assessment with comments above, beside and below its values, as a leader might keep one. */
    private static final String LOADED = """
            # Exampleshire's self-assessment, kept by the performance team.
            authority: Exampleshire   # as the report should name us
            date: 2025-03-31
            framework: ilacs-2023

            self_assessed_grades:
              help_and_protection: good   # the board's view in March
              children_in_care: good
            answers:
              help_and_protection:
                # --- the front door ---
                front_door:
                  # MASH audit, February
                  thresholds_shared_understanding: mostly   # two partner agencies still unsure
                  contact_referral_decisions_timely:
                    rating: consistently
                    evidence: |-
                      Decisions within 24 hours in 97% of contacts.
                      Audited by the principal social worker.
                    # the audit is on the shared drive
                assessments:
                  assessments_timely:
                    rating: mostly
                    evidence: "Timeliness has improved since the new team started."
              # leadership still to be written up
            # end of file
            """;

    /** {@code LOADED} as the page writes it: every value afresh, quoted as JSON, no comments. */
    private static final String FORM = """
            authority: "Exampleshire"
            date: "2025-03-31"
            framework: ilacs-2023
            self_assessed_grades:
              help_and_protection: good
              children_in_care: good
            answers:
              help_and_protection:
                assessments:
                  assessments_timely:
                    rating: mostly
                    evidence: "Timeliness has improved since the new team started."
                front_door:
                  contact_referral_decisions_timely:
                    rating: consistently
                    evidence: "Decisions within 24 hours in 97% of contacts.\\nAudited by the principal social worker."
                  thresholds_shared_understanding: mostly
            """;

    private static String edit(String loaded, String form) {
        Optional<String> edited = InPlaceEdit.edit(loaded, form);
        assertTrue(edited.isPresent(), "an in-place edit of:\n" + loaded + "\ninto:\n" + form);
        assertReadsAs(form, edited.get());
        return edited.get();
    }

    /** What the rule pack's reader makes of the edited file is what it makes of the form. */
    private static void assertReadsAs(String form, String edited) {
        SelfAssessment expected = read(form);
        SelfAssessment actual = read(edited);
        assertEquals(expected.header().authority(), actual.header().authority());
        assertEquals(expected.header().date(), actual.header().date());
        assertEquals(expected.header().framework(), actual.header().framework());
        assertEquals(grades(expected), grades(actual));
        assertEquals(answers(expected), answers(actual));
        assertEquals(expected.notAssessed(), actual.notAssessed());
    }

    private static SelfAssessment read(String yaml) {
        try {
            return new Checker(ShippedPack.get()).read(yaml.getBytes(StandardCharsets.UTF_8), "sa.yaml");
        } catch (InputException e) {
            throw new AssertionError(e.errors() + "\n" + yaml);
        }
    }

    private static TreeMap<String, String> answers(SelfAssessment assessment) {
        TreeMap<String, String> answers = new TreeMap<>();
        for (Answer a : assessment.answers()) {
            answers.put(a.getCriterion(), a.getRating().id() + " | " + a.getEvidence() + " | " + a.getFigures());
        }
        return answers;
    }

    private static List<String> grades(SelfAssessment assessment) {
        return assessment.selfGrades().stream().map(g -> g.judgement() + "=" + g.grade().id()).sorted().toList();
    }

    private static List<String> comments(String yaml) {
        return yaml.lines().filter(l -> l.contains("#")).map(l -> l.substring(l.indexOf('#'))).toList();
    }

    @Test
    void the_same_answers_leave_the_file_as_it_is() {
        assertEquals(LOADED, edit(LOADED, FORM));
    }

    @Test
    void a_changed_rating_is_written_where_it_stands_and_every_comment_stays() {
        String edited = edit(LOADED, FORM.replace("thresholds_shared_understanding: mostly",
                "thresholds_shared_understanding: rarely"));
        assertEquals(LOADED.replace("thresholds_shared_understanding: mostly ",
                "thresholds_shared_understanding: rarely "), edited);
        assertEquals(comments(LOADED), comments(edited));
    }

    @Test
    void a_changed_note_of_several_lines_stays_a_block_under_its_key() {
        String edited = edit(LOADED, FORM.replace("Audited by the principal social worker.",
                "Audited by the principal social worker.\\nRe-audited in May: 98%."));
        assertEquals(LOADED.replace("      Audited by the principal social worker.\n",
                "      Audited by the principal social worker.\n          Re-audited in May: 98%.\n")
                , edited);
        assertEquals(comments(LOADED), comments(edited));
    }

    @Test
    void a_note_kept_with_its_last_line_break_loses_it_as_the_form_does() {
        String loaded = LOADED.replace("evidence: |-\n", "evidence: |\n");
        assertEquals(LOADED, edit(loaded, FORM));
    }

    @Test
    void a_note_that_needs_quoting_is_quoted_by_the_emitter() {
        String edited = edit(LOADED, FORM.replace("\"Timeliness has improved since the new team started.\"",
                "\"yes: 19 # of 20\""));
        assertTrue(edited.contains("      evidence: 'yes: 19 # of 20'\n"), edited);
        assertEquals(comments(LOADED), comments(edited).stream().filter(c -> !c.equals("# of 20'")).toList());
    }

    @Test
    void a_new_figure_is_written_under_its_answer_at_the_files_indentation() {
        String form = FORM.replace("""
                        evidence: "Timeliness has improved since the new team started."
                """, """
                        evidence: "Timeliness has improved since the new team started."
                        figures:
                          assessments_on_time: 87.5
                """);
        String edited = edit(LOADED, form);
        assertEquals(LOADED.replace("""
                        evidence: "Timeliness has improved since the new team started."
                """, """
                        evidence: "Timeliness has improved since the new team started."
                        figures:
                          assessments_on_time: 87.5
                """), edited);
    }

    @Test
    void a_rating_written_in_full_keeps_the_comment_beside_it() {
        String form = FORM.replace("      thresholds_shared_understanding: mostly\n", """
                      thresholds_shared_understanding:
                        rating: mostly
                        evidence: "Partners' survey, January."
                """);
        String edited = edit(LOADED, form);
        assertTrue(edited.contains("""
                      thresholds_shared_understanding:   # two partner agencies still unsure
                        rating: mostly
                        evidence: Partners' survey, January.
                      contact_referral_decisions_timely:
                """), edited);
        assertEquals(comments(LOADED), comments(edited));
    }

    @Test
    void a_removed_answer_takes_its_lines_but_not_the_comments_among_them() {
        String form = FORM.replace("""
                    assessments:
                      assessments_timely:
                        rating: mostly
                        evidence: "Timeliness has improved since the new team started."
                """, "").replace("  children_in_care: good\n", "").replace("""
                      contact_referral_decisions_timely:
                        rating: consistently
                        evidence: "Decisions within 24 hours in 97% of contacts.\\nAudited by the principal social worker."
                """, """
                      contact_referral_decisions_timely: consistently
                """);
        String edited = edit(LOADED, form);
        assertEquals("""
                # Exampleshire's self-assessment, kept by the performance team.
                authority: Exampleshire   # as the report should name us
                date: 2025-03-31
                framework: ilacs-2023

                self_assessed_grades:
                  help_and_protection: good   # the board's view in March
                answers:
                  help_and_protection:
                    # --- the front door ---
                    front_door:
                      # MASH audit, February
                      thresholds_shared_understanding: mostly   # two partner agencies still unsure
                      contact_referral_decisions_timely: consistently
                        # the audit is on the shared drive
                  # leadership still to be written up
                # end of file
                """, edited);
    }

    @Test
    void answers_all_taken_out_leave_an_empty_mapping_and_the_comments() {
        String form = FORM.substring(0, FORM.indexOf("answers:\n")) + "answers: {}\n";
        String edited = edit(LOADED, form);
        assertTrue(edited.endsWith("""
                answers: {}
                    # --- the front door ---
                      # MASH audit, February
                        # the audit is on the shared drive
                  # leadership still to be written up
                # end of file
                """), edited);
    }

    @Test
    void a_new_answer_follows_the_one_the_form_puts_before_it() {
        String form = FORM.replace("      thresholds_shared_understanding: mostly\n",
                "      thresholds_shared_understanding: mostly\n      multi_agency_information_informs_contacts: "
                        + "inconsistently\n");
        String edited = edit(LOADED, form);
        assertTrue(edited.contains("""
                      thresholds_shared_understanding: mostly   # two partner agencies still unsure
                      multi_agency_information_informs_contacts: inconsistently
                """), edited);
    }

    @Test
    void a_template_from_init_keeps_its_questions_when_answered() throws Exception {
        Cli init = Cli.run("init", "--framework", "ilacs-2023");
        assertEquals(0, init.exitCode(), init.err());
        String loaded = init.out().replace("Name of the local authority", "Exampleshire");
        String criterion = "assessments_timely";
        String form = loaded.replaceFirst("(?m)^      " + criterion + ": not_assessed .*$",
                "      " + criterion + ":\n        rating: mostly\n        evidence: \"Audit, June\"\n        figures:"
                        + "\n          assessments_on_time: 81");
        String edited = edit(loaded, form.lines().filter(l -> !l.strip().startsWith("#"))
                .map(l -> l.replaceAll("\\s+#.*$", "")).reduce("", (a, b) -> a + b + "\n"));
        assertEquals(comments(loaded), comments(edited));
        assertTrue(edited.contains("      " + criterion + ":  # exceptional | consistently | mostly | inconsistently "
                + "| rarely\n        rating: mostly\n        evidence: Audit, June\n        figures:\n"
                + "          assessments_on_time: 81\n"), edited);
    }

    @Test
    void a_file_with_windows_line_ends_and_wide_characters_keeps_them() {
        String loaded = LOADED.replace("# MASH audit, February", "# MASH audit, February: £40k, 😀 from partners")
                .replace("\n", "\r\n");
        String form = FORM.replace("thresholds_shared_understanding: mostly", "thresholds_shared_understanding: rarely")
                .replace("""
                        evidence: "Timeliness has improved since the new team started."
                """, """
                        evidence: "Timeliness has improved since the new team started."
                        figures:
                          assessments_on_time: 87.5
                """);
        String edited = edit(loaded, form);
        assertEquals(loaded.replace("thresholds_shared_understanding: mostly ", "thresholds_shared_understanding: "
                + "rarely ").replace("started.\"\r\n", "started.\"\r\n        figures:\r\n"
                + "          assessments_on_time: 87.5\r\n"), edited);
    }

    @Test
    void a_file_written_on_one_line_is_not_edited_in_place() {
        String loaded = "{authority: Exampleshire, date: 2025-03-31, framework: ilacs-2023, answers: {}}  # one line\n";
        assertFalse(InPlaceEdit.edit(loaded, "authority: Elsewhere\ndate: 2025-03-31\nframework: ilacs-2023\n"
                + "answers: {}\n").isPresent());
    }

    @Test
    void a_collection_on_one_line_is_written_anew_on_one_line() {
        String loaded = LOADED.replace("self_assessed_grades:\n  help_and_protection: good   # the board's view in "
                + "March\n  children_in_care: good\n", "self_assessed_grades: {help_and_protection: good}  # March\n");
        String edited = edit(loaded, FORM.replace("  children_in_care: good\n", "  children_in_care: outstanding\n"));
        assertTrue(edited.contains("self_assessed_grades: {help_and_protection: good, children_in_care: outstanding}"
                + "  # March\n"), edited);
    }

    /**
     * Every self-assessment among the fixtures, written afresh as a form would write it (another layout, no comments)
     * and then with every 'mostly' made 'rarely', every note rewritten and the notes of answers with figures taken
     * out, is edited in place: each full-line comment stays, and the result reads as the form.
     */
    @Test
    @SuppressWarnings("unchecked")
    void every_fixture_self_assessment_is_edited_in_place() throws Exception {
        List<Path> files;
        try (var walk = Files.walk(Path.of("fixtures"))) {
            files = walk.filter(p -> p.toString().endsWith(".yaml") && !p.toString().endsWith(".expected.yaml"))
                    .sorted().toList();
        }
        var reader = new com.fasterxml.jackson.databind.ObjectMapper(
                new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
        org.yaml.snakeyaml.DumperOptions block = new org.yaml.snakeyaml.DumperOptions();
        block.setDefaultFlowStyle(org.yaml.snakeyaml.DumperOptions.FlowStyle.BLOCK);
        int edited = 0;
        for (Path file : files) {
            String text = Files.readString(file);
            try {
                new Checker(ShippedPack.get()).read(text.getBytes(StandardCharsets.UTF_8), file.toString());
            } catch (InputException e) {
                continue; // a fixture of a mistake, which the page never loads
            }
            Map<String, Object> data = reader.readValue(text, Map.class);
            String form = new org.yaml.snakeyaml.Yaml(block).dump(data);
            assertEquals(Optional.of(text), InPlaceEdit.edit(text, form), file.toString());
            rewrite(data);
            String changed = new org.yaml.snakeyaml.Yaml(block).dump(data).replace(": mostly\n", ": rarely\n");
            Optional<String> result = InPlaceEdit.edit(text, changed);
            assertTrue(result.isPresent(), file.toString());
            assertEquals(fullLineComments(text), fullLineComments(result.get()), file.toString());
            edited++;
        }
        assertTrue(edited > 100, "self-assessments edited: " + edited);
    }

    @SuppressWarnings("unchecked")
    private static void rewrite(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<String, Object> m = (Map<String, Object>) map;
            if (m.containsKey("rating") && m.containsKey("figures")) {
                m.remove("evidence");
            } else if (m.get("evidence") instanceof String note) {
                m.put("evidence", "Re-audited: " + note);
            }
            m.values().forEach(InPlaceEditTest::rewrite);
        }
    }

    private static List<String> fullLineComments(String yaml) {
        return yaml.lines().map(String::strip).filter(l -> l.startsWith("#")).toList();
    }

    @Test
    void the_seed_edited_reads_as_the_form() throws Exception {
        String seed = Files.readString(Path.of("fixtures/seeds/gateshead-2015.yaml"));
        String form = WebServerTest.changeOneAnswer(seed).lines().filter(l -> !l.startsWith("#"))
                .reduce("", (a, b) -> a + b + "\n");
        String edited = edit(seed, form);
        assertEquals(WebServerTest.changeOneAnswer(seed), edited);
    }
}
