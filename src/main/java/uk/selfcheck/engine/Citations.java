package uk.selfcheck.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import uk.selfcheck.input.InputError;
import uk.selfcheck.model.PackManifest;
import uk.selfcheck.model.SourceDocument;

/**
 * Checks that each passage a rule or criterion quotes stands in the document it names, as kept in the pack's
 * {@code documents:} (a file named relative to pack.yaml's folder). Case, white space, line breaks, typographic
 * quotes and soft hyphens are ignored, and '...' (or '…') stands for words left out: each piece between elisions must
 * appear, in order.
 */
final class Citations {
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern ELISION = Pattern.compile("\\.\\.\\.|…");

    private final Path packFolder;
    private final PackManifest manifest;
    private final Map<String, Optional<String>> texts = new HashMap<>();

    Citations(Path packFolder, PackManifest manifest) {
        this.packFolder = packFolder;
        this.manifest = manifest;
    }

    /** Problems with one source entry, reported at {@code file} and {@code line} as {@code who}'s. */
    List<InputError> check(String source, String who, String file, int line) {
        List<InputError> problems = new ArrayList<>();
        Optional<SourceDocument> document = manifest.documentCitedBy(source);
        int colon = source.indexOf(':');
        if (document.isEmpty() || colon < 0) {
            return problems; // an unknown document or a missing passage is reported where the pack is loaded
        }
        String quoted = source.substring(colon + 1).trim();
        if (quoted.length() < 2 || !quoted.startsWith("'") || !quoted.endsWith("'")) {
            return problems;
        }
        Optional<String> text = text(document.get());
        if (text.isEmpty()) {
            problems.add(new InputError(file, line, 1, "", who + " cites " + document.get().name() + ", whose file "
                    + packFolder.resolve(document.get().file()) + " cannot be read; keep the document in the "
                    + "project (sources/) and name it under documents: in pack.yaml", null));
            return problems;
        }
        String passage = quoted.substring(1, quoted.length() - 1);
        int from = 0;
        for (String piece : ELISION.split(normalise(passage))) {
            String p = piece.strip();
            if (p.isEmpty()) {
                continue;
            }
            int at = text.get().indexOf(p, from);
            if (at < 0) {
                problems.add(new InputError(file, line, 1, "", who + " quotes a passage that is not in "
                        + document.get().name() + " (" + document.get().file() + "): '" + shorten(p) + "'", null));
                return problems;
            }
            from = at + p.length();
        }
        return problems;
    }

    private Optional<String> text(SourceDocument document) {
        return texts.computeIfAbsent(document.name(), n -> {
            try {
                return Optional.of(normalise(Files.readString(packFolder.resolve(document.file()),
                        StandardCharsets.UTF_8)));
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /** Lower case, typographic quotes plain, soft hyphens gone, a hyphen broken across lines joined, spaces one. */
    static String normalise(String text) {
        String t = text.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"').replace('\u201d', '"')
                .replace("\u00ad", "");
        t = t.replaceAll("-\\s*\\n\\s*", "-");
        return SPACE.matcher(t).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }

    private static String shorten(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
