package uk.selfcheck.input;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Typed access to a {@link YamlNode} tree that records an {@link InputError} for every missing, misspelt or
 * wrongly typed field instead of stopping at the first, so a user fixes a file in one pass.
 */
public final class Fields {
    private final String file;
    private final List<InputError> errors = new ArrayList<>();
    private final List<InputError> warnings = new ArrayList<>();
    private int omitted;

    public Fields(String file) {
        this.file = file;
    }

    /** Starting with the problems the YAML reader found in a file it could still read, reported with the rest. */
    public Fields(YamlReader.Parsed parsed, String file) {
        this.file = file;
        this.errors.addAll(parsed.errors());
        this.omitted = parsed.omitted();
    }

    public String file() {
        return file;
    }

    public List<InputError> errors() {
        return errors;
    }

    /** What was read, in file order, that is allowed but is probably not what the user meant. */
    public List<InputError> warnings() {
        List<InputError> sorted = new ArrayList<>(warnings);
        java.util.Collections.sort(sorted);
        return List.copyOf(sorted);
    }

    /** A value that is read as written but looks like a slip; reported without stopping the check. */
    public void warn(YamlNode node, String message) {
        if (warnings.size() < YamlReader.MAX_ERRORS) {
            warnings.add(new InputError(file, node.line(), node.column(), node.path(), message, null));
        }
    }

    public void error(YamlNode node, String message) {
        add(new InputError(file, node.line(), node.column(), node.path(), message, null));
    }

    public void error(YamlNode node, String message, String suggestion) {
        add(new InputError(file, node.line(), node.column(), node.path(), message, suggestion));
    }

    public void error(YamlNode.Entry entry, String path, String message, String suggestion) {
        add(new InputError(file, entry.line(), entry.column(), path, message, suggestion));
    }

    /** As above, finding the suggestion only while errors are still being kept: a hostile file may hold 100,000. */
    public void unknown(YamlNode.Entry entry, String path, String message, Supplier<String> suggestion) {
        if (full()) {
            omitted++;
            return;
        }
        add(new InputError(file, entry.line(), entry.column(), path, message, suggestion.get()));
    }

    private boolean full() {
        return errors.size() >= YamlReader.MAX_ERRORS;
    }

    private void add(InputError error) {
        if (full()) {
            omitted++;
        } else {
            errors.add(error);
        }
    }

    public void throwIfAny() throws InputException {
        if (!errors.isEmpty()) {
            throw new InputException(errors, omitted);
        }
    }

    public Optional<YamlNode.Mapping> mapping(YamlNode node, String what) {
        if (node instanceof YamlNode.Mapping mapping) {
            return Optional.of(mapping);
        }
        error(node, what + " must be a mapping of keys to values, but this is " + node.describe());
        return Optional.empty();
    }

    public Optional<YamlNode.Sequence> sequence(YamlNode node, String what) {
        if (node instanceof YamlNode.Sequence sequence) {
            return Optional.of(sequence);
        }
        error(node, what + " must be a list, but this is " + node.describe());
        return Optional.empty();
    }

    /** Reports every key not in {@code allowed}, suggesting the closest allowed key. */
    public void allowOnly(YamlNode.Mapping mapping, Collection<String> allowed, String what) {
        for (YamlNode.Entry entry : mapping.entries().values()) {
            if (!allowed.contains(entry.key())) {
                unknown(entry, YamlNode.child(mapping.path(), entry.key()),
                        "unknown key '" + entry.key() + "' in " + what + "; allowed keys: " + String.join(", ", allowed),
                        () -> Suggestions.closest(entry.key(), allowed));
            }
        }
    }

    public Optional<String> optionalText(YamlNode.Mapping mapping, String key) {
        YamlNode node = mapping.get(key);
        if (node == null || isNull(node)) {
            return Optional.empty();
        }
        return text(node);
    }

    public Optional<String> requiredText(YamlNode.Mapping mapping, String key, String what) {
        YamlNode node = mapping.get(key);
        if (node == null || isNull(node)) {
            add(new InputError(file, node == null ? mapping.line() : node.line(),
                    node == null ? mapping.column() : node.column(), YamlNode.child(mapping.path(), key),
                    "missing required field '" + key + "' (" + what + ")", null));
            return Optional.empty();
        }
        return text(node);
    }

    /** A non-empty string value; numbers and booleans are refused so a typo cannot change a value's meaning. */
    public Optional<String> text(YamlNode node) {
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.STRING) {
            if (scalar.text().isBlank()) {
                error(node, "must not be blank");
                return Optional.empty();
            }
            return Optional.of(scalar.text());
        }
        error(node, "must be text, but this is " + node.describe());
        return Optional.empty();
    }

    /** One of {@code allowed}, suggesting the closest value when it is not. */
    public Optional<String> choice(YamlNode node, Collection<String> allowed, String what) {
        if (!(node instanceof YamlNode.Scalar scalar) || scalar.type() == YamlNode.ScalarType.NULL) {
            error(node, what + " must be one of: " + String.join(", ", allowed) + "; this is " + node.describe());
            return Optional.empty();
        }
        String value = scalar.text();
        if (!allowed.contains(value)) {
            error(node, YamlNode.quote(value) + " is not a valid " + what + "; use one of: " + String.join(", ", allowed),
                    Suggestions.closest(value, allowed));
            return Optional.empty();
        }
        return Optional.of(value);
    }

    public Optional<Double> number(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.NUMBER) {
            try {
                double value = Double.parseDouble(scalar.text());
                if (!Double.isFinite(value)) {
                    error(node, what + " must be a finite number");
                    return Optional.empty();
                }
                return Optional.of(value);
            } catch (NumberFormatException e) {
                error(node, what + " must be a plain decimal number, but this is " + node.describe());
                return Optional.empty();
            }
        }
        error(node, what + " must be a number, but this is " + node.describe());
        return Optional.empty();
    }

    /** A number as the file wrote it, for a message: never rounded or cut to fit a {@code long}. */
    public static String written(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.text() != null ? Visible.of(scalar.text())
                : node.describe();
    }

    public Optional<Boolean> bool(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.BOOLEAN) {
            return Optional.of(Boolean.parseBoolean(scalar.text()));
        }
        error(node, what + " must be true or false, but this is " + node.describe());
        return Optional.empty();
    }

    /** A list of strings; each bad item is reported. */
    public List<String> texts(YamlNode node, String what) {
        List<String> values = new ArrayList<>();
        sequence(node, what).ifPresent(seq -> seq.items().forEach(item -> text(item).ifPresent(values::add)));
        return values;
    }

    public static boolean isNull(YamlNode node) {
        return node instanceof YamlNode.Scalar scalar && scalar.type() == YamlNode.ScalarType.NULL;
    }

    public static Set<String> keys(String... keys) {
        return new java.util.LinkedHashSet<>(List.of(keys));
    }
}
