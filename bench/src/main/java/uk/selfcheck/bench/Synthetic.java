package uk.selfcheck.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import uk.selfcheck.engine.Evaluator;
import uk.selfcheck.engine.PackageCache;
import uk.selfcheck.engine.RulePack;
import uk.selfcheck.engine.RulePackLoader;
import uk.selfcheck.input.SelfAssessmentReader;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.Figure;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.Judgement;

/**
 * Writes synthetic packs and fixtures for measuring how cost grows, reproducibly (fixed seeds):
 * <pre>
 *   Synthetic pack N DIR [SHIPPED]            a pack of N finding rules (plus the shipped judgement rules) in DIR
 *   Synthetic fixtures N DIR [RULES]          N self-assessments with expectations, for `selfcheck verify`
 *   Synthetic assessment FILE [RULES]         one self-assessment answering about 110 criteria of RULES
 * </pre>
 * A synthetic pack has the shipped pack.yaml, judgement rules and self-evaluation criteria, and N finding rules
 * shaped like the shipped ones: a strength and a weakness per criterion, 25 criteria to a theme. A fixture's
 * expectation holds the judgements the pack gave it when it was written: fixtures measure speed, not correctness.
 */
public final class Synthetic {
    private static final int CRITERIA_PER_THEME = 25;
    /** Weighted towards good practice, as real self-assessments are, so that fixtures get every grade. */
    private static final String[] RATINGS = {"exceptional", "consistently", "consistently", "consistently",
        "consistently", "mostly", "mostly", "mostly", "inconsistently", "rarely"};
    private static final String SOURCE = "Gateshead 2015 inspection: 'synthetic'";

