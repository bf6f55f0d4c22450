package uk.selfcheck.web;

import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import uk.selfcheck.input.InputException;
import uk.selfcheck.input.YamlNode;
import uk.selfcheck.input.YamlReader;

/**
 * Saves the form's answers into the file as it was loaded, so that the leader's comments stay: each value that
 * changed is rewritten where it stands, a key the form adds is written under its parent at the file's indentation
 * (after the sibling the form puts before it), and a key the form removes is taken out with its own lines, keeping
 * any comment line among them. The rest of the file, comments and blank lines included, is left byte for byte.
 *
 * <p>Every value written is made by SnakeYAML's emitter, which quotes whatever would otherwise read as something
 * else. The result is used only when the project's reader reads it as exactly what it reads in the form's YAML;
 * otherwise there is no result, and the caller writes the form's YAML as it is.
 */
final class InPlaceEdit {
    private final String text;
    /** The offset in {@link #text} of each code point index, as SnakeYAML's marks count them. */
    private final int[] offsets;
    private final String newline;
    private final int step;
    private final List<Change> changes = new ArrayList<>();

    private record Change(int start, int end, String replacement, int order) {
    }

    /** The file cannot be edited in place in a way this class can vouch for. */
    private static final class NotPossible extends Exception {
        NotPossible(String why) {
            super(why, null, false, false);
        }
    }

