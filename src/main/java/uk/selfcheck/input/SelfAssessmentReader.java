package uk.selfcheck.input;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.selfcheck.model.Answer;
import uk.selfcheck.model.Assessment;
import uk.selfcheck.model.CriteriaCatalog;
import uk.selfcheck.model.Criterion;
import uk.selfcheck.model.Figure;
import uk.selfcheck.model.Framework;
import uk.selfcheck.model.Grade;
import uk.selfcheck.model.Judgement;
import uk.selfcheck.model.NotAssessed;
import uk.selfcheck.model.Numbers;
import uk.selfcheck.model.PackManifest;
import uk.selfcheck.model.Rating;
import uk.selfcheck.model.SelfAssessment;
import uk.selfcheck.model.SelfGrade;

/**
 * Reads and validates a self-assessment against a rule pack's criteria and frameworks. Every problem is reported
 * with file, line and field; nothing the leader wrote is ignored.
 */
public final class SelfAssessmentReader {
    public static final Set<String> TOP = Fields.keys("authority", "date", "framework", "scope",
            "self_assessed_grades", "answers");
    public static final Set<String> SCOPE = Fields.keys("visit", "theme", "judgements");
    public static final Set<String> ANSWER = Fields.keys("rating", "evidence", "figures");
    public static final List<String> VISITS = List.of("inspection", "focused_visit");
    /** What {@code selfcheck init} writes for the authority's name, for the leader to replace. */
    public static final String AUTHORITY_PLACEHOLDER = "Name of the local authority";
    /** The oldest framework in any pack is from 2013; an older date is a typo in the year. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(2000, 1, 1);

    private final PackManifest manifest;
    private final CriteriaCatalog catalog;
    private final LocalDate today;

    public SelfAssessmentReader(PackManifest manifest, CriteriaCatalog catalog, LocalDate today) {
        this.manifest = manifest;
        this.catalog = catalog;
        this.today = today;
    }

    /**
     * Reads and checks the file. A duplicate key leaves the YAML readable, so it is reported together with everything
     * else wrong in the file, and a leader can fix them all in one go.
     */
    public SelfAssessment read(Path path, String displayName) throws InputException {
        return readWithWarnings(path, displayName).assessment();
    }

    /** A self-assessment read without errors, and what in it was read as written but looks like a slip. */
    public record Result(SelfAssessment assessment, List<InputError> warnings) {
        public Result {
            warnings = List.copyOf(warnings);
        }
    }

    /** As {@link #read(Path, String)}, keeping the warnings for the command to show. */
    public Result readWithWarnings(Path path, String displayName) throws InputException {
        YamlReader.Parsed parsed = YamlReader.readAll(path, displayName);
        Fields f = new Fields(parsed, displayName);
        SelfAssessment assessment = read(parsed.root(), f, TextFile.lines(parsed.text()));
        return new Result(assessment, f.warnings());
    }

    /** Reads and checks a self-assessment held in memory, with the same messages as the file of those bytes. */
    public SelfAssessment read(byte[] bytes, String displayName) throws InputException {
        return readWithWarnings(bytes, displayName).assessment();
    }

    /** As {@link #read(byte[], String)}, keeping the warnings. */
    public Result readWithWarnings(byte[] bytes, String displayName) throws InputException {
        YamlReader.Parsed parsed = YamlReader.readAll(bytes, displayName);
        Fields f = new Fields(parsed, displayName);
        SelfAssessment assessment = read(parsed.root(), f, TextFile.lines(parsed.text()));
        return new Result(assessment, f.warnings());
    }

    public SelfAssessment read(YamlNode root, String displayName) throws InputException {
        return read(root, new Fields(displayName), new String[0]);
    }

