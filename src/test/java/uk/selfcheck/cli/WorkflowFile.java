package uk.selfcheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** docs/ci-workflow.yml as GitHub reads it: its triggers, permissions, environment and steps. */
final class WorkflowFile {
    static final Path PATH = Path.of("docs/ci-workflow.yml");

    final JsonNode root;

    private WorkflowFile(JsonNode root) {
        this.root = root;
    }

    static WorkflowFile read() throws IOException {
        return new WorkflowFile(new ObjectMapper(new YAMLFactory()).readTree(PATH.toFile()));
    }

    /** The triggers: YAML 1.1 reads the key {@code on} as true, as some parsers still do; GitHub reads it as on. */
    JsonNode on() {
        return root.has("on") ? root.get("on") : root.path("true");
    }

    List<JsonNode> steps() {
        List<JsonNode> steps = new ArrayList<>();
        root.at("/jobs/rules/steps").forEach(steps::add);
        return steps;
    }

    JsonNode step(String name) {
        return steps().stream().filter(s -> name.equals(s.path("name").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no step '" + name + "' in " + PATH));
    }

    List<JsonNode> runSteps() {
        return steps().stream().filter(s -> s.has("run")).toList();
    }

    /** The steps' run scripts' words, for the command lines they hold. */
    List<String> selfcheckLines() {
        List<String> lines = new ArrayList<>();
        for (JsonNode step : runSteps()) {
            StringBuilder joined = new StringBuilder();
            for (String line : step.path("run").asText().split("\n")) {
                String trimmed = line.trim();
                if (trimmed.endsWith("\\")) {
                    joined.append(trimmed, 0, trimmed.length() - 1);
                    continue;
                }
                joined.append(trimmed);
                if (joined.toString().startsWith("./selfcheck ")) {
                    lines.add(joined.toString().replaceAll("\\s+", " "));
                }
                joined.setLength(0);
            }
        }
        return lines;
    }
}
