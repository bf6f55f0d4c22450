package uk.selfcheck.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML file into a {@link YamlNode} tree with positions, refusing what YAML allows but a hand-written form
 * should never contain: duplicate keys, aliases (and so alias bombs), explicit tags (such as {@code !!java...}),
 * several documents, very deep nesting, huge files, absurdly long keys or too many values, and text that is not
 * UTF-8. Jackson reads the YAML as a stream of events and never builds objects from tags, so a tag can do no harm;
 * it is refused so that the file means what it says.
 */
public final class YamlReader {
    public static final long MAX_BYTES = TextFile.MAX_BYTES;
    public static final int MAX_DEPTH = 20;
    /** Ids in a pack are at most about 50 characters; a longer key is a pasted sentence or an attack on memory. */
    public static final int MAX_KEY_LENGTH = 100;
    /** A complete self-assessment has about a thousand values; a rule pack file a few thousand. */
    public static final int MAX_VALUES = 50_000;
    /** Past this many, more errors only bury the first ones (and cost time to locate and explain). */
    public static final int MAX_ERRORS = 50;

    private static final YAMLFactory FACTORY = createFactory();

    private final String file;
    /** The file as written, to find the column of a character inside a key or value. */
    private String source = "";
    /** Offsets in {@link #source} where each line starts, made when first needed. */
    private int[] lineStarts;
    private final List<InputError> errors = new ArrayList<>();
    private int omitted;
    private int values;
    /** The field being read, to name in a syntax error. */
    private String reading = "";
    /** Whether every problem found so far is a duplicate key, which leaves the rest of the file worth checking. */
    private boolean onlyDuplicateKeys = true;