    private SelfAssessment read(YamlNode root, Fields f, String[] lines) throws InputException {
        String displayName = f.file();
        YamlNode.Mapping map = f.mapping(root, "a self-assessment").orElse(null);
        if (map == null) {
            f.throwIfAny();
        }
        f.allowOnly(map, TOP, "a self-assessment");
        String authority = f.requiredText(map, "authority", "the local authority's name").orElse("");
        if (authority.strip().equalsIgnoreCase(AUTHORITY_PLACEHOLDER)) {
            f.warn(map.get("authority"), "'" + AUTHORITY_PLACEHOLDER + "' is the template's placeholder; write your "
                    + "authority's name here, as it should appear in the report");
        }
        String date = readDate(f, map);
        Framework framework = readFramework(f, map);
        List<String> judgements = new ArrayList<>();
        boolean focused = false;
        String visitTheme = null;
        if (framework != null) {
            framework.judgements().forEach(j -> judgements.add(j.id()));
        }
        YamlNode scopeNode = map.get("scope");
        if (scopeNode != null && framework != null) {
            Optional<YamlNode.Mapping> scope = f.mapping(scopeNode, "scope");
            if (scope.isPresent()) {
                f.allowOnly(scope.get(), SCOPE, "scope");
                focused = Optional.ofNullable(scope.get().get("visit")).flatMap(n -> f.choice(n, VISITS, "visit"))
                        .map("focused_visit"::equals).orElse(false);
                visitTheme = readTheme(f, scope.get(), focused);
                List<String> scoped = readScopeJudgements(f, scope.get(), framework, focused, visitTheme);
                if (scoped != null) {
                    judgements.clear();
                    judgements.addAll(scoped);
                }
            }
        }
        List<SelfGrade> selfGrades = framework == null ? List.of() : readSelfGrades(f, map, framework);
        List<Answer> answers = new ArrayList<>();
        List<NotAssessed> notAssessed = new ArrayList<>();
        YamlNode answersNode = map.get("answers");
        if (answersNode == null) {
            f.error(map, "missing required section 'answers' (run 'selfcheck init' for a template)");
        } else if (framework != null) {
            readAnswers(f, answersNode, framework, answers, notAssessed, lines);
        }
        f.throwIfAny();
        Assessment header = new Assessment(displayName, authority, date, framework.id(), focused, visitTheme,
                List.copyOf(judgements), framework.overall() && !focused);
        notAssessed.addAll(omitted(framework, judgements, answers, notAssessed));
        return new SelfAssessment(header, answers, notAssessed, selfGrades);
    }

    /**
     * The criteria of the judgements in scope that the file neither rates nor writes down as not assessed, in catalogue
     * order: leaving a criterion out says the same as {@code not_assessed}, and is read so.
     */
    private List<NotAssessed> omitted(Framework framework, List<String> judgements, List<Answer> answers,
                                      List<NotAssessed> notAssessed) {
        Set<String> written = new HashSet<>();
        answers.forEach(a -> written.add(a.getCriterion()));
        notAssessed.forEach(n -> written.add(n.getCriterion()));
        List<NotAssessed> omitted = new ArrayList<>();
        for (Criterion c : catalog.criteria()) {
            boolean inScope = framework.judgementFor(c.area()).map(j -> judgements.contains(j.id())).orElse(false);
            if (inScope && !written.contains(c.id())) {
                omitted.add(NotAssessed.omitted(c));
            }
        }
        return omitted;
    }

    private String readDate(Fields f, YamlNode.Mapping map) {
        Optional<String> text = f.requiredText(map, "date", "when the self-assessment was written, as YYYY-MM-DD");
        if (text.isEmpty()) {
            return "";
        }
        try {
            LocalDate date = LocalDate.parse(text.get());
            if (date.isAfter(today)) {
                f.error(map.get("date"), "the date " + date + " is in the future (today is " + today + ")");
            } else if (date.isBefore(EARLIEST_DATE)) {
                f.error(map.get("date"), "the date " + date + " is before " + EARLIEST_DATE.getYear()
                        + ", earlier than any inspection framework this tool knows; check the year");
            }
            return date.toString();
        } catch (DateTimeParseException e) {
            f.error(map.get("date"), Slips.notADate(text.get()));
            return "";
        }
    }

    private Framework readFramework(Fields f, YamlNode.Mapping map) {
        YamlNode node = map.get("framework");
        if (node == null) {
            return manifest.framework(manifest.defaultFramework()).orElse(null);
        }
        return f.choice(node, manifest.frameworks().keySet(), "framework").flatMap(manifest::framework).orElse(null);
    }

    private String readTheme(Fields f, YamlNode.Mapping scope, boolean focused) {
        YamlNode node = scope.get("theme");
        if (node == null) {
            if (focused && scope.get("judgements") == null) {
                f.error(scope, "a focused visit needs a 'theme' (one of: "
                        + String.join(", ", manifest.focusedVisitThemes().keySet()) + ") or a list of 'judgements'");
            }
            return null;
        }
        if (!focused) {
            f.error(node, "'theme' applies only to a focused visit; add 'visit: focused_visit' or remove it");
            return null;
        }
        return f.choice(node, manifest.focusedVisitThemes().keySet(), "focused visit theme").orElse(null);
    }

