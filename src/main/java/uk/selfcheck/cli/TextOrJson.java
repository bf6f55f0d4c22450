package uk.selfcheck.cli;

import picocli.CommandLine.Option;

/** The {@code --format} option of the commands that print either text for people or JSON for tools. */
final class TextOrJson {
    enum Format { text, json }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
