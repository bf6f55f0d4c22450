package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults in a rule pack, added to a temporary copy of the shipped pack: the run stops with the id of the rule at
 * fault, exit code 4, and no report at all on stdout. The faulty rules share one copy, compiled once; each acts only
 * for a self-assessment whose authority is named after it.
 */
class RulePackFaultTest {
    private static final String SEED = "fixtures/seeds/gateshead-2015.yaml";
    /** A finding rule's metadata, complete, so the pack compiles and the fault shows only when the rule runs. */
    private static final String METADATA = """
                @kind("weakness")
                @area("leadership")
                @theme("workforce_and_caseloads")
                @severity("medium")
                @title("A faulty rule")
                @text("A faulty rule.")
                @recommendation("Fix the rule.")
                @sources("Newcastle 2019 focused visit: 'reduced caseloads to a manageable level'")
            """;
    private static final String FAULTS = """
            package test.faults;
            import uk.selfcheck.model.Answer;
            import uk.selfcheck.model.AreaGrade;
            import uk.selfcheck.model.Assessment;
            import uk.selfcheck.model.Grade;
            import uk.selfcheck.model.Rating;

            function boolean outOfMemory( String authority ) {
                if ( authority.equals( "an error in a condition" ) ) { throw new OutOfMemoryError( "Java heap space" ); }
                return false;
            }

            function int recurse( int depth ) { return recurse( depth + 1 ) + 1; }

            rule "W-LOOPS-BY-INSERTING"
            %1$swhen
                $h : Assessment( ) eval( $h.authority().equals( "insert loop in a finding rule" ) )
                $a : Answer( criterion == "caseloads_manageable" )
            then
                insert( $a.withRating( $a.getRating() ) );
            end

            rule "Grades without end"
                ruleflow-group "grading"
            when
                $h : Assessment( ) eval( $h.authority().equals( "modify loop in a judgement rule" ) )
                $g : AreaGrade( graded )
            then
                modify( $g ) { cap( Grade.GOOD, "Grades without end", "no guard on the grade", java.util.List.of() ) }
            end

            rule "Start counting"
                ruleflow-group "totals"
            when
                $h : Assessment( ) eval( $h.authority().equals( "insert loop in a judgement rule" ) )
                AreaGrade( id == "leadership" )
            then
                insert( Integer.valueOf( 0 ) );
            end

            rule "Count for ever"
                ruleflow-group "totals"
            when
                $n : Integer( )
            then
                insert( Integer.valueOf( $n + 1 ) );
            end

            rule "W-THROWS"
            %1$swhen
                $h : Assessment( ) eval( $h.authority().equals( "a rule that throws" ) )
                $a : Answer( criterion == "caseloads_manageable" )
            then
                if (true) { throw new IllegalStateException( "no figure for " + $a.getCriterion() ); }
            end

            rule "W-THROWS-IN-THE-SEARCH"
            %1$swhen
                $h : Assessment( ) eval( $h.authority().equals( "a rule that throws in the search" ) )
                $a : Answer( criterion == "cic_reviews_drive_plans", rating >= Rating.MOSTLY )
            then
                if (true) { throw new IllegalStateException( "raised " + $a.getCriterion() ); }
            end

            rule "Adds every pair"
                ruleflow-group "totals"
            when
                $h : Assessment( ) eval( $h.authority().equals( "pairs without end" ) )
                $x : Long( )
                $y : Long( )
            then
                insert( Long.valueOf( $x + $y + 1 ) );
            end

            rule "Starts the pairs"
                ruleflow-group "totals"
            when
                $h : Assessment( ) eval( $h.authority().equals( "pairs without end" ) )
            then
                insert( Long.valueOf( 1 ) );
            end

            rule "W-ASSERTS"
            %1$swhen
                $h : Assessment( ) eval( $h.authority().equals( "an assertion that fails" ) )
                $a : Answer( criterion == "caseloads_manageable" )
            then
                if (true) { throw new AssertionError( "caseloads checked twice" ); }
            end

            rule "Runs out of memory in its conditions"
                ruleflow-group "grading"
            when
                $h : Assessment( ) eval( $h.authority().equals( "an error in a condition" ) )
                AreaGrade( outOfMemory( $h.authority() ) )
            then
            end

            rule "W-RECURSES"
            %1$swhen
                $h : Assessment( ) eval( $h.authority().equals( "recursion without end" ) )
                $a : Answer( criterion == "caseloads_manageable" )
            then
                recurse( 0 );
            end

            rule "W-TAKES-ITS-TIME"
            %1$swhen
                $h : Assessment( ) eval( $h.authority().equals( "a slow rule" ) )
                $a : Answer( )
            then
                Thread.sleep( 400 );
            end

            rule "W-WAITS-FOR-EVER"
            %1$swhen
                $h : Assessment( ) eval( $h.authority().equals( "a rule that waits for ever" ) )
                $a : Answer( criterion == "caseloads_manageable" )
            then
                Thread.sleep( Long.MAX_VALUE );
            end

            rule "Reads a number that is not there"
                ruleflow-group "grading"
            when
                $h : Assessment( ) eval( $h.authority().equals( "a condition that throws" ) )
                AreaGrade( Integer.parseInt( $h.authority() ) > 0 )
            then
            end
            """.formatted(METADATA);