    private List<String> readScopeJudgements(Fields f, YamlNode.Mapping scope, Framework framework, boolean focused,
                                             String theme) {
        YamlNode node = scope.get("judgements");
        List<String> valid = framework.judgements().stream().map(Judgement::id).toList();
        if (node != null) {
            List<String> chosen = new ArrayList<>();
            f.sequence(node, "judgements").ifPresent(seq -> seq.items().forEach(item -> f.choice(item, valid,
                    "judgement under " + framework.id()).ifPresent(chosen::add)));
            return chosen;
        }
        if (focused && theme != null) {
            List<String> chosen = new ArrayList<>();
            for (String id : manifest.focusedVisitThemes().getOrDefault(theme, List.of())) {
                if (valid.contains(id)) {
                    chosen.add(id);
                }
            }
            return chosen;
        }
        return null;
    }

    private List<SelfGrade> readSelfGrades(Fields f, YamlNode.Mapping map, Framework framework) {
        List<SelfGrade> grades = new ArrayList<>();
        YamlNode node = map.get("self_assessed_grades");
        if (node == null) {
            return grades;
        }
        // Every judgement of the framework, leadership too: leaders may say what they expect of their own.
        Set<String> valid = new TreeSet<>();
        framework.judgements().forEach(j -> valid.add(j.id()));
        List<String> gradeIds = java.util.Arrays.stream(Grade.values()).map(Grade::id).toList();
        f.mapping(node, "self_assessed_grades").ifPresent(m -> m.entries().forEach((key, entry) -> {
            if (!valid.contains(key)) {
                f.unknown(entry, YamlNode.child(m.path(), key), "'" + key + "' is not a judgement of " + framework.id()
                        + "; use one of: " + String.join(", ", valid), () -> Suggestions.closest(key, valid));
                return;
            }
            f.choice(entry.value(), gradeIds, "grade").flatMap(Grade::fromId)
                    .ifPresent(g -> grades.add(new SelfGrade(key, g, entry.line())));
        }));
        return grades;
    }

    private void readAnswers(Fields f, YamlNode node, Framework framework, List<Answer> answers,
                             List<NotAssessed> notAssessed, String[] lines) {
        Optional<YamlNode.Mapping> areas = f.mapping(node, "answers");
        if (areas.isEmpty()) {
            return;
        }
        Set<String> knownAreas = new TreeSet<>(catalog.areas());
        for (YamlNode.Entry areaEntry : areas.get().entries().values()) {
            String area = areaEntry.key();
            String areaPath = YamlNode.child("answers", area);
            if (!knownAreas.contains(area)) {
                f.unknown(areaEntry, areaPath, "unknown area '" + area + "'; areas are: " + String.join(", ", knownAreas),
                        () -> Suggestions.closest(area, knownAreas));
                continue;
            }
            if (framework.judgementFor(area).isEmpty()) {
                f.error(areaEntry, areaPath, "area '" + area + "' is not judged under " + framework.id()
                        + "; remove it or choose a framework that judges it", null);
                continue;
            }
            f.mapping(areaEntry.value(), "area " + area).ifPresent(
                    themes -> readThemes(f, area, themes, answers, notAssessed, lines));
        }
    }

    private void readThemes(Fields f, String area, YamlNode.Mapping themes, List<Answer> answers,
                            List<NotAssessed> notAssessed, String[] lines) {
        Set<String> known = catalog.themes(area).keySet();
        for (YamlNode.Entry themeEntry : themes.entries().values()) {
            String theme = themeEntry.key();
            String path = YamlNode.child(themes.path(), theme);
            if (!known.contains(theme)) {
                String elsewhere = catalog.allThemes().stream().filter(t -> t.id().equals(theme))
                        .map(t -> "; it belongs under answers." + t.area()).findFirst().orElse("");
                f.unknown(themeEntry, path, "unknown theme '" + theme + "' in area " + area + elsewhere
                        + (elsewhere.isEmpty() ? "; themes are: " + String.join(", ", known) : ""),
                        () -> elsewhere.isEmpty() ? Suggestions.closest(theme, known) : null);
                continue;
            }
            f.mapping(themeEntry.value(), "theme " + theme).ifPresent(
                    criteria -> readCriteria(f, area, theme, criteria, answers, notAssessed, lines));
        }
    }

