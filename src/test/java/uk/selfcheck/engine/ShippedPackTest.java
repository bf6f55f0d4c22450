package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import uk.selfcheck.ShippedPack;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Kind;
import uk.selfcheck.model.RuleInfo;
import uk.selfcheck.model.SourceDocument;

/** The shipped pack: every rule cites a seed document, every criterion is used both ways, no document is thin. */
class ShippedPackTest {
    private final RulePack pack = ShippedPack.get();

    @Test
    void everySourceNamesASeedDocumentAndQuotesIt() {
        for (RuleInfo rule : pack.rules()) {
            assertTrue(!rule.sources().isEmpty(), rule.id());
            for (String source : rule.sources()) {
                assertTrue(pack.manifest().documentCitedBy(source).isPresent(), rule.id() + ": " + source);
                assertTrue(source.contains(": '"), rule.id() + " must quote a passage: " + source);
            }
        }
    }

    /** Lists, per seed document, the rules that cite it, so a gap in the encoding is visible in the test log. */
    @Test
    void everySeedDocumentIsEncoded() {
        Map<String, List<String>> byDocument = new TreeMap<>();
        for (SourceDocument document : pack.manifest().documents()) {
            // the five seeds; published inspection reports are cited for a few findings each
            if (!document.kind().startsWith("graded inspection report")) {
                byDocument.put(document.name(), new ArrayList<>());
            }
        }
        for (RuleInfo rule : pack.rules()) {
            for (String source : rule.sources()) {
                pack.manifest().documentCitedBy(source).ifPresent(d -> {
                    List<String> ids = byDocument.get(d.name());
                    if (ids != null && !ids.contains(rule.id())) {
                        ids.add(rule.id());
                    }
                });
            }
        }
        StringBuilder table = new StringBuilder("Rules citing each seed document:\n");
        byDocument.forEach((doc, ids) -> table.append(String.format("  %-36s %3d  %s%n", doc, ids.size(),
                String.join(" ", ids))));
        System.out.print(table);
        byDocument.forEach((doc, ids) -> assertTrue(ids.size() >= 40, doc + " is cited by only " + ids.size()
                + " rules:\n" + table));
    }

    @Test
    void everyCriterionHasAStrengthAndAWeakness() {
        for (Criterion criterion : pack.catalog().criteria()) {
            boolean strength = false;
            boolean weakness = false;
            for (RuleInfo rule : pack.rules()) {
                if (rule.criteria().contains(criterion.id())) {
                    strength |= rule.kind() == Kind.STRENGTH;
                    weakness |= rule.kind() == Kind.WEAKNESS;
                }
            }
            assertTrue(strength && weakness, criterion.id() + " (" + criterion.file() + ") needs a strength and a "
                    + "weakness rule; strength=" + strength + " weakness=" + weakness);
        }
    }

    @Test
    void everyFrameworkOfTheFactsIsConfigured() {
        assertEquals(List.of("sif-2013", "ilacs-2018", "ilacs-2023", "ilacs-2026"),
                new ArrayList<>(pack.manifest().frameworks().keySet()));
        assertEquals("ilacs-2026", pack.manifest().defaultFramework());
        assertTrue(!pack.manifest().framework("ilacs-2026").orElseThrow().overall(), "no overall from April 2026");
    }
}
