package uk.selfcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class GradingPolicyTest {

    @Test
    void aThresholdIsPrintedAsItIsWrittenNotAsANeighbouringPercentage() {
        assertEquals("27.5", GradingPolicy.percent(0.275));
        assertEquals("2.5", GradingPolicy.percent(0.025));
        assertEquals("7.5", GradingPolicy.percent(0.075));
        assertEquals("65", GradingPolicy.percent(0.65));
        assertEquals("0", GradingPolicy.percent(0.0));
        assertEquals("100", GradingPolicy.percent(1.0));
    }

    @Test
    void theSameInALocaleThatWritesADecimalComma() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertEquals("27.5", GradingPolicy.percent(0.275));
        } finally {
            Locale.setDefault(before);
        }
    }
}