    private void readCriteria(Fields f, String area, String theme, YamlNode.Mapping criteria, List<Answer> answers,
                              List<NotAssessed> notAssessed, String[] lines) {
        for (YamlNode.Entry entry : criteria.entries().values()) {
            String id = entry.key();
            String path = YamlNode.child(criteria.path(), id);
            Optional<Criterion> criterion = catalog.criterion(id);
            if (criterion.isEmpty()) {
                f.unknown(entry, path, "unknown criterion '" + id + "' in theme " + theme, () -> Optional
                        .ofNullable(Suggestions.closest(id, criterionIds(area, theme)))
                        .orElse(Suggestions.closest(id, catalog.criterionIds())));
                continue;
            }
            Criterion c = criterion.get();
            if (!c.area().equals(area) || !c.theme().equals(theme)) {
                f.error(entry, path, "criterion '" + id + "' belongs under answers." + c.area() + "." + c.theme(), null);
                continue;
            }
            readAnswer(f, c, entry, answers, notAssessed, lines);
        }
    }

    /** The criteria of one theme, to suggest from; found only for a misspelt id, never for the usual file. */
    private Set<String> criterionIds(String area, String theme) {
        Set<String> ids = new TreeSet<>();
        catalog.theme(area, theme).ifPresent(t -> t.criteria().forEach(c -> ids.add(c.id())));
        return ids;
    }

    private void readAnswer(Fields f, Criterion criterion, YamlNode.Entry entry, List<Answer> answers,
                            List<NotAssessed> notAssessed, String[] lines) {
        YamlNode value = entry.value();
        YamlNode ratingNode = value;
        String evidence = null;
        Map<String, Double> figures = new TreeMap<>();
        if (value instanceof YamlNode.Mapping map) {
            f.allowOnly(map, ANSWER, "an answer");
            ratingNode = map.get("rating");
            if (ratingNode == null) {
                f.error(map, "missing required field 'rating' (one of: " + String.join(", ", Rating.allowedValues())
                        + ")");
                return;
            }
            if (map.get("evidence") != null && !Fields.isNull(map.get("evidence"))) {
                evidence = f.text(map.get("evidence")).orElse(null);
                if (evidence != null) {
                    Slips.cutByComment(f, map.get("evidence"), evidence, lines);
                }
            }
            if (map.get("figures") != null) {
                readFigures(f, criterion, map.get("figures"), figures);
            }
        }
        Optional<String> rating = f.choice(ratingNode, Rating.allowedValues(), "rating");
        if (rating.isEmpty()) {
            return;
        }
        if (rating.get().equals(Rating.NOT_ASSESSED)) {
            if (!figures.isEmpty()) {
                f.error(ratingNode, "figures are given but the criterion is rated not_assessed; rate it or remove "
                        + "the figures");
            }
            notAssessed.add(new NotAssessed(criterion.id(), criterion.area(), criterion.theme(), entry.line()));
            return;
        }
        answers.add(new Answer(criterion.id(), criterion.area(), criterion.theme(),
                Rating.fromId(rating.get()).orElseThrow(), evidence, figures, entry.line()));
    }

    private void readFigures(Fields f, Criterion criterion, YamlNode node, Map<String, Double> figures) {
        List<String> allowed = criterion.figures().stream().map(Figure::id).toList();
        f.mapping(node, "figures").ifPresent(map -> map.entries().forEach((key, entry) -> {
            Optional<Figure> figure = criterion.figure(key);
            if (figure.isEmpty()) {
                f.unknown(entry, YamlNode.child(map.path(), key), "criterion " + criterion.id() + " takes no figure '"
                        + key + "'" + (allowed.isEmpty() ? "; it takes no figures" : "; it takes: "
                        + String.join(", ", allowed)), () -> Suggestions.closest(key, allowed));
                return;
            }
            f.number(entry.value(), key).ifPresent(v -> {
                Figure fig = figure.get();
                if (v < fig.min() || v > fig.max()) {
                    f.error(entry.value(), key + " = " + Fields.written(entry.value())
                            + " is outside the possible range "
                            + Numbers.plain(fig.min()) + " to " + Numbers.plain(fig.max()) + " (" + fig.unit() + ")");
                } else if (Slips.figureKept(f, entry.value(), key, fig, v)) {
                    figures.put(key, v);
                }
            });
        }));
    }

}
