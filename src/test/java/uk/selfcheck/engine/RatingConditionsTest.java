package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.io.ByteArrayResource;
import org.junit.jupiter.api.Test;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Rating;

/**
 * Rating conditions on answers are compiled as comparisons of the rating's rank, which Drools compiles to bytecode;
 * everything else is compiled as written, and the rules fire exactly as they would have.
 */
class RatingConditionsTest {
    private static final String HEAD = """
            package test;
            import uk.selfcheck.model.Answer;
            import uk.selfcheck.model.Rating;
            global java.util.Set fired;
            """;

    @Test
    void eachOrderingOfARatingConstantBecomesTheSameOrderingOfItsRank() {
        assertEquals(List.of("ratingRank <= 1", "criterion == \"c\"", "ratingRank >= 2", "ratingRank < 4",
                        "ratingRank > 0"),
                conditions(HEAD + """
                        rule "a" when Answer( rating <= Rating.INCONSISTENTLY, criterion == "c" ) then end
                        rule "b" when Answer( rating >= Rating.MOSTLY ) then end
                        rule "c" when Answer( rating<Rating.EXCEPTIONAL ) then end
                        rule "d" when uk.selfcheck.model.Answer( rating > uk.selfcheck.model.Rating.RARELY ) then end
                        """));
    }

    @Test
    void theToolsClassesImportedByPackageAreRecognised() {
        assertEquals(List.of("ratingRank >= 3"), conditions("package test;\nimport uk.selfcheck.model.*;\n"
                + "rule \"a\" when Answer( rating >= Rating.CONSISTENTLY ) then end\n"));
    }

    @Test
    void conditionsInsideOtherElementsAreRewrittenToo() {
        assertEquals(List.of("ratingRank >= 2", "ratingRank < 2", "ratingRank <= 0", "ratingRank > 3",
                        "ratingRank >= 3", "ratingRank <= 1"),
                conditions(HEAD + """
                        rule "nested" when
                            $all : java.util.List() from collect( Answer( rating >= Rating.MOSTLY ) )
                            not Answer( rating < Rating.MOSTLY )
                            exists Answer( rating <= Rating.RARELY )
                            ( Answer( rating > Rating.CONSISTENTLY ) or Answer( rating >= Rating.CONSISTENTLY ) )
                            accumulate( Answer( rating <= Rating.INCONSISTENTLY ); $n : count() )
                        then end
                        """));
    }

    @Test
    void anythingElseIsCompiledAsWritten() {
        // compound conditions, equality (Drools indexes it already), a variable, an unknown constant, another type
        String drl = HEAD + """
                declare Other rating : Rating end
                rule "a" when Answer( rating <= Rating.INCONSISTENTLY || criterion == "c" ) then end
                rule "b" when Answer( rating == Rating.MOSTLY ) then end
                rule "c" when $x : Answer() Answer( rating > $x.rating ) then end
                rule "d" when Answer( rating <= Rating.SOMETIMES ) then end
                rule "e" when Other( rating <= Rating.MOSTLY ) then end
                """;
        assertTrue(RatingConditions.rewrite(resource(drl), drl).isEmpty());
    }

    @Test
    void aFileWhoseAnswerIsNotTheToolsIsCompiledAsWritten() {
        String own = HEAD + "declare Answer rating : Rating end\n"
                + "rule \"a\" when Answer( rating <= Rating.MOSTLY ) then end\n";
        String unimported = "package test;\nimport uk.selfcheck.model.Rating;\n"
                + "rule \"a\" when Answer( rating <= Rating.MOSTLY ) then end\n";
        String hidden = "package test;\nimport uk.selfcheck.model.*;\nimport java.util.Answer;\n"
                + "rule \"a\" when Answer( rating <= Rating.MOSTLY ) then end\n";
        String broken = HEAD + "rule \"a\" when Answer( rating <= Rating.MOSTLY then end\n";
        for (String drl : List.of(own, unimported, hidden, broken)) {
            assertTrue(RatingConditions.rewrite(resource(drl), drl).isEmpty(), drl);
        }
    }

