package uk.selfcheck.engine;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.CollectDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.drools.io.DescrResource;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Rating;

/**
 * Adds a rule file to a builder with each condition of the form {@code rating <= Rating.INCONSISTENTLY} on an
 * {@link Answer} compiled as the same comparison of the rating's rank ({@code ratingRank <= 1}).
 *
 * <p>Why: Drools evaluates a condition through MVEL's interpreter until it has compiled it to bytecode, and its
 * compiler fails on comparisons of enums (it looks for a {@code compareTo(Rating)} that no enum has), so every rating
 * test of every answer stayed interpreted: about a third of an evaluation. Integer comparisons compile. Rule files keep
 * the readable form; what is compiled means the same, since {@link Rating} is declared from worst to best and
 * {@link Answer#getRatingRank()} is the rating's place in that order.
 *
 * <p>Only a whole condition of exactly that form, on a pattern of the tool's own Answer, comparing with a constant
 * that exists, is rewritten; anything else (a compound condition, another type, a file that does not parse) is
 * compiled as written, so the rules mean the same either way and Drools reports any error in the words of the file.
 */
final class RatingConditions {
    private static final String ANSWER = Answer.class.getName();
    private static final String RATING = Rating.class.getName();
    private static final Pattern CONDITION = Pattern.compile(
            "\\s*rating\\s*(<=|>=|<|>)\\s*((?:uk\\.selfcheck\\.model\\.)?Rating)\\.([A-Z_]+)\\s*");

    private RatingConditions() {
    }

    /** Adds {@code drl}, read from {@code resource}, with its rating conditions rewritten where it has any. */
    static void add(KnowledgeBuilder builder, Resource resource, String drl) {
        Optional<PackageDescr> rewritten = rewrite(resource, drl);
        if (rewritten.isPresent()) {
            builder.add(new DescrResource(rewritten.get()), ResourceType.DESCR);
        } else {
            builder.add(resource, ResourceType.DRL);
        }
    }

    /** The file's rules with their rating conditions rewritten; empty when it does not parse or has none. */
    static Optional<PackageDescr> rewrite(Resource resource, String drl) {
        if (!drl.contains("rating")) {
            return Optional.empty();
        }
        PackageDescr pkg;
        DrlParser parser = new DrlParser();
        try {
            pkg = parser.parse(resource, new StringReader(drl));
        } catch (DroolsParserException | RuntimeException e) {
            return Optional.empty();
        }
        if (pkg == null || parser.hasErrors() || !sees(pkg, ANSWER) || !sees(pkg, RATING)) {
            return Optional.empty();
        }
        int changed = 0;
        for (RuleDescr rule : pkg.getRules()) {
            changed += visit(rule.getLhs());
        }
        return changed == 0 ? Optional.empty() : Optional.of(pkg);
    }

    /**
     * Whether the file's simple name for the class is the class: imported by name or by package, not declared in the
     * file, and not imported by name from elsewhere (which would hide it).
     */
    private static boolean sees(PackageDescr pkg, String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        String javaPackage = className.substring(0, className.lastIndexOf('.'));
        List<String> imports = pkg.getImports().stream().map(ImportDescr::getTarget).toList();
        boolean imported = imports.stream()
                .anyMatch(target -> target.equals(className) || target.equals(javaPackage + ".*"))
                && imports.stream().noneMatch(target -> target.endsWith("." + simple) && !target.equals(className));
        boolean declared = pkg.getTypeDeclarations().stream().anyMatch(t -> t.getTypeName().equals(simple))
                || pkg.getEnumDeclarations().stream().anyMatch(t -> t.getTypeName().equals(simple));
        return imported && !declared;
    }

    /** Rewrites the conditions of every Answer pattern in {@code descr}, at any depth; returns how many. */
    private static int visit(BaseDescr descr) {
        int changed = 0;
        if (descr instanceof PatternDescr pattern) {
            if (isAnswer(pattern.getObjectType()) && pattern.getConstraint() != null) {
                for (BaseDescr condition : pattern.getConstraint().getDescrs()) {
                    changed += condition instanceof ExprConstraintDescr expression && rewrite(expression) ? 1 : 0;
                }
            }
            changed += visit(input(pattern.getSource()));
        } else if (descr instanceof ConditionalElementDescr element) {
            for (BaseDescr child : element.getDescrs()) {
                changed += visit(child);
            }
        }
        return changed;
    }

    /** What a {@code from collect( ... )} or {@code from accumulate( ... )} reads, else null. */
    static BaseDescr input(BaseDescr source) {
        if (source instanceof CollectDescr collect) {
            return collect.getInputPattern();
        }
        return source instanceof AccumulateDescr accumulate ? accumulate.getInput() : null;
    }

    private static boolean isAnswer(String type) {
        return "Answer".equals(type) || ANSWER.equals(type);
    }

    private static boolean rewrite(ExprConstraintDescr condition) {
        Matcher m = CONDITION.matcher(condition.getExpression());
        if (!m.matches()) {
            return false;
        }
        Optional<Rating> constant = constant(m.group(3));
        if (constant.isEmpty()) {
            return false;
        }
        condition.setExpression("ratingRank " + m.group(1) + " " + constant.get().ordinal());
        return true;
    }

    private static Optional<Rating> constant(String name) {
        for (Rating rating : Rating.values()) {
            if (rating.name().equals(name)) {
                return Optional.of(rating);
            }
        }
        return Optional.empty();
    }
}
