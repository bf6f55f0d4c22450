package uk.selfcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.model.Figure;

/** A figure's plausible range is set in the criteria file, checked as the pack is read, and carried in the model. */
class PlausibleRangeTest {
    private static final String THEME = "area: leadership\ntheme: workforce\ntitle: Workforce\ncriteria:\n"
            + "  - id: caseloads_manageable\n    question: Are caseloads manageable?\n    sources: [\"A report\"]\n"
            + "    figures:\n      - id: average_caseload\n        label: Average caseload\n        unit: count\n";

    @TempDir
    Path dir;

    private Figure figure(String plausible) throws Exception {
        Path file = dir.resolve("workforce.criteria.yaml");
        Files.writeString(file, THEME + plausible, StandardCharsets.UTF_8);
        return CriteriaReader.read(file, "workforce.criteria.yaml", Set.of("leadership")).criteria().get(0)
                .figures().get(0);
    }

    private List<String> problems(String plausible) {
        return assertThrows(InputException.class, () -> figure(plausible)).errors().stream()
                .map(InputError::format).toList();
    }

    @Test
    void aRangeIsReadAndFlagsOnlyWhatLiesOutsideIt() throws Exception {
        Figure caseload = figure("        plausible: {min: 1, max: 50}\n");
        assertEquals(1.0, caseload.plausibleMin());
        assertEquals(50.0, caseload.plausibleMax());
        assertTrue(caseload.implausible(240));
        assertTrue(caseload.implausible(0.5));
        assertFalse(caseload.implausible(1));
        assertFalse(caseload.implausible(50));
        Figure open = figure("        plausible: {max: 50}\n");
        assertNull(open.plausibleMin());
        assertFalse(open.implausible(0));
        Figure none = figure("");
        assertFalse(none.implausible(1_000_000), "no range, no warning");
    }

    @Test
    void aBrokenRangeIsAProblemInThePackAtItsLine() {
        assertEquals(List.of("workforce.criteria.yaml:12:20: criteria[0].figures[0].plausible: the plausible range "
                + "of average_caseload runs from 50 down to 1; 'min' must not be above 'max'"),
                problems("        plausible: {min: 50, max: 1}\n"));
        assertEquals(List.of("workforce.criteria.yaml:12:26: criteria[0].figures[0].plausible.min: min = -1 is "
                + "outside the possible range of a count figure, 0 to 1000000"),
                problems("        plausible: {min: -1, max: 50}\n"));
        assertEquals(List.of("workforce.criteria.yaml:12:20: criteria[0].figures[0].plausible: a plausible range "
                + "needs 'min', 'max' or both, e.g. {min: 1, max: 50}", "workforce.criteria.yaml:12:21: criteria[0]"
                + ".figures[0].plausible.lowest: unknown key 'lowest' in a plausible range; allowed keys: min, max"),
                problems("        plausible: {lowest: 1}\n"));
        assertEquals(List.of("workforce.criteria.yaml:12:20: criteria[0].figures[0].plausible: a plausible range "
                + "needs 'min', 'max' or both, e.g. {min: 1, max: 50}"), problems("        plausible: {}\n"));
    }

    @Test
    void theShippedPackSetsARangeForTheAverageCaseload() {
        Figure caseload = ShippedPack.get().catalog().criterion("caseloads_manageable").orElseThrow()
                .figure("average_caseload").orElseThrow();
        assertTrue(caseload.implausible(240), "no service has an average caseload of 240");
        assertFalse(caseload.implausible(24));
    }
}
