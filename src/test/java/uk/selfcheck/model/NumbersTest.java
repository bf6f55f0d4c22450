package uk.selfcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class NumbersTest {

    @Test
    void aThresholdIsPrintedAsItIsWrittenNotAsANeighbouringPercentage() {
        assertEquals("27.5", Numbers.percent(0.275));
        assertEquals("2.5", Numbers.percent(0.025));
        assertEquals("7.5", Numbers.percent(0.075));
        assertEquals("65", Numbers.percent(0.65));
        assertEquals("0", Numbers.percent(0.0));
        assertEquals("100", Numbers.percent(1.0));
    }

    @Test
    void aWholeNumberHasNoDecimalPoint() {
        assertEquals("24", Numbers.plain(24.0));
        assertEquals("2.5", Numbers.plain(2.5));
    }

    @Test
    void theSameInALocaleThatWritesADecimalComma() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("27.5", Numbers.percent(0.275));
            assertEquals("2.5", Numbers.plain(2.5));
        } finally {
            Locale.setDefault(before);
        }
    }
}
