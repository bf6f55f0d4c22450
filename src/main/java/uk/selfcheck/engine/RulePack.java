package uk.selfcheck.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.kie.api.KieBase;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.PackIdentity;
import uk.selfcheck.model.PackManifest;
import uk.selfcheck.model.RuleInfo;
import uk.selfcheck.model.RuleRegistry;

/**
 * A compiled rule pack: the manifest, the criteria catalogue, the Drools knowledge base, and the metadata of every
 * finding rule sorted by id. Immutable and safe to share between threads; each evaluation opens its own session.
 *
 * @param disabled  each rule an overlay disabled, by id, with the overlay file and line that disabled it
 * @param ruleFiles the file of every rule, finding or judgement, by {@code package/rule name}, to name a rule at fault
 * @param identity  the pack and its overlay folders, with the content hash of each
 */
public record RulePack(List<Path> roots, PackManifest manifest, CriteriaCatalog catalog, KieBase kieBase,
                       RuleRegistry registry, List<RuleInfo> rules, Map<String, DisabledRule> disabled,
                       Map<String, String> ruleFiles, PackIdentity identity) {

    public Optional<RuleInfo> rule(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