    private InPlaceEdit(String text, Node root) {
        this.text = text;
        this.offsets = new int[text.codePointCount(0, text.length()) + 1];
        int index = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            offsets[index++] = i;
        }
        offsets[index] = text.length();
        this.newline = text.contains("\r\n") ? "\r\n" : "\n";
        this.step = indentationStep(root);
    }

    /**
     * {@code loaded} with the values of {@code form} written in, or empty when the result would not read exactly as
     * {@code form} does (or either does not read at all).
     */
    static Optional<String> edit(String loaded, String form) {
        try {
            Node before = compose(loaded);
            Node after = compose(form);
            if (!(before instanceof MappingNode old) || !(after instanceof MappingNode neu)
                    || old.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
                return Optional.empty();
            }
            InPlaceEdit edit = new InPlaceEdit(loaded, before);
            edit.mapping(old, neu, edit.columnOf(edit.offset(old.getStartMark())));
            String edited = edit.apply();
            return sameReading(edited, form) ? Optional.of(edited) : Optional.empty();
        } catch (NotPossible | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Node compose(String yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setAllowDuplicateKeys(false);
        options.setNestingDepthLimit(YamlReader.MAX_DEPTH + 5);
        options.setCodePointLimit(YamlReader.MAX_VALUES * 100);
        return new Yaml(options).compose(new StringReader(yaml));
    }

    // ---- comparing -----------------------------------------------------------------------------------------------

    /** Whether the project's reader reads both texts as the same tree of values, wherever they are written. */
    static boolean sameReading(String one, String two) {
        try {
            YamlReader.Parsed a = YamlReader.readAll(one.getBytes(java.nio.charset.StandardCharsets.UTF_8), "a");
            YamlReader.Parsed b = YamlReader.readAll(two.getBytes(java.nio.charset.StandardCharsets.UTF_8), "b");
            return a.errors().isEmpty() && b.errors().isEmpty() && Objects.equals(plain(a.root()), plain(b.root()));
        } catch (InputException e) {
            return false;
        }
    }

    /** A tree of values without places or key order: maps, lists, and each scalar's type with its value. */
    private static Object plain(YamlNode node) {
        if (node instanceof YamlNode.Mapping mapping) {
            Map<String, Object> map = new HashMap<>();
            mapping.entries().forEach((key, entry) -> map.put(key, plain(entry.value())));
            return map;
        }
        if (node instanceof YamlNode.Sequence sequence) {
            return sequence.items().stream().map(InPlaceEdit::plain).toList();
        }
        YamlNode.Scalar scalar = (YamlNode.Scalar) node;
        if (scalar.type() == YamlNode.ScalarType.NUMBER) {
            try {
                return List.of("number", new BigDecimal(scalar.text()).stripTrailingZeros());
            } catch (NumberFormatException e) {
                return List.of("number", scalar.text());
            }
        }
        return scalar.text() == null ? List.of("null") : List.of(scalar.type().name(), scalar.text());
    }

    private static boolean same(Node a, Node b) {
        if (a instanceof ScalarNode x && b instanceof ScalarNode y) {
            return sameScalar(x, y);
        }
        if (a instanceof SequenceNode x && b instanceof SequenceNode y) {
            if (x.getValue().size() != y.getValue().size()) {
                return false;
            }
            for (int i = 0; i < x.getValue().size(); i++) {
                if (!same(x.getValue().get(i), y.getValue().get(i))) {
                    return false;
                }
            }
            return true;
        }
        if (a instanceof MappingNode x && b instanceof MappingNode y) {
            Map<String, Node> xs = entries(x);
            Map<String, Node> ys = entries(y);
            if (!xs.keySet().equals(ys.keySet())) {
                return false;
            }
            return xs.entrySet().stream().allMatch(e -> same(e.getValue(), ys.get(e.getKey())));
        }
        return false;
    }

    /** Equal as the reader sees them: a date is text to it, and 19 is 19.0. */
    private static boolean sameScalar(ScalarNode a, ScalarNode b) {
        boolean numbers = isNumber(a) && isNumber(b);
        if (numbers) {
            try {
                return new BigDecimal(a.getValue()).compareTo(new BigDecimal(b.getValue())) == 0;
            } catch (NumberFormatException e) {
                return a.getValue().equals(b.getValue());
            }
        }
        return textual(a.getTag()).equals(textual(b.getTag())) && a.getValue().equals(b.getValue());
    }

    private static boolean isNumber(ScalarNode node) {
        return node.getTag().equals(Tag.INT) || node.getTag().equals(Tag.FLOAT);
    }

    private static Tag textual(Tag tag) {
        return tag.equals(Tag.TIMESTAMP) ? Tag.STR : tag;
    }

    private static Map<String, Node> entries(MappingNode mapping) {
        Map<String, Node> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            entries.put(key(tuple), tuple.getValueNode());
        }
        return entries;
    }

    private static String key(NodeTuple tuple) {
        if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
            throw new IllegalArgumentException("a key that is not plain text");
        }
        return key.getValue();
    }

    // ---- finding the changes -------------------------------------------------------------------------------------

    /** Edits the block mapping {@code old}, whose keys stand at {@code column}, into {@code neu}. */
    private void mapping(MappingNode old, MappingNode neu, int column) throws NotPossible {
        Map<String, NodeTuple> olds = new LinkedHashMap<>();
        old.getValue().forEach(tuple -> olds.put(key(tuple), tuple));
        Map<String, NodeTuple> neus = new LinkedHashMap<>();
        neu.getValue().forEach(tuple -> neus.put(key(tuple), tuple));
        for (Map.Entry<String, NodeTuple> entry : olds.entrySet()) {
            if (!neus.containsKey(entry.getKey())) {
                removeEntry(entry.getValue());
            }
        }
        NodeTuple previous = null;
        for (Map.Entry<String, NodeTuple> entry : neus.entrySet()) {
            NodeTuple was = olds.get(entry.getKey());
            if (was == null) {
                insertEntry(old, previous, entry.getValue(), column);
            } else {
                value(was, entry.getValue().getValueNode(), column);
                previous = was;
            }
        }
    }

    /** Edits the value of the entry {@code was}, in a block mapping whose keys stand at {@code column}. */
    private void value(NodeTuple was, Node neu, int column) throws NotPossible {
        Node old = was.getValueNode();
        if (same(old, neu)) {
            return;
        }
        boolean flow = (old instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW)
                || (old instanceof SequenceNode s && s.getFlowStyle() == DumperOptions.FlowStyle.FLOW);
        if (flow) {
            // a collection written on one line, {a: 1, b: 2}: written anew, on one line
            changes(offset(old.getStartMark()), offset(old.getEndMark()), dump(neu, DumperOptions.FlowStyle.FLOW,
                    false).strip());
            return;
        }
        if (old instanceof MappingNode o && neu instanceof MappingNode n && !n.getValue().isEmpty()) {
            mapping(o, n, columnOf(offset(o.getStartMark())));
            return;
        }
        if (old instanceof ScalarNode o && neu instanceof ScalarNode n && !isEmpty(o)) {
            int start = offset(o.getStartMark());
            int end = contentEnd(o);
            boolean block = o.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL
                    || o.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED;
            changes(start, end, block && n.getValue().contains("\n") ? literal(n, column) : inline(n));
            return;
        }
        // the kind of value changed (a rating written in full, say, or back to a rating alone)
        int colon = colon(was.getKeyNode());
        if (old instanceof ScalarNode o) {
            if (!isEmpty(o)) {
                changes(colon + 1, contentEnd(o), "");
            }
        } else {
            removeLines(offset(old.getStartMark()), entryEnd(was));
        }
        if (neu instanceof ScalarNode n) {
            changes(colon + 1, colon + 1, " " + inline(n));
        } else if (isEmptyCollection(neu)) {
            changes(colon + 1, colon + 1, neu instanceof MappingNode ? " {}" : " []");
        } else {
            int lineEnd = lineEnd(Math.max(colon + 1, old instanceof ScalarNode o && !isEmpty(o) ? contentEnd(o)
                    : colon + 1));
            if (old instanceof ScalarNode) {
                changes(lineEnd, lineEnd, newline + indent(dump(neu, DumperOptions.FlowStyle.BLOCK, true),
                        column + step).stripTrailing());
            } else {
                int at = lineStart(offset(old.getStartMark()));
                changes(at, at, indent(dump(neu, DumperOptions.FlowStyle.BLOCK, true), column + step));
            }
        }
    }

    private void removeEntry(NodeTuple tuple) throws NotPossible {
        removeLines(offset(tuple.getKeyNode().getStartMark()), entryEnd(tuple));
    }

    /** Writes a new entry after the entry the form puts before it, or before the mapping's first entry. */
    private void insertEntry(MappingNode old, NodeTuple previous, NodeTuple entry, int column) throws NotPossible {
        MappingNode one = new MappingNode(Tag.MAP, List.of(entry), DumperOptions.FlowStyle.BLOCK);
        String lines = indent(dump(one, DumperOptions.FlowStyle.BLOCK, true), column);
        if (previous == null) {
            int at = lineStart(offset(old.getValue().get(0).getKeyNode().getStartMark()));
            changes(at, at, lines);
            return;
        }
        int end = lineEnd(entryEnd(previous));
        if (end == text.length()) {
            changes(end, end, newline + lines.stripTrailing());
        } else {
            int next = end + (text.startsWith("\r\n", end) ? 2 : 1);
            changes(next, next, lines);
        }
    }

    /**
     * Takes out the lines from {@code from}'s line to {@code to}'s, which must hold nothing else: no other value
     * before {@code from} on its line, only spaces or a comment after {@code to}. Comment lines among them stay.
     */
    private void removeLines(int from, int to) throws NotPossible {
        int start = lineStart(from);
        if (!text.substring(start, from).isBlank()) {
            throw new NotPossible("a value shares its line with another");
        }
        int end = lineEnd(to);
        String after = text.substring(to, end).strip();
        if (!after.isEmpty() && !after.startsWith("#")) {
            throw new NotPossible("a value shares its line with another");
        }
        int next = end == text.length() ? end : end + (text.startsWith("\r\n", end) ? 2 : 1);
        StringBuilder kept = new StringBuilder();
        int at = start;
        while (at < next) {
            int lineEnd = lineEnd(at);
            int lineNext = lineEnd == text.length() ? lineEnd : lineEnd + (text.startsWith("\r\n", lineEnd) ? 2 : 1);
            if (at > start && text.substring(at, lineEnd).strip().startsWith("#")) {
                kept.append(text, at, lineNext);
            }
            at = lineNext;
        }
        changes(start, next, kept.toString());
    }

    private void changes(int start, int end, String replacement) {
        changes.add(new Change(start, end, replacement, changes.size()));
    }

    private String apply() throws NotPossible {
        List<Change> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(Change::start).thenComparingInt(c -> c.end() - c.start())
                .thenComparingInt(Change::order));
        StringBuilder out = new StringBuilder(text.length() + 1024);
        int at = 0;
        for (Change change : sorted) {
            if (change.start() < at) {
                throw new NotPossible("two changes overlap");
            }
            out.append(text, at, change.start()).append(change.replacement());
            at = change.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    // ---- places in the file --------------------------------------------------------------------------------------

    private int offset(Mark mark) {
        return offsets[mark.getIndex()];
    }

    /** Where a value's own text ends: a block scalar's mark runs on over the blank lines after it. */
    private int contentEnd(Node node) {
        if (node instanceof ScalarNode scalar) {
            int start = offset(scalar.getStartMark());
            int end = offset(scalar.getEndMark());
            while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            return end;
        }
        boolean flow = node instanceof MappingNode m ? m.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                : ((SequenceNode) node).getFlowStyle() == DumperOptions.FlowStyle.FLOW;
        if (flow) {
            return offset(node.getEndMark());
        }
        if (node instanceof MappingNode mapping) {
            return entryEnd(mapping.getValue().get(mapping.getValue().size() - 1));
        }
        List<Node> items = ((SequenceNode) node).getValue();
        return contentEnd(items.get(items.size() - 1));
    }

    /** Where an entry ends: after its value, or after its colon when its value is empty. */
    private int entryEnd(NodeTuple tuple) {
        Node value = tuple.getValueNode();
        if (value instanceof ScalarNode scalar && isEmpty(scalar)) {
            try {
                return colon(tuple.getKeyNode()) + 1;
            } catch (NotPossible e) {
                return offset(tuple.getKeyNode().getEndMark());
            }
        }
        return contentEnd(value);
    }

    private static boolean isEmptyCollection(Node node) {
        return node instanceof MappingNode m ? m.getValue().isEmpty()
                : node instanceof SequenceNode q && q.getValue().isEmpty();
    }

    /** An empty value (a key with nothing after it), which has no text of its own to replace. */
    private static boolean isEmpty(ScalarNode scalar) {
        return scalar.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN && scalar.getValue().isEmpty();
    }

    /** The offset of the ':' after a key. */
    private int colon(Node key) throws NotPossible {
        int at = offset(key.getEndMark());
        while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
            at++;
        }
        if (at >= text.length() || text.charAt(at) != ':') {
            throw new NotPossible("no ':' after a key");
        }
        return at;
    }

    private int lineStart(int at) {
        int start = at;
        while (start > 0 && text.charAt(start - 1) != '\n' && text.charAt(start - 1) != '\r') {
            start--;
        }
        return start;
    }

    /** The offset of the line break ending {@code at}'s line (or the end of the text). */
    private int lineEnd(int at) {
        int end = at;
        while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
            end++;
        }
        return end;
    }

    private int columnOf(int at) {
        return at - lineStart(at);
    }

    /** How far the file indents a mapping under its key: the smallest step it uses, or 2 when it nests nothing. */
    private int indentationStep(Node root) {
        int[] smallest = {Integer.MAX_VALUE};
        steps(root, smallest);
        return smallest[0] == Integer.MAX_VALUE ? 2 : smallest[0];
    }

    private void steps(Node node, int[] smallest) {
        if (!(node instanceof MappingNode mapping) || mapping.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            return;
        }
        int column = columnOf(offset(mapping.getStartMark()));
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getValueNode() instanceof MappingNode child
                    && child.getFlowStyle() == DumperOptions.FlowStyle.BLOCK) {
                int difference = columnOf(offset(child.getStartMark())) - column;
                if (difference > 0) {
                    smallest[0] = Math.min(smallest[0], difference);
                }
                steps(child, smallest);
            }
        }
    }

    // ---- writing values ------------------------------------------------------------------------------------------

    private String emitted(Node node, DumperOptions.FlowStyle flow) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(flow);
        options.setIndent(step);
        options.setIndicatorIndent(0);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setLineBreak(newline.equals("\r\n") ? DumperOptions.LineBreak.WIN : DumperOptions.LineBreak.UNIX);
        StringWriter out = new StringWriter();
        new Yaml(options).serialize(node, out);
        return out.toString();
    }

    /** A scalar on one line, quoted as it needs to be. */
    private String inline(ScalarNode node) throws NotPossible {
        String written = emitted(fresh(node, DumperOptions.ScalarStyle.PLAIN), DumperOptions.FlowStyle.BLOCK)
                .stripTrailing();
        if (written.contains("\n") || written.contains("\r")) {
            written = emitted(fresh(node, DumperOptions.ScalarStyle.DOUBLE_QUOTED), DumperOptions.FlowStyle.BLOCK)
                    .stripTrailing();
        }
        if (written.contains("\n") || written.contains("\r")) {
            throw new NotPossible("a value that cannot be written on one line");
        }
        return written;
    }

    /** A text of several lines as a block (|), its lines indented under a key at {@code column}. */
    private String literal(ScalarNode node, int column) throws NotPossible {
        String written = emitted(fresh(node, DumperOptions.ScalarStyle.LITERAL), DumperOptions.FlowStyle.BLOCK);
        if (!written.startsWith("|")) {
            return inline(node);
        }
        return indent(written, column).strip();
    }

    /** The form's value written anew, each text of several lines as a block where it can be. */
    private String dump(Node node, DumperOptions.FlowStyle flow, boolean blocks) {
        return emitted(rebuild(node, flow, blocks), flow);
    }

    private static Node rebuild(Node node, DumperOptions.FlowStyle flow, boolean blocks) {
        if (node instanceof ScalarNode scalar) {
            return fresh(scalar, blocks && scalar.getValue().contains("\n") ? DumperOptions.ScalarStyle.LITERAL
                    : DumperOptions.ScalarStyle.PLAIN);
        }
        if (node instanceof SequenceNode sequence) {
            return new SequenceNode(Tag.SEQ, sequence.getValue().stream().map(n -> rebuild(n, flow, blocks)).toList(),
                    flow);
        }
        List<NodeTuple> tuples = new ArrayList<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            tuples.add(new NodeTuple(rebuild(tuple.getKeyNode(), flow, false), rebuild(tuple.getValueNode(), flow,
                    blocks)));
        }
        return new MappingNode(Tag.MAP, tuples, flow);
    }

    /** A copy of a scalar without its written style, so the emitter quotes it only if it must. */
    private static ScalarNode fresh(ScalarNode node, DumperOptions.ScalarStyle style) {
        return new ScalarNode(node.getTag(), node.getValue(), null, null, style);
    }

    /** Every line of {@code lines} but blank ones moved right by {@code column} spaces. */
    private String indent(String lines, int column) {
        String pad = " ".repeat(column);
        StringBuilder out = new StringBuilder();
        for (String line : lines.split("\r?\n", -1)) {
            if (out.length() > 0) {
                out.append(newline);
            }
            out.append(line.isEmpty() ? "" : pad + line);
        }
        return out.toString();
    }
}
