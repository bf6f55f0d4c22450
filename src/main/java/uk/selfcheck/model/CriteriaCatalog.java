package uk.selfcheck.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Every criterion of a rule pack, by id and by area and theme. */
public final class CriteriaCatalog {
    private final Map<String, Criterion> byId = new TreeMap<>();
    /** The same by hash, for the lookup of every answer of every file read: a tree costs a dozen comparisons each. */
    private final Map<String, Criterion> lookup = new HashMap<>();
    private final Map<String, Map<String, Theme>> themesByArea = new TreeMap<>();

    public CriteriaCatalog(Collection<Theme> themes) {
        for (Theme theme : themes) {
            themesByArea.computeIfAbsent(theme.area(), a -> new TreeMap<>()).put(theme.id(), theme);
            for (Criterion criterion : theme.criteria()) {
                byId.put(criterion.id(), criterion);
            }
        }
        lookup.putAll(byId);
    }

    public Optional<Criterion> criterion(String id) {
        return Optional.ofNullable(lookup.get(id));
    }

    public Collection<Criterion> criteria() {
        return Collections.unmodifiableCollection(byId.values());
    }

    public Collection<String> criterionIds() {
        return Collections.unmodifiableSet(byId.keySet());
    }

    public Collection<String> areas() {
        return Collections.unmodifiableSet(themesByArea.keySet());
    }

    /** Themes of an area, by id. */
    public Map<String, Theme> themes(String area) {
        return Collections.unmodifiableMap(themesByArea.getOrDefault(area, Map.of()));
    }

    public Optional<Theme> theme(String area, String theme) {
        return Optional.ofNullable(themes(area).get(theme));
    }

    /** All themes in area then theme order. */
    public List<Theme> allThemes() {
        List<Theme> all = new ArrayList<>();
        themesByArea.values().forEach(m -> all.addAll(m.values()));
        return all;
    }

    /** Criteria ids by area, for the template and schema. */
    public Map<String, List<Criterion>> criteriaByArea() {
        Map<String, List<Criterion>> result = new LinkedHashMap<>();
        for (Criterion c : byId.values()) {
            result.computeIfAbsent(c.area(), a -> new ArrayList<>()).add(c);
        }
        return result;
    }
}
