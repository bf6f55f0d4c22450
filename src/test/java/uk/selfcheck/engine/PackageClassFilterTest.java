package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Only what compiled Drools packages are made of may be deserialised from the cache. */
class PackageClassFilterTest {
    @Test
    void allowsDroolsClassesCollectionsEnumsAndFactTypes() {
        for (Class<?> type : new Class<?>[] {org.drools.base.definitions.rule.impl.RuleImpl.class,
                org.drools.mvel.MVELConstraint.class, java.util.HashMap.class, java.util.ArrayList.class,
                String.class, byte[].class, String[].class, uk.selfcheck.model.Rating.class,
                uk.selfcheck.model.Answer.class, java.util.List.class, java.util.Collections.emptyList().getClass()}) {
            assertTrue(PackageClassFilter.allows(type), type.getName());
        }
    }

    @Test
    void refusesOtherSerialisableClasses() {
        for (Class<?> type : new Class<?>[] {java.net.URL.class, java.util.PriorityQueue.class,
                javax.management.BadAttributeValueExpException.class, java.io.File.class, java.net.URL[].class,
                java.lang.reflect.Proxy.class}) {
            assertFalse(PackageClassFilter.allows(type), type.getName());
        }
    }

    @Test
    void streamsOpenedWhileAnEntryIsReadGetTheFilterAndOthersKeepTheirs() throws Exception {
        java.io.ObjectInputFilter own = info -> java.io.ObjectInputFilter.Status.UNDECIDED;
        assertTrue(PackageClassFilter.forStream(own) == own);
        assertTrue(PackageClassFilter.whileReading(() -> PackageClassFilter.forStream(own))
                == PackageClassFilter.INSTANCE);
        assertTrue(PackageClassFilter.whileReading(() -> PackageClassFilter.forStream(null))
                == PackageClassFilter.INSTANCE);
        assertTrue(PackageClassFilter.forStream(own) == own, "only while reading");
    }
}
