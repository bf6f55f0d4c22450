package uk.selfcheck.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;

class CombinationsTest {
    private static List<List<String>> all(List<String> items, int largest) {
        List<List<String>> sets = new ArrayList<>();
        new Combinations<>(items, largest).forEachRemaining(sets::add);
        return sets;
    }

    @Test
    void smallestSetsFirstThenTheMostSevereFirst() {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("c"), List.of("a", "b"), List.of("a", "c"),
                List.of("b", "c")), all(List.of("a", "b", "c"), 2));
    }

    @Test
    void noSetIsLargerThanTheItems() {
        assertEquals(List.of(List.of("a"), List.of("b"), List.of("a", "b")), all(List.of("a", "b"), 4));
    }

    @Test
    void everySetOfUpToFourOfSeventeen() {
        List<List<String>> sets = all(List.of("a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n",
                "o", "p", "q"), 4);
        assertEquals(17 + 136 + 680 + 2380, sets.size());
        assertEquals(List.of("a", "b", "c", "d"), sets.get(17 + 136 + 680));
        assertEquals(List.of("n", "o", "p", "q"), sets.get(sets.size() - 1));
        assertEquals(sets.size(), sets.stream().distinct().count());
    }

    @Test
    void noItemsNoSets() {
        Combinations<String> none = new Combinations<>(List.of(), 4);
        assertFalse(none.hasNext());
        assertThrows(NoSuchElementException.class, none::next);
    }
}
