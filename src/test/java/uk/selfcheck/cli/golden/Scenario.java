package uk.selfcheck.cli.golden;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A command-line scenario, written as Markdown so that it reads as documentation and renders on GitHub. Fenced
 * blocks carry the machine-read parts, named by their info string:
 *
 * <pre>
 * ```file sa.yaml          an input file, written to the scenario's folder
 * ```copy                  lines "FROM -> TO": copy a file or folder of the project into the scenario's folder
 * ```edit PATH             "in ANCHOR", then "- OLD" / "+ NEW" pairs: after ANCHOR, the first OLD reads NEW
 * ```command               the command line, starting with "selfcheck"
 * ```stdout / ```stderr    what it must print; a missing block means it prints nothing there
 * ```written PATH          what the command must write into a file of the scenario's folder (with --output)
 * </pre>
 *
 * and one line {@code Exit code: N}. Everything else is prose for the reader.
 */
final class Scenario {
    private static final Pattern FENCE = Pattern.compile("^(`{3,})(.*)$");
    private static final Pattern EXIT = Pattern.compile("^Exit code: (\\d+)\\.?$");
    static final String NO_FINAL_NEWLINE = "(no newline at end)";
    static final List<String> KINDS = List.of("file", "copy", "edit", "command", "stdout", "stderr", "written");

    /** A fenced block: its kind (first word of the info string), the rest of the info string, and its lines. */
    record Block(String kind, String argument, String text, int first, int last) {
    }

    final Path file;
    final List<String> lines;
    final List<Block> blocks = new ArrayList<>();
    int exitLine = -1;

    private Scenario(Path file, List<String> lines) {
        this.file = file;
        this.lines = lines;
    }

    static Scenario read(Path file) throws IOException {
        Scenario scenario = new Scenario(file, Files.readAllLines(file, StandardCharsets.UTF_8));
        scenario.parse();
        return scenario;
    }

    String name() {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - ".md".length());
    }

    private void parse() {
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (fence.matches()) {
                int close = closing(i, fence.group(1).length());
                String info = fence.group(2).trim();
                String kind = info.contains(" ") ? info.substring(0, info.indexOf(' ')) : info;
                String argument = info.substring(kind.length()).trim();
                if (!KINDS.contains(kind)) {
                    throw error(i, "unknown block '" + kind + "'; use one of " + String.join(", ", KINDS));
                }
                StringBuilder text = new StringBuilder();
                lines.subList(i + 1, close).forEach(l -> text.append(l).append('\n'));
                blocks.add(new Block(kind, argument, text.toString(), i, close));
                i = close;
            } else if (EXIT.matcher(lines.get(i)).matches()) {
                if (exitLine >= 0) {
                    throw error(i, "a second 'Exit code:' line (the first is on line " + (exitLine + 1) + ")");
                }
                exitLine = i;
            }
        }
        if (blocks(("command")).size() != 1) {
            throw error(0, "a scenario needs exactly one ```command block");
        }
    }

    private int closing(int open, int ticks) {
        for (int j = open + 1; j < lines.size(); j++) {
            String line = lines.get(j).trim();
            if (line.length() >= ticks && line.chars().allMatch(c -> c == '`')) {
                return j;
            }
        }
        throw error(open, "the block opened here is never closed");
    }

    List<Block> blocks(String kind) {
        return blocks.stream().filter(b -> b.kind().equals(kind)).toList();
    }

    String command() {
        return blocks("command").get(0).text().replace("\\\n", " ").trim();
    }

    /** What the scenario says the command prints on a stream: the block's text, or empty without one. */
    String expected(String stream) {
        return blocks(stream).stream().findFirst().map(Scenario::content).orElse("");
    }

    /** A block's text as the command must print or write it. */
    static String content(Block block) {
        return block.argument().endsWith(NO_FINAL_NEWLINE) ? block.text().substring(0, block.text().length() - 1)
                : block.text();
    }

    Optional<Integer> expectedExit() {
        if (exitLine < 0) {
            return Optional.empty();
        }
        Matcher m = EXIT.matcher(lines.get(exitLine));
        m.matches();
        return Optional.of(Integer.parseInt(m.group(1)));
    }

    /** The scenario with its expected output replaced by what the command printed, everything else kept. */
    String updated(String stdout, String stderr, int exit) {
        return updated(stdout, stderr, exit, Map.of());
    }

    /** As {@link #updated(String, String, int)}, with the files the command wrote, by their {@code written} path. */
    String updated(String stdout, String stderr, int exit, Map<String, String> written) {
        Writer out = new Writer();
        boolean wroteStdout = false;
        boolean wroteStderr = false;
        boolean wroteExit = false;
        for (int i = 0; i < lines.size(); i++) {
            Block block = blockAt(i);
            if (block != null && block.kind().equals("stdout")) {
                wroteStdout = true;
                out.block(fenced("stdout", stdout));
                i = block.last();
            } else if (block != null && block.kind().equals("stderr")) {
                wroteStderr = true;
                out.block(fenced("stderr", stderr));
                i = block.last();
            } else if (block != null && block.kind().equals("written")) {
                String path = block.argument().replace(NO_FINAL_NEWLINE, "").trim();
                out.block(fenced("written " + path, written.getOrDefault(path, "")));
                i = block.last();
            } else if (block != null) {
                out.block(lines.subList(block.first(), block.last() + 1));
                i = block.last();
            } else if (i == exitLine) {
                wroteExit = true;
                out.prose("Exit code: " + exit);
            } else {
                out.prose(lines.get(i));
            }
        }
        if (!wroteStdout && !stdout.isEmpty()) {
            out.prose("");
            out.block(fenced("stdout", stdout));
        }
        if (!wroteStderr && !stderr.isEmpty()) {
            out.prose("");
            out.block(fenced("stderr", stderr));
        }
        if (!wroteExit) {
            out.prose("");
            out.prose("Exit code: " + exit);
        }
        return out.text();
    }

    /** Collects the lines of a scenario, keeping one blank line between paragraphs where an output block went. */
    private static final class Writer {
        private final List<String> lines = new ArrayList<>();
        private boolean blank = true;

        void prose(String line) {
            if (!(line.isBlank() && blank)) {
                lines.add(line);
            }
            blank = line.isBlank();
        }

        void block(List<String> block) {
            lines.addAll(block);
            blank = block.isEmpty() && blank;
        }

        String text() {
            int end = lines.size();
            while (end > 0 && lines.get(end - 1).isBlank()) {
                end--;
            }
            return String.join("\n", lines.subList(0, end)) + "\n";
        }
    }

    private Block blockAt(int line) {
        return blocks.stream().filter(b -> b.first() == line).findFirst().orElse(null);
    }

    /** A block for the text, with a fence longer than any run of backticks that starts one of its lines. */
    private static List<String> fenced(String kind, String text) {
        if (text.isEmpty() && !kind.startsWith("written")) {
            return List.of();
        }
        int longest = 2;
        for (String line : text.split("\n", -1)) {
            Matcher ticks = Pattern.compile("^\\s*(`+)").matcher(line);
            if (ticks.find()) {
                longest = Math.max(longest, ticks.group(1).length());
            }
        }
        String fence = "`".repeat(longest + 1);
        boolean finalNewline = text.isEmpty() || text.endsWith("\n");
        List<String> block = new ArrayList<>();
        block.add(fence + kind + (finalNewline ? "" : " " + NO_FINAL_NEWLINE));
        block.addAll(List.of((finalNewline ? text.substring(0, text.length() - 1) : text).split("\n", -1)));
        block.add(fence);
        return block;
    }

    IllegalStateException error(int line, String message) {
        return new IllegalStateException(file + ":" + (line + 1) + ": " + message);
    }
}
