package uk.selfcheck.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import uk.selfcheck.input.InputError;
import uk.selfcheck.input.Suggestions;

/**
 * Explains the expressions Drools cannot analyse: a field that the tool's own facts ({@code uk.selfcheck.model})
 * do not have, or a constant their enums do not have, with the closest real name. Drools itself says only "Unable to
 * Analyse Expression", several times over and sometimes with the comparison reversed.
 */
final class ExpressionTypos {
    private static final String MODEL = "uk.selfcheck.model.";
    private static final Pattern PATTERN = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\s*\\(");
    private static final Pattern CONSTANT = Pattern.compile("\\b([A-Z][A-Za-z0-9]*)\\.([A-Za-z_][A-Za-z0-9_]*)\\b");
    private static final Pattern FIELD = Pattern.compile("^\\s*(?:\\$[A-Za-z0-9_]+\\s*:\\s*)?([a-zA-Z_][A-Za-z0-9_]*)");
    private static final int MAX_LINES = 10;

    private ExpressionTypos() {
    }

    /** Whether Drools' message is one of its "cannot analyse this expression" errors. */
    static boolean isUnanalysable(String message) {
        return message != null && message.toLowerCase(Locale.ROOT).contains("unable to analy");
    }

    /**
     * The misspelt fields and constants from {@code line} of {@code drl} to the end of the pattern that starts or
     * continues there, each at its own line and column; empty when none is found.
     */
    static List<InputError> explain(String file, String drl, int line) {
        List<InputError> found = new ArrayList<>();
        String[] lines = drl.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return found;
        }
        String pattern = null;
        int depth = 0;
        for (int i = line - 1; i < Math.min(lines.length, line - 1 + MAX_LINES); i++) {
            String text = stripStrings(lines[i]);
            constants(file, i + 1, text, found);
            if (pattern == null) {
                Matcher m = PATTERN.matcher(text);
                while (m.find()) {
                    if (fact(m.group(1)).isPresent()) {
                        pattern = m.group(1);
                        fields(file, i + 1, text, m.end(), pattern, found);
                        depth = balance(text.substring(m.end() - 1));
                        break;
                    }
                }
            } else {
                fields(file, i + 1, text, 0, pattern, found);
                depth += balance(text);
            }
            if (depth <= 0) {
                break;
            }
        }
        return found;
    }

    /** Each constraint of a fact pattern starts with the field it tests: report one the fact has no getter for. */
    private static void fields(String file, int line, String text, int from, String type, List<InputError> found) {
        Class<?> fact = fact(type).orElseThrow();
        TreeSet<String> known = properties(fact);
        int depth = 0;
        int start = from;
        for (int i = from; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if ((c == ',' && depth == 0) || (c == ')' && depth == 0) || i == text.length()) {
                Matcher m = FIELD.matcher(text.substring(start, i));
                if (m.find()) {
                    String name = m.group(1);
                    boolean call = text.substring(start + m.end(1)).stripLeading().startsWith("(");
                    if (!call && !name.equals("this") && !known.contains(name)
                            && !Character.isUpperCase(name.charAt(0))) {
                        found.add(new InputError(file, line, start + m.start(1) + 1, "", type + " has no field '"
                                + name + "'", Suggestions.closest(name, known)));
                    }
                }
                if (c == ')') {
                    return;
                }
                start = i + 1;
            }
        }
    }

    private static void constants(String file, int line, String text, List<InputError> found) {
        Matcher m = CONSTANT.matcher(text);
        while (m.find()) {
            Optional<Class<?>> type = fact(m.group(1));
            if (type.isPresent() && type.get().isEnum()) {
                List<String> names = Arrays.stream(type.get().getEnumConstants()).map(e -> ((Enum<?>) e).name())
                        .toList();
                boolean member = names.contains(m.group(2)) || Arrays.stream(type.get().getMethods())
                        .anyMatch(x -> Modifier.isStatic(x.getModifiers()) && x.getName().equals(m.group(2)));
                if (!member) {
                    found.add(new InputError(file, line, m.start(2) + 1, "", m.group(1) + " has no constant '"
                            + m.group(2) + "'", Suggestions.closest(m.group(2), names)));
                }
            }
        }
    }

    /** The properties Drools can read from a fact: its getters, named as Drools names them. */
    static TreeSet<String> properties(Class<?> fact) {
        TreeSet<String> names = new TreeSet<>();
        for (Method method : fact.getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || method.getDeclaringClass() == Object.class) {
                continue;
            }
            String name = method.getName();
            if (name.startsWith("get") && name.length() > 3) {
                names.add(decapitalise(name.substring(3)));
            } else if (name.startsWith("is") && name.length() > 2 && (method.getReturnType() == boolean.class)) {
                names.add(decapitalise(name.substring(2)));
            }
        }
        for (var component : fact.isRecord() ? fact.getRecordComponents() : new java.lang.reflect.RecordComponent[0]) {
            names.add(component.getName());
        }
        return names;
    }

    private static String decapitalise(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Optional<Class<?>> fact(String simpleName) {
        try {
            return Optional.of(Class.forName(MODEL + simpleName, false, ExpressionTypos.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    private static int balance(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        return depth;
    }

    /** The line with the text of each string literal blanked out (same length, so columns still hold). */
    private static String stripStrings(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean inside = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"' && (i == 0 || line.charAt(i - 1) != '\\')) {
                inside = !inside;
                out.append(c);
            } else {
                out.append(inside ? ' ' : c);
            }
        }
        int comment = out.indexOf("//");
        return comment >= 0 ? out.substring(0, comment) + " ".repeat(out.length() - comment) : out.toString();
    }
}
