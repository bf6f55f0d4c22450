package uk.selfcheck.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML file into a {@link YamlNode} tree with positions, refusing what YAML allows but a hand-written form
 * should never contain: duplicate keys, aliases (and so alias bombs), explicit tags (such as {@code !!java...}),
 * several documents, very deep nesting, huge files and text that is not UTF-8.
 */
public final class YamlReader {
    /** Larger than any real self-assessment or rule file by two orders of magnitude. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final int MAX_DEPTH = 20;

    private static final YAMLFactory FACTORY = createFactory();

    private final String file;
    private final List<InputError> errors = new ArrayList<>();

    private YamlReader(String file) {
        this.file = file;
    }

    private static YAMLFactory createFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // detected here instead, with the line of both keys
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setCodePointLimit((int) MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        factory.setStreamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(MAX_DEPTH + 5).maxStringLength((int) MAX_BYTES).build());
        return factory;
    }

    /** Reads {@code path}, naming it {@code displayName} in errors. */
    public static YamlNode read(Path path, String displayName) throws InputException {
        long size;
        try {
            size = Files.size(path);
        } catch (IOException e) {
            throw new InputException(new InputError(displayName, 0, 0, "", "cannot read the file: " + reason(e), null));
        }
        if (size > MAX_BYTES) {
            throw new InputException(new InputError(displayName, 0, 0, "",
                    "the file is too large (" + size / 1024 + " KiB); the limit is " + MAX_BYTES / 1024 + " KiB", null));
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputException(new InputError(displayName, 0, 0, "", "cannot read the file: " + reason(e), null));
        }
        return parse(bytes, displayName);
    }

    /** Parses bytes already in memory (used by tests and by readers of bundled resources). */
    public static YamlNode parse(byte[] bytes, String displayName) throws InputException {
        String text = decode(bytes, displayName);
        return new YamlReader(displayName).parseText(text);
    }

    private static String decode(byte[] bytes, String file) throws InputException {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputException(new InputError(file, lineOf(bytes, i), 0, "",
                        "the file is binary, not YAML text (it contains a NUL byte)", null));
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            String text = decoder.decode(buffer).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            int at = buffer.position();
            throw new InputException(new InputError(file, lineOf(bytes, at), 0, "",
                    "the file is not UTF-8 text (invalid byte near offset " + at + "); save it as UTF-8", null));
        }
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private YamlNode parseText(String text) throws InputException {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new InputException(new InputError(file, 1, 1, "", "the file is empty", null));
            }
            YamlNode root = readValue((YAMLParser) parser, "", 0);
            JsonToken extra = parser.nextToken();
            if (extra != null) {
                JsonLocation at = parser.currentTokenLocation();
                errors.add(new InputError(file, at.getLineNr(), at.getColumnNr(), "",
                        "the file holds more than one YAML document; keep one (remove the extra '---')", null));
            }
            if (!errors.isEmpty()) {
                throw new InputException(errors);
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String message = e.getOriginalMessage().replaceAll("\\s+", " ").trim();
            if (message.contains("'\\t'") || message.contains("\\t(TAB)")) {
                message = "a tab character is used for indentation; YAML needs spaces (" + message + ")";
            }
            errors.add(new InputError(file, at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(), "",
                    "not valid YAML: " + message, null));
            throw new InputException(errors);
        } catch (IOException e) {
            throw new InputException(new InputError(file, 0, 0, "", "cannot read the file: " + reason(e), null));
        }
    }

    private YamlNode readValue(YAMLParser parser, String path, int depth) throws IOException {
        JsonLocation at = parser.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        if (depth > MAX_DEPTH) {
            errors.add(new InputError(file, line, column, path, "nesting is too deep (more than " + MAX_DEPTH
                    + " levels)", null));
            parser.skipChildren();
            return new YamlNode.Scalar(null, YamlNode.ScalarType.NULL, line, column, path);
        }
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
                return new YamlNode.Scalar(parser.getText(), YamlNode.ScalarType.STRING, line, column, path);
        }
    }

    private YamlNode readMapping(YAMLParser parser, String path, int depth, int line, int column)
            throws IOException {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            JsonLocation keyAt = parser.currentTokenLocation();
            String childPath = YamlNode.child(path, key);
            parser.nextToken();
            YamlNode value = readValue(parser, childPath, depth + 1);
            YamlNode.Entry previous = entries.get(key);
            if (previous != null) {
                errors.add(new InputError(file, keyAt.getLineNr(), keyAt.getColumnNr(), childPath,
                        "duplicate key '" + key + "' (first written on line " + previous.line()
                                + "); each key may appear once", null));
                continue;
            }
            entries.put(key, new YamlNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
        }
        return new YamlNode.Mapping(entries, line, column, path);
    }

    private void checkTagAndAlias(YAMLParser parser, String path, int line, int column) throws IOException {
        if (parser.isCurrentAlias()) {
            errors.add(new InputError(file, line, column, path,
                    "YAML aliases (*name) are not allowed; write the value out in full", null));
        }
        String tag = parser.getTypeId();
        if (tag != null) {
            errors.add(new InputError(file, line, column, path,
                    "YAML tags such as '" + tag + "' are not allowed; write a plain value", null));
        }
    }


    private static String reason(IOException e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message;
    }
}
