package uk.selfcheck.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.kie.api.definition.KiePackage;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import uk.selfcheck.input.InputError;

/**
 * Compiles DRL with Drools: a {@link RuleGroup} alone in a KnowledgeBuilder of its own, or the whole pack in one
 * builder with each error located.
 */
final class GroupCompiler {
    private GroupCompiler() {
    }

    /**
     * A group's packages and its tables' DRL; empty when the group does not compile alone: it has an error, needs
     * something another package declares, or puts rules in another package than its own (one of its files declares
     * another package than it was grouped by). The other packages a builder makes hold no rules: base.drl's, which
     * only base.drl's own group keeps, and the types Drools declares for the fact classes rules match, in the classes'
     * Java package, which every group has and the knowledge base merges.
     *
     * @param texts the DRL of every source of the group, by path
     */
    static Optional<PackageCache.Compiled> alone(RuleGroup group, Map<String, String> texts) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        for (CacheKey.Source source : group.sources()) {
            String text = texts.get(source.path());
            RatingConditions.add(builder, utf8(text).setSourcePath(source.path()), text);
        }
        if (builder.hasErrors()) {
            return Optional.empty();
        }
        String base = RuleGroup.packageOf(texts.get(group.sources().get(0).path()));
        List<KiePackage> packages = new ArrayList<>();
        for (KiePackage pkg : builder.getKnowledgePackages()) {
            boolean own = pkg.getName().equals(group.name());
            if (!own && !(pkg.getRules().isEmpty() && pkg.getQueries().isEmpty())) {
                return Optional.empty();
            }
            if (own || !pkg.getName().equals(base)) {
                packages.add(pkg);
            }
        }
        Map<String, String> tables = new LinkedHashMap<>();
        group.tables().forEach(file -> tables.put(file, texts.get(file)));
        return Optional.of(new PackageCache.Compiled(packages, tables));
    }

    /**
     * Compiles every text in one builder, adding each error Drools reports to {@code problems}, at the spreadsheet row
     * for a decision table, and leaving out what a file's problem found earlier already explains.
     *
     * @param texts     the DRL of every source, by path, in order
     * @param tableRows for each decision table, the spreadsheet row of each line of its DRL
     * @param explained files with a problem that explains Drools' errors in them better
     * @param duplicatesExplained files with a problem that explains Drools' "Duplicate rule name" errors in them
     */
    static List<KiePackage> whole(Map<String, String> texts, Map<String, int[]> tableRows, Set<String> explained,
                                  Set<String> duplicatesExplained, List<InputError> problems) {
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
        texts.forEach((file, text) -> RatingConditions.add(builder, utf8(text).setSourcePath(file), text));
        Set<String> analysed = new java.util.HashSet<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            InputError raw = DroolsErrors.toInputError(error);
            // Drools adds "null Package" after any parse error in a file; the parse error says what is wrong. Files
            // with a reserved annotation already have the real explanation.
            if (String.valueOf(error.getMessage()).contains("Parser returned a null Package")
                    || explained.contains(raw.file()) || duplicatesExplained.contains(raw.file())
                    && String.valueOf(error.getMessage()).contains("Duplicate rule name")) {
                continue;
            }
            List<InputError> found = List.of(raw);
            if (ExpressionTypos.isUnanalysable(error.getMessage())) {
                // Drools reports one expression several times (once reversed): explain its line once
                if (!analysed.add(raw.file() + ":" + raw.line())) {
                    continue;
                }
                List<InputError> typos = ExpressionTypos.explain(raw.file(), texts.getOrDefault(raw.file(), ""),
                        raw.line());
                found = typos.isEmpty() ? found : typos;
            }
            int[] rows = tableRows.get(raw.file());
            for (InputError problem : found) {
                if (rows != null) {
                    // the error is on a line of the generated DRL: report the spreadsheet row it came from
                    problem = new InputError(problem.file(), rows[Math.min(Math.max(problem.line(), 0),
                            rows.length - 1)], 0, "", problem.message(), problem.suggestion());
                }
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
            }
        }
        return new ArrayList<>(builder.getKnowledgePackages());
    }

    /** Drools decodes a resource with the platform charset unless told, which under LANG=C garbles the pack's dashes. */
    private static org.kie.api.io.Resource utf8(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return new org.drools.io.ByteArrayResource(bytes, StandardCharsets.UTF_8.name());
    }
}