    private Synthetic() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: pack N DIR [SHIPPED] | fixtures N DIR [RULES] | "
                    + "assessment FILE [RULES]");
        }
        switch (args[0]) {
            case "pack" -> pack(Integer.parseInt(args[1]), Path.of(args[2]),
                    Path.of(args.length > 3 ? args[3] : "rules"));
            case "fixtures" -> fixtures(Integer.parseInt(args[1]), Path.of(args[2]),
                    Path.of(args.length > 3 ? args[3] : "rules"));
            case "assessment" -> assessment(Path.of(args[1]), Path.of(args.length > 2 ? args[2] : "rules"));
            default -> throw new IllegalArgumentException("unknown: " + args[0]);
        }
    }

    static void pack(int rules, Path dir, Path shipped) throws IOException {
        Files.createDirectories(dir.resolve("judgement"));
        Files.createDirectories(dir.resolve("leadership"));
        Files.copy(shipped.resolve("pack.yaml"), dir.resolve("pack.yaml"));
        try (Stream<Path> judgement = Files.list(shipped.resolve("judgement"))) {
            for (Path drl : judgement.toList()) {
                Files.copy(drl, dir.resolve("judgement").resolve(drl.getFileName()));
            }
        }
        Files.copy(shipped.resolve("leadership/self_evaluation.criteria.yaml"),
                dir.resolve("leadership/self_evaluation.criteria.yaml"));
        String[] areas = {"help_and_protection", "children_in_care", "adoption", "care_leavers", "leadership", "lscb"};
        int criteria = (rules + 1) / 2;
        int written = 0;
        for (int theme = 0; theme * CRITERIA_PER_THEME < criteria; theme++) {
            String area = areas[theme % areas.length];
            String themeId = "synthetic_" + theme;
            StringBuilder yaml = new StringBuilder("area: " + area + "\ntheme: " + themeId
                    + "\ntitle: \"Synthetic theme " + theme + "\"\ncriteria:\n");
            StringBuilder drl = new StringBuilder("package synthetic." + area + "." + themeId + ";\n\n"
                    + "import uk.selfcheck.model.Answer;\nimport uk.selfcheck.model.Finding;\n"
                    + "import uk.selfcheck.model.Rating;\n");
            for (int i = theme * CRITERIA_PER_THEME; i < Math.min(criteria, (theme + 1) * CRITERIA_PER_THEME); i++) {
                String id = "synthetic_" + i;
                yaml.append("  - id: ").append(id).append("\n    question: \"Synthetic question ").append(i)
                        .append("?\"\n    sources: [\"").append(SOURCE).append("\"]\n");
                drl.append(rule("S-SYN-" + i, "strength", area, themeId, id, "rating >= Rating.MOSTLY"));
                written++;
                if (written < rules) {
                    drl.append(rule("W-SYN-" + i, "weakness", area, themeId, id, "rating <= Rating.INCONSISTENTLY"));
                    written++;
                }
            }
            Files.createDirectories(dir.resolve(area));
            Files.writeString(dir.resolve(area).resolve(themeId + ".criteria.yaml"), yaml);
            Files.writeString(dir.resolve(area).resolve(themeId + ".drl"), drl);
        }
    }

    private static String rule(String id, String kind, String area, String theme, String criterion, String test) {
        boolean weakness = kind.equals("weakness");
        return "\nrule \"" + id + "\"\n"
                + "    @kind(\"" + kind + "\")\n    @area(\"" + area + "\")\n    @theme(\"" + theme + "\")\n"
                + "    @severity(\"" + (weakness ? "medium" : "low") + "\")\n"
                + "    @title(\"Synthetic " + kind + " " + id + "\")\n"
                + "    @text(\"A synthetic " + kind + " for measuring.\")\n"
                + "    @recommendation(\"" + (weakness ? "Improve the synthetic practice." : "") + "\")\n"
                + "    @sources(\"" + SOURCE + "\")\n"
                + "when\n    $a : Answer( " + test + ", criterion == \"" + criterion + "\" )\n"
                + "then\n    insert( Finding.from( drools, $a ) );\nend\n";
    }

    static void fixtures(int count, Path dir, Path rules) throws Exception {
        Files.createDirectories(dir);
        RulePack pack = RulePackLoader.loadShared(List.of(rules), PackageCache.standard(System.err::println));
        Evaluator evaluator = new Evaluator(pack);
        SelfAssessmentReader reader = new SelfAssessmentReader(pack.manifest(), pack.catalog(), LocalDate.now());
        List<String> frameworks = new ArrayList<>(pack.manifest().frameworks().keySet());
        for (int i = 0; i < count; i++) {
            Random random = new Random(i);
            String framework = frameworks.get(i % frameworks.size());
            Path file = dir.resolve(String.format(Locale.ROOT, "synthetic-%04d.yaml", i));
            Files.writeString(file, assessmentYaml(pack, framework, random, "Synthetic " + i));
            Evaluation evaluation = evaluator.evaluate(reader.read(file, file.toString()));
            StringBuilder expected = new StringBuilder("# The judgements this pack gave when the fixture was "
                    + "generated: it measures speed, not correctness.\njudgements:\n");
            for (Evaluation.AreaResult area : evaluation.areas()) {
                area.predicted().ifPresent(g -> expected.append("  ").append(area.judgement().id()).append(": ")
                        .append(g.id()).append('\n'));
            }
            if (evaluation.overall() != null) {
                expected.append("  overall: ").append(evaluation.overall().getGrade().id()).append('\n');
            }
            Files.writeString(dir.resolve(file.getFileName().toString().replace(".yaml", ".expected.yaml")),
                    expected);
        }
    }

    static void assessment(Path file, Path rules) throws Exception {
        RulePack pack = RulePackLoader.loadShared(List.of(rules), PackageCache.standard(System.err::println));
        Files.writeString(file, assessmentYaml(pack, "sif-2013", new Random(42), "Synthetic"));
    }

    /** About 110 answers, like the shipped fixtures, spread over the framework's areas, some with figures. */
    private static String assessmentYaml(RulePack pack, String frameworkId, Random random, String authority) {
        Framework framework = pack.manifest().framework(frameworkId).orElseThrow();
        List<Criterion> candidates = new ArrayList<>();
        for (Judgement judgement : framework.judgements()) {
            for (String area : judgement.areas()) {
                candidates.addAll(pack.catalog().criteriaByArea().getOrDefault(area, List.of()));
            }
        }
        double share = Math.min(1.0, 110.0 / Math.max(1, candidates.size()));
        Map<String, Map<String, List<String>>> answers = new TreeMap<>();
        for (Criterion criterion : candidates) {
            if (random.nextDouble() >= share) {
                continue;
            }
            StringBuilder answer = new StringBuilder(criterion.id()).append(": ");
            String rating = RATINGS[random.nextInt(RATINGS.length)];
            if (criterion.figures().isEmpty() || random.nextBoolean()) {
                answer.append(rating);
            } else {
                answer.append("\n          rating: ").append(rating).append("\n          figures:");
                for (Figure figure : criterion.figures()) {
                    answer.append("\n            ").append(figure.id()).append(": ").append(random.nextInt(60));
                }
            }
            answers.computeIfAbsent(criterion.area(), a -> new TreeMap<>())
                    .computeIfAbsent(criterion.theme(), t -> new ArrayList<>()).add(answer.toString());
        }
        StringBuilder yaml = new StringBuilder("authority: " + authority + "\ndate: 2024-03-31\nframework: "
                + frameworkId + "\nanswers:\n");
        answers.forEach((area, themes) -> {
            yaml.append("  ").append(area).append(":\n");
            themes.forEach((theme, lines) -> {
                yaml.append("    ").append(theme).append(":\n");
                lines.forEach(line -> yaml.append("      ").append(line).append('\n'));
            });
        });
        return yaml.toString();
    }
}
