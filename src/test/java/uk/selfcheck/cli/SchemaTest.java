package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.selfcheck.verify.FixtureRunner;

/**
 * {@code selfcheck schema}: every shipped self-assessment is valid against the generated JSON Schema, checked with an
 * independent validator, and the bad inputs of {@link BadInputTest} that a schema can express are refused.
 */
class SchemaTest {
    private static final YAMLMapper YAML = new YAMLMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private static JsonSchema schema(String... args) throws IOException {
        String[] all = new String[args.length + 1];
        all[0] = "schema";
        System.arraycopy(args, 0, all, 1, args.length);
        Cli cli = Cli.run(all);
        assertEquals(0, cli.exitCode(), cli.err());
        JsonNode node = new ObjectMapper().readTree(cli.out());
        assertEquals("https://json-schema.org/draft/2020-12/schema", node.get("$schema").asText());
        return FACTORY.getSchema(node);
    }

    private static Set<ValidationMessage> validate(JsonSchema schema, String yaml) throws IOException {
        return schema.validate(YAML.readTree(yaml));
    }

    private static List<Path> selfAssessments() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("fixtures/seeds", "fixtures/edge")) {
            try (Stream<Path> list = Files.list(Path.of(folder))) {
                list.filter(p -> p.toString().endsWith(".yaml"))
                        .filter(p -> !p.toString().endsWith(FixtureRunner.EXPECTED_SUFFIX)).sorted().forEach(files::add);
            }
        }
        return files;
    }

    @TestFactory
    List<DynamicTest> everyFixtureIsValid() throws IOException {
        JsonSchema any = schema();
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : selfAssessments()) {
            tests.add(DynamicTest.dynamicTest(file.toString(), () -> {
                String yaml = Files.readString(file);
                assertEquals(Set.of(), validate(any, yaml), "against the schema for any framework");
                String framework = YAML.readTree(yaml).path("framework").asText("ilacs-2026");
                assertEquals(Set.of(), validate(schema("--framework", framework), yaml), "against " + framework);
            }));
        }
        assertTrue(tests.size() >= 10, "seeds and edge fixtures found: " + tests.size());
        return tests;
    }

    @ParameterizedTest
    @ValueSource(strings = {"sif-2013", "ilacs-2018", "ilacs-2023", "ilacs-2026"})
    void theInitTemplateIsValid(String framework) throws IOException {
        String template = Cli.run("init", "--framework", framework, "--date", "2025-03-31").out();
        assertEquals(Set.of(), validate(schema("--framework", framework), template));
        assertEquals(Set.of(), validate(schema(), template));
    }

    @Test
    void badInputsThatASchemaCanExpressAreRefused() throws IOException {
        JsonSchema any = schema();
        List<String> cases = new ArrayList<>(List.of(BadInputTest.MISSPELT_CRITERION,
                BadInputTest.RATING_OFF_THE_SCALE, BadInputTest.RATING_OF_THE_WRONG_TYPE,
                BadInputTest.FIGURE_OUT_OF_RANGE, BadInputTest.UNKNOWN_AREA_AND_MISPLACED_THEME,
                BadInputTest.AREA_NOT_JUDGED, BadInputTest.MISSING_HEADER_FIELDS, BadInputTest.LIST_NOT_MAPPING));
        for (String[] line : BadInputTest.WRONG_HEADER_LINES) {
            // a date in the future depends on today, which a schema cannot know
            if (!line[0].equals("date: 2999-01-01")) {
                cases.add(BadInputTest.withHeaderLine(line[0]));
            }
        }
        for (String yaml : cases) {
            assertFalse(validate(any, yaml).isEmpty(), "the schema accepts:\n" + yaml);
        }
        assertEquals(Set.of(), validate(any, BadInputTest.HEADER + "answers: {}\n"), "the valid header is valid");
    }

    @Test
    void theSchemaNamesTheFieldAndTheAllowedValues() throws IOException {
        String messages = validate(schema(), BadInputTest.MISSPELT_CRITERION).stream()
                .map(ValidationMessage::getMessage).collect(Collectors.joining("\n"));
        assertTrue(messages.contains("caseload_manageable"), messages);
        String offTheScale = validate(schema("--framework", "ilacs-2023"), BadInputTest.RATING_OFF_THE_SCALE)
                .stream().map(ValidationMessage::getMessage).collect(Collectors.joining("\n"));
        assertTrue(offTheScale.contains("caseloads_manageable"), offTheScale);
    }

    @Test
    void figuresWithoutARatingAndAreasOfAnotherFrameworkAreRefused() throws IOException {
        String unrated = BadInputTest.HEADER + "answers:\n  leadership:\n    workforce_and_caseloads:\n"
                + "      caseloads_manageable:\n        rating: not_assessed\n        figures:\n"
                + "          average_caseload: 19\n";
        assertFalse(validate(schema(), unrated).isEmpty());
        assertEquals(Set.of(), validate(schema(), unrated.replace("not_assessed", "mostly")));
        String sif = "authority: A\ndate: 2015-01-01\nframework: sif-2013\nanswers:\n  lscb: {}\n";
        assertEquals(Set.of(), validate(schema(), sif), "SIF reviews the LSCB");
        assertFalse(validate(schema("--framework", "ilacs-2026"), sif).isEmpty());
        String theme = BadInputTest.HEADER + "scope:\n  theme: front_door\nanswers: {}\n";
        assertFalse(validate(schema(), theme).isEmpty(), "a theme only with a focused visit");
        assertEquals(Set.of(), validate(schema(), theme.replace("scope:\n", "scope:\n  visit: focused_visit\n")));
    }
}