    private YamlReader(String file) {
        this.file = file;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // detected here instead, with the line of both keys
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setCodePointLimit((int) MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options)
                .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL).build();
        // a backstop only: readValue stops at MAX_DEPTH first, with the line and field
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 5).maxStringLength((int) MAX_BYTES).build());
        return factory;
    }

    /**
     * A file read whole, with its duplicate keys (the first of each is kept): a reader can go on to check the rest and
     * report every problem at once. {@code text} is the file as written, for checks of what the parser leaves out
     * (a comment that cut a text short).
     */
    public record Parsed(YamlNode root, List<InputError> errors, int omitted, String text) {
        /** The tree, if the file has no duplicate keys either. */
        public YamlNode strictly() throws InputException {
            if (!errors.isEmpty()) {
                throw new InputException(errors, omitted);
            }
            return root;
        }
    }

    /** Reads {@code path}, naming it {@code displayName} in errors; any problem is thrown. */
    public static YamlNode read(Path path, String displayName) throws InputException {
        return readAll(path, displayName).strictly();
    }

    /**
     * Reads {@code path}, returning duplicate keys with the tree; throws any other problem, which leaves no tree worth
     * checking (bad syntax, limits, an unreadable file) or one that does not mean what it seems to (aliases, tags,
     * several documents).
     */
    public static Parsed readAll(Path path, String displayName) throws InputException {
        return new YamlReader(displayName).parseText(TextFile.read(path, displayName));
    }

    /** Reads bytes already in memory exactly as {@link #readAll(Path, String)} reads a file of those bytes. */
    public static Parsed readAll(byte[] bytes, String displayName) throws InputException {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(new InputError(displayName, 0, 0, "", "the file is too large ("
                    + bytes.length / 1024 + " KiB); the limit is " + MAX_BYTES / 1024 + " KiB", null));
        }
        return new YamlReader(displayName).parseText(TextFile.decode(bytes, displayName));
    }

    /** Parses bytes already in memory (used by tests and by readers of bundled resources). */
    public static YamlNode parse(byte[] bytes, String displayName) throws InputException {
        if (bytes.length > MAX_BYTES) {
            throw new InputException(new InputError(displayName, 0, 0, "", "the file is too large ("
                    + bytes.length / 1024 + " KiB); the limit is " + MAX_BYTES / 1024 + " KiB", null));
        }
        return new YamlReader(displayName).parseText(TextFile.decode(bytes, displayName)).strictly();
    }

    private Parsed parseText(String text) throws InputException {
        source = text;
        try (JsonParser parser = FACTORY.createParser(text)) {
            try {
                return parseDocument((YAMLParser) parser, text);
            } catch (RuntimeException e) {
                // a fault inside the YAML library: still an unreadable file, at the place the parser had reached
                JsonLocation at = parser.currentLocation();
                add(new InputError(file, Math.max(at.getLineNr(), 1), Math.max(at.getColumnNr(), 0), reading,
                        "not valid YAML: " + SyntaxErrors.clean(e.getMessage()), null));
                throw new InputException(errors, omitted);
            }
        } catch (JsonProcessingException e) {
            add(SyntaxErrors.toInputError(file, e, reading, text));
            throw new InputException(errors, omitted);
        } catch (IOException e) {
            throw new InputException(new InputError(file, 0, 0, "", "cannot read the file: " + reason(e), null));
        }
    }

    private Parsed parseDocument(YAMLParser parser, String text) throws IOException, InputException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            throw new InputException(new InputError(file, 1, 1, "", "the file is empty", null));
        }
        YamlNode root = readValue(parser, "", 0);
        JsonToken extra = parser.nextToken();
        if (extra != null) {
            JsonLocation at = parser.currentTokenLocation();
            onlyDuplicateKeys = false;
            add(new InputError(file, at.getLineNr(), at.getColumnNr(), "",
                    "the file holds more than one YAML document; keep one (remove the extra '---')", null));
        }
        if (!onlyDuplicateKeys) {
            throw new InputException(errors, omitted);
        }
        return new Parsed(root, List.copyOf(errors), omitted, text);
    }

    private void add(InputError error) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(error);
        } else {
            omitted++;
        }
    }

    /** Records a problem that makes the rest of the file not worth reading, and stops. */
    private InputException stop(InputError error) {
        add(error);
        return new InputException(errors, omitted);
    }

    private YamlNode readValue(YAMLParser parser, String path, int depth) throws IOException, InputException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            throw stop(new InputError(file, line, column, path, "nesting is too deep (more than " + MAX_DEPTH
                    + " levels); a self-assessment needs six", null));
        }
        if (++values > MAX_VALUES) {
            throw stop(new InputError(file, line, column, path, "the file holds more than " + MAX_VALUES
                    + " values, far more than any self-assessment or rule file", null));
        }
        reading = path;
        checkTagAndAlias(parser, path, line, column);
        JsonToken token = parser.currentToken();
        switch (token) {
            case START_OBJECT:
                return readMapping(parser, path, depth, line, column);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    items.add(readValue(parser, path + "[" + index++ + "]", depth + 1));
                }
                return new YamlNode.Sequence(items, line, column, path);
            case VALUE_NULL:
                return new YamlNode.Scalar(null, YamlNode.ScalarType.NULL, line, column, path);
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.NUMBER, line, column, path);
            case VALUE_TRUE:
            case VALUE_FALSE:
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.BOOLEAN, line, column, path);
            default:
                String text = parser.getText();
                checkCharacters(text, path, line, column, "text");
                checkUnseen(text, false, path, line, column, parser.currentLocation(), "the text");
                return new YamlNode.Scalar(text, YamlNode.ScalarType.STRING, line, column, path);
        }
    }

    /**
     * Refuses a control or bidirectional character that a value or key holds once its escapes are decoded: the
     * raw-byte check ({@link TextFile}) cannot see {@code "\e[2J"}, which would clear a terminal showing the report.
     */
    private void checkCharacters(String text, String path, int line, int column, String what) {
        int at = Visible.firstForbidden(text);
        if (at >= 0) {
            onlyDuplicateKeys = false;
            add(new InputError(file, line, column, Visible.of(path), "the " + what + " holds the character "
                    + Visible.describe(text.codePointAt(at)) + ", written as an escape; delete it: a self-assessment"
                    + " holds only printable text", null));
        }
    }

    private YamlNode readMapping(YAMLParser parser, String path, int depth, int line, int column)
            throws IOException, InputException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            int length = key.codePointCount(0, key.length());
            if (length > MAX_KEY_LENGTH) {
                throw stop(new InputError(file, keyAt.getLineNr(), keyAt.getColumnNr(), path, "a key of "
                        + length + " characters ('" + Visible.of(key.substring(0, key.offsetByCodePoints(0, 40)))
                        + "...'); keys are short ids of at most " + MAX_KEY_LENGTH
                        + " characters (is a ':' missing after a value?)", null));
            }
            String childPath = YamlNode.child(path, key);
            checkKeyTag(childPath, keyAt.getLineNr(), keyAt.getColumnNr());
            checkCharacters(key, path, keyAt.getLineNr(), keyAt.getColumnNr(), "key '" + Visible.of(key) + "'");
            checkUnseen(key, true, path, keyAt.getLineNr(), keyAt.getColumnNr(), parser.currentLocation(),
                    "the key '" + Visible.of(Invisible.strip(key)) + "'");
            reading = childPath;
            parser.nextToken();
            YamlNode value = readValue(parser, childPath, depth + 1);
            YamlNode.Entry previous = entries.get(key);
            if (previous != null) {
                add(new InputError(file, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                        "duplicate key '" + key + "' (first written on line " + previous.line()
                                + "); each key may appear once", null));
                continue;
            }
            entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
        }
        return new YamlNode.Mapping(entries, line, column, path);
    }

    /**
     * Refuses an invisible character (a zero-width space, say) in a key or value, at the line and column where it
     * stands, and half of a surrogate pair written as an escape ({@code "\\uD800"}), which is no character at all and
     * would be written out as '?'.
     */
    private void checkUnseen(String text, boolean key, String path, int line, int column, JsonLocation end,
            String what) {
        int at = Invisible.first(text, key);
        if (at >= 0) {
            int c = text.codePointAt(at);
            int[] place = find(line, column, end, new String(Character.toChars(c)));
            onlyDuplicateKeys = false;
            add(new InputError(file, place == null ? line : place[0], place == null ? column : place[1],
                    Visible.of(path), Invisible.describe(c) + (place == null ? ", written as an escape, in "
                            : " at column " + place[1] + " of ") + what + ": delete it", null));
        }
        int lone = Invisible.loneSurrogate(text);
        if (lone >= 0) {
            String code = String.format(java.util.Locale.ROOT, "%04X", (int) text.charAt(lone));
            int[] place = find(line, column, end, "\\u" + code);
            onlyDuplicateKeys = false;
            add(new InputError(file, place == null ? line : place[0], place == null ? column : place[1],
                    Visible.of(path), what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1)
                            + " holds the escape \\u" + code + ", half of a surrogate pair, which is not a character "
                            + "on its own; write the character itself, or delete the escape", null));
        }
    }

    /**
     * Where {@code needle} (compared without case) first stands in the file between a token's start and its end,
     * as {line, column}, counting lines and columns in characters as the parser does; null if it is not written
     * there as such (it came from an escape).
     */
    private int[] find(int line, int column, JsonLocation end, String needle) {
        int from = offset(line, column);
        int to = end == null ? source.length() : Math.max(from, offset(end.getLineNr(), end.getColumnNr()));
        if (from < 0 || to < 0) {
            return null;
        }
        for (int i = from; i + needle.length() <= Math.min(to + needle.length(), source.length()); i++) {
            if (source.regionMatches(true, i, needle, 0, needle.length())) {
                int l = line;
                int start = offset(line, 1);
                for (int j = from; j < i; j++) {
                    char ch = source.charAt(j);
                    if (ch == '\n' || ch == '\r' && (j + 1 >= source.length() || source.charAt(j + 1) != '\n')) {
                        l++;
                        start = j + 1;
                    }
                }
                return new int[] {l, source.codePointCount(start, i) + 1};
            }
        }
        return null;
    }

    /** The offset in the source of a 1-based line and column (in characters), or -1 if there is no such place. */
    private int offset(int line, int column) {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>(List.of(0));
            for (int i = 0; i < source.length(); i++) {
                char ch = source.charAt(i);
                if (ch == '\n' || ch == '\r' && (i + 1 >= source.length() || source.charAt(i + 1) != '\n')) {
                    starts.add(i + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        if (line < 1 || line > lineStarts.length || column < 1) {
            return -1;
        }
        int start = lineStarts[line - 1];
        try {
            return source.offsetByCodePoints(start, column - 1);
        } catch (IndexOutOfBoundsException e) {
            return -1;
        }
    }

    /**
     * Refuses a tag on a key. The parser's tag for a key is not the key's own when the key is the first of its
     * mapping (it reports the mapping's tag there, and the key's is lost), so the tag is read from the file where the
     * key's event starts: its properties ({@code &anchor !tag}) come first.
     */
    private void checkKeyTag(String path, int line, int column) {
        int at = offset(line, column);
        if (at < 0) {
            return;
        }
        if (at < source.length() && source.charAt(at) == '&') {
            while (at < source.length() && !Character.isWhitespace(source.charAt(at))) {
                at++;
            }
            while (at < source.length() && (source.charAt(at) == ' ' || source.charAt(at) == '\t')) {
                at++;
            }
        }
        if (at < source.length() && source.charAt(at) == '!') {
            int end = at;
            while (end < source.length() && !Character.isWhitespace(source.charAt(end))) {
                end++;
            }
            onlyDuplicateKeys = false;
            add(new InputError(file, line, column, Visible.of(path), "YAML tags such as '"
                    + Visible.of(source.substring(at, end)) + "' are not allowed; write a plain key", null));
        }
    }

    private void checkTagAndAlias(YAMLParser parser, String path, int line, int column) throws IOException {
        if (parser.isCurrentAlias()) {
            onlyDuplicateKeys = false;
            add(new InputError(file, line, column, path,
                    "YAML aliases (*name) are not allowed; write the value out in full", null));
        }
        String tag = parser.getTypeId();
        if (tag != null) {
            onlyDuplicateKeys = false;
            add(new InputError(file, line, column, path,
                    "YAML tags such as '" + tag + "' are not allowed; write a plain value", null));
        }
    }


    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