    /** Every ordering against every constant, for answers of every rating: the same rules fire, written or rewritten. */
    @Test
    void rewrittenRulesFireExactlyWhereTheWrittenOnesDo() {
        StringBuilder drl = new StringBuilder(HEAD);
        for (String op : List.of("<", "<=", ">", ">=")) {
            for (Rating constant : Rating.values()) {
                drl.append("rule \"").append(op).append(' ').append(constant).append("\" when $a : Answer( rating ")
                        .append(op).append(" Rating.").append(constant).append(" ) then fired.add( \"")
                        .append(op).append(' ').append(constant).append(" \" + $a.getRating() ); end\n");
            }
        }
        TreeSet<String> written = fire(drl.toString(), false);
        TreeSet<String> rewritten = fire(drl.toString(), true);

        assertEquals(written, rewritten);
        assertTrue(written.contains("<= INCONSISTENTLY RARELY"));
        assertTrue(written.contains("<= INCONSISTENTLY INCONSISTENTLY"));
        assertFalse(written.contains("<= INCONSISTENTLY MOSTLY"));
        assertFalse(written.contains("> EXCEPTIONAL EXCEPTIONAL"));
        assertEquals(4 * 5 * 5 / 2, written.size()); // half of all pairs are strictly ordered, plus the ties of <= and >=
    }

    /** The shipped pack's rules all use the plain form, so every rating test of theirs compiles to bytecode. */
    @Test
    void everyRatingConditionOfTheShippedPackIsRewritten() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("rules"))) {
            files = walk.filter(p -> p.toString().endsWith(".drl")).sorted().toList();
        }
        int rewritten = 0;
        for (Path file : files) {
            String drl = Files.readString(file);
            List<String> after = conditions(drl);
            assertTrue(after.stream().noneMatch(c -> c.matches("\\s*rating\\s*[<>].*")), file + ": " + after);
            rewritten += (int) after.stream().filter(c -> c.startsWith("ratingRank ")).count();
        }
        assertTrue(rewritten > 400, "rating conditions rewritten in the shipped pack: " + rewritten);
    }

    private static TreeSet<String> fire(String drl, boolean rewrite) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        if (rewrite) {
            RatingConditions.add(builder, resource(drl), drl);
        } else {
            builder.add(resource(drl), ResourceType.DRL);
        }
        assertFalse(builder.hasErrors(), builder.getErrors().toString());
        var base = org.drools.kiesession.rulebase.KnowledgeBaseFactory.newKnowledgeBase();
        base.addPackages(builder.getKnowledgePackages());
        TreeSet<String> fired = new TreeSet<>();
        // enough sessions for Drools to compile the conditions, so that the compiled form is tested too
        for (int round = 0; round < 30; round++) {
            KieSession session = base.newKieSession();
            session.setGlobal("fired", fired);
            for (Rating rating : Rating.values()) {
                session.insert(new Answer("c_" + rating, "area", "theme", rating, "", Map.of(), 1));
            }
            session.fireAllRules();
            session.dispose();
        }
        return fired;
    }

    /** The conditions of every pattern of the file's rules after rewriting, in order; none if nothing is rewritten. */
    private static List<String> conditions(String drl) {
        Optional<PackageDescr> pkg = RatingConditions.rewrite(resource(drl), drl);
        List<String> out = new ArrayList<>();
        pkg.ifPresent(p -> p.getRules().stream().map(RuleDescr::getLhs).forEach(lhs -> collect(lhs, out)));
        return out;
    }

    private static void collect(BaseDescr descr, List<String> out) {
        if (descr instanceof PatternDescr pattern) {
            collect(RatingConditions.input(pattern.getSource()), out);
            if (pattern.getConstraint() != null) {
                pattern.getConstraint().getDescrs().stream().filter(ExprConstraintDescr.class::isInstance)
                        .forEach(c -> out.add(((ExprConstraintDescr) c).getExpression()));
            }
        } else if (descr instanceof ConditionalElementDescr element) {
            element.getDescrs().forEach(child -> collect(child, out));
        }
    }

    private static ByteArrayResource resource(String drl) {
        ByteArrayResource resource = new ByteArrayResource(drl.getBytes(StandardCharsets.UTF_8), "UTF-8");
        resource.setSourcePath("test.drl");
        return resource;
    }
}
