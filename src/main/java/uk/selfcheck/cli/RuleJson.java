package uk.selfcheck.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import uk.selfcheck.model.RuleInfo;

/** A rule's metadata as JSON, the same in every command that prints rules. */
final class RuleJson {
    private RuleJson() {
    }

    static void put(ObjectNode node, RuleInfo rule) {
        node.put("id", rule.id());
        node.put("kind", rule.kind().id());
        node.put("area", rule.area());
        node.put("theme", rule.theme());
        node.put("severity", rule.severity().id());
        node.put("title", rule.title());
        node.put("finding", rule.finding());
        node.put("recommendation", rule.recommendation());
        rule.sources().forEach(node.putArray("sources")::add);
        rule.criteria().forEach(node.putArray("criteria")::add);
        node.put("file", rule.file() + ":" + rule.line());
    }
}
