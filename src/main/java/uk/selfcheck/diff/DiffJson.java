package uk.selfcheck.diff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import uk.selfcheck.diff.FixtureChange.Move;

/** For other tools: the counts, then each fixture that moves. Field order is fixed; every list is always present. */
public final class DiffJson implements DiffOutput {
    private static final ObjectMapper MAPPER = uk.selfcheck.report.JsonReport.MAPPER;

    @Override
    public String render(PackDiff diff) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("base_rules", diff.baseRules());
        root.put("rules", diff.rules());
        root.put("fixtures", diff.fixtures().size());
        root.put("changed", diff.changes().size());
        root.put("grade_changed", diff.gradeChanges().size());
        ArrayNode changes = root.putArray("changes");
        for (FixtureChange change : diff.changes()) {
            ObjectNode node = changes.addObject();
            node.put("name", change.name());
            if (change.baseError() != null) {
                node.put("base_error", change.baseError());
            }
            if (change.changedError() != null) {
                node.put("changed_error", change.changedError());
            }
            moves(node.putArray("grades"), change.grades(), "judgement");
            moves(node.putArray("now_fires"), change.nowFires(), "id");
            moves(node.putArray("no_longer_fires"), change.noLongerFires(), "id");
            moves(node.putArray("severity_changes"), change.severities(), "id");
        }
        try {
            return MAPPER.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private static void moves(ArrayNode array, List<Move> moves, String idField) {
        for (Move move : moves) {
            ObjectNode node = array.addObject();
            node.put(idField, move.id());
            if (move.base() != null) {
                node.put("base", move.base());
            }
            if (move.changed() != null) {
                node.put("changed", move.changed());
            }
        }
    }
}
