package uk.selfcheck.input;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A parsed YAML value that remembers where it was written, so every error can name the file, line and field. */
public sealed interface YamlNode permits YamlNode.Mapping, YamlNode.Sequence, YamlNode.Scalar {

    int line();

    int column();

    /** Dotted path from the document root, e.g. {@code answers.leadership.workforce_and_caseloads}. */
    String path();

    /** What a user would call this kind of value, for "expected a mapping, found a list" messages. */
    String describe();

    /** What YAML made of a plain value: {@code 12} is a number, {@code "12"} and {@code twelve} are strings. */
    enum ScalarType { STRING, NUMBER, BOOLEAN, NULL }

    /** A plain value; {@code text} is null for YAML null (an empty value). */
    record Scalar(String text, ScalarType type, int line, int column, String path) implements YamlNode {
        @Override
        public String describe() {
            switch (type) {
                case NULL: return "an empty value";
                case NUMBER: return "the number " + text;
                case BOOLEAN: return "the value " + text;
                default: return "the text " + quote(text);
            }
        }
    }

    /** A key with the place it was written and its value. */
    record Entry(String key, int line, int column, YamlNode value) {
    }

    /** A mapping in the order the user wrote it; keys are unique (the reader rejects duplicates). */
    record Mapping(Map<String, Entry> entries, int line, int column, String path) implements YamlNode {
        public Mapping {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
        }

        public YamlNode get(String key) {
            Entry entry = entries.get(key);
            return entry == null ? null : entry.value();
        }

        @Override
        public String describe() {
            return "a mapping of keys";
        }
    }

    record Sequence(List<YamlNode> items, int line, int column, String path) implements YamlNode {
        public Sequence {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "a list";
        }
    }

    /** A value echoed in a message, cut short: a pasted paragraph should not fill the screen. */
    static String quote(String text) {
        return "'" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "'";
    }

    static String child(String parent, String key) {
        return parent.isEmpty() ? key : parent + "." + key;
    }
}