    @TempDir
    static Path tmp;
    private static Path pack;

    @BeforeAll
    static void copyThePackWithFaults() throws IOException {
        pack = VerifyCommandTest.copy(Path.of("rules"), tmp.resolve("rules"));
        Files.writeString(pack.resolve("leadership/faults.drl"), FAULTS);
    }

    /** Checks the Gateshead fixture renamed after the fault to trigger. */
    private static Cli checkAs(String authority) throws IOException {
        Path input = tmp.resolve(authority.replace(' ', '-') + ".yaml");
        Files.writeString(input, Files.readString(Path.of(SEED)).replace("authority: Gateshead",
                "authority: " + authority));
        return assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> Cli.run("check", input.toString(), "--rules", pack.toString(), "--format", "json"), "hung");
    }

    private static void assertRefused(Cli cli, String... expected) {
        assertEquals(ExitCode.BAD_RULES.code(), cli.exitCode(), cli.err());
        assertEquals("", cli.out(), "no report, not even part of one");
        for (String text : expected) {
            assertTrue(cli.err().contains(text), "expected '" + text + "' in:\n" + cli.err());
        }
        assertTrue(cli.err().endsWith("The rule pack is broken; no report was produced.\n"), cli.err());
        assertFalse(cli.err().contains("\tat "), cli.err());
    }

    @Test
    void theFaultsActOnlyWhenTriggered() throws IOException {
        Cli cli = checkAs("Gateshead");
        assertEquals(0, cli.exitCode(), cli.err());
        assertTrue(cli.out().contains("\"overall\" : \"good\""), cli.out());
    }

    @Test
    void aFindingRuleThatInsertsWhatItMatchesIsStoppedAndNamed() throws IOException {
        assertRefused(checkAs("insert loop in a finding rule"),
                "rule pack fault: rule W-LOOPS-BY-INSERTING fired 100000 times in the findings phase and the rules did "
                        + "not settle", "add no-loop");
    }

    @Test
    void aJudgementRuleThatModifiesWhatItMatchesIsStoppedAndNamed() throws IOException {
        assertRefused(checkAs("modify loop in a judgement rule"),
                "rule Grades without end fired ", " times in the grading phase and the rules did not settle");
    }

    @Test
    void aRuleThatInsertsWhatItMatchesIsStoppedAndNamed() throws IOException {
        assertRefused(checkAs("insert loop in a judgement rule"), "rule Count for ever fired ",
                " times in the totals phase");
    }

    @Test
    void aRuleThatThrowsIsNamedAndNothingIsReported() throws IOException {
        assertRefused(checkAs("a rule that throws"),
                "rule pack fault: rule W-THROWS failed in its actions (then): IllegalStateException: no figure for "
                        + "caseloads_manageable");
    }

    /** The rule acts only once the grade-raise search rates the answer better, in a session on another thread. */
    @Test
    void aRuleThatThrowsOnlyInTheGradeRaiseSearchIsNamedAndNothingIsReported() throws IOException {
        assertRefused(checkAs("a rule that throws in the search"),
                "rule pack fault: rule W-THROWS-IN-THE-SEARCH failed in its actions (then): IllegalStateException: "
                        + "raised cic_reviews_drive_plans");
    }

    @Test
    void aRuleWhoseMatchesGrowFasterThanItFiresIsStoppedAndNamed() throws IOException {
        assertRefused(checkAs("pairs without end"), "the totals phase made more than 500000 matches and was stopped: "
                + "rule Adds every pair fired most (");
    }

    @Test
    void anAssertionInARuleIsNamed() throws IOException {
        assertRefused(checkAs("an assertion that fails"), "rule pack fault: the rules failed in the findings phase; "
                + "the rule running was W-ASSERTS: AssertionError: caseloads checked twice");
    }

    @Test
    void memoryRunningOutInAConditionIsNamed() throws IOException {
        assertRefused(checkAs("an error in a condition"), "rule Runs out of memory in its conditions failed in its "
                + "conditions (when): OutOfMemoryError: Java heap space");
    }

    @Test
    void recursionWithoutEndNamesTheRuleThatRecursed() throws IOException {
        assertRefused(checkAs("recursion without end"), "rule pack fault: the rules recursed without end in the "
                + "findings phase; the rule running was W-RECURSES");
    }

    @Test
    void aPhaseThatRunsPastItsTimeIsStoppedAndNamed() throws IOException {
        System.setProperty(uk.selfcheck.engine.Evaluator.TIME_LIMIT_PROPERTY, "1");
        try {
            assertRefused(checkAs("a slow rule"), "the findings phase ran for more than 1 seconds and was stopped: "
                    + "rule W-TAKES-ITS-TIME fired most (");
        } finally {
            System.clearProperty(uk.selfcheck.engine.Evaluator.TIME_LIMIT_PROPERTY);
        }
    }

    /**
     * Drools' halt cannot stop actions that never return: a grace after the phase's limit, the evaluation is given up
     * on and the rule named with its file. (The waiting thread is then interrupted, so this one does not outlive the
     * test; a rule that loops is tested in a process of its own, {@link StuckRuleTest}.)
     */
    @Test
    void aRuleWhoseActionsNeverReturnIsGivenUpOnAndNamedWithItsFile() throws IOException {
        System.setProperty(uk.selfcheck.engine.Evaluator.TIME_LIMIT_PROPERTY, "1");
        try {
            long start = System.nanoTime();
            assertRefused(checkAs("a rule that waits for ever"), "rule pack fault: the findings phase ran for more "
                    + "than 1 second and did not stop when told to: rule W-WAITS-FOR-EVER ("
                    + pack.resolve("leadership/faults.drl") + ") was still running its actions (then), which never "
                    + "return (a loop without end, or a wait), so selfcheck gave up on it");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertTrue(seconds < 30, "gave up after the limit and its grace, not at the end of a wait: " + seconds);
        } finally {
            System.clearProperty(uk.selfcheck.engine.Evaluator.TIME_LIMIT_PROPERTY);
        }
    }

    @Test
    void aConditionThatThrowsIsNamed() throws IOException {
        assertRefused(checkAs("a condition that throws"),
                "rule Reads a number that is not there failed in its conditions (when): ",
                "NumberFormatException: For input string: \"a condition that throws\"");
    }

    @Test
    void aPackWithOneFileThatDoesNotCompileIsRefusedWhole() throws IOException {
        Path broken = VerifyCommandTest.copy(Path.of("rules"), tmp.resolve("broken"));
        Files.writeString(broken.resolve("leadership/broken.drl"), """
                package test.broken;
                import uk.selfcheck.model.AreaGrade;

                rule "Broken"
                    ruleflow-group "grading"
                when
                    AreaGrade( )
                thn
                end
                """);
        Cli cli = Cli.run("check", SEED, "--rules", broken.toString());
        assertEquals(ExitCode.BAD_RULES.code(), cli.exitCode(), cli.err());
        assertEquals("", cli.out());
        assertTrue(cli.err().contains("leadership/broken.drl:9: mismatched input 'end' in rule \"Broken\""), cli.err());
        assertTrue(cli.err().contains("The rule pack is broken (1 problem); nothing was checked."), cli.err());
    }
}
