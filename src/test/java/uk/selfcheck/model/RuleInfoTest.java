package uk.selfcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A rule's conditions are what lies between its own when and then, not those words inside its texts. */
class RuleInfoTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "keywords on their own lines|rule \"X\"\\n    @text(\"visits when there are concerns, then action\")\\nwhen\\n"
                + "    $a : Answer( rating <= Rating.INCONSISTENTLY )\\nthen\\n    insert( x );\\nend\\n"
                + "|$a : Answer( rating <= Rating.INCONSISTENTLY )",
        "keywords inline|rule \"X\" when Answer() then insert( x ); end|Answer()"})
    void conditionsAreBetweenTheKeywords(String name, String source, String conditions) {
        RuleInfo rule = new RuleInfo("X", Kind.WEAKNESS, "a", "t", Severity.LOW, "title", "finding", "rec",
                List.of(), List.of(), "x.drl", 1, source.replace("\\n", "\n"));
        assertEquals(conditions, rule.conditions());
    }
}
