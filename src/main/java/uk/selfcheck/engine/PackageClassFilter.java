package uk.selfcheck.engine;

import java.io.ObjectInputFilter;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/**
 * What a cached pack may contain when it is deserialised: Drools' and MVEL's own classes, the JDK's plain collections
 * and values, enums, and references to classes that deserialisation cannot instantiate (interfaces and classes that
 * are not serialisable, such as the fact types rules match). Anything else is refused before it is created, so even an
 * entry that passed its integrity check cannot bring a gadget class to life. The cache writer checks every class
 * against the same filter and does not cache a pack that would be refused.
 */
final class PackageClassFilter implements ObjectInputFilter {
    static final PackageClassFilter INSTANCE = new PackageClassFilter();

    private static final List<String> PREFIXES = List.of("org.drools.", "org.mvel2.", "org.kie.api.",
            "uk.selfcheck.model.", "java.util.Collections$", "java.util.concurrent.ConcurrentHashMap$");
    private static final Set<String> JDK = Set.of(
            "java.lang.Object", "java.lang.String", "java.lang.Boolean", "java.lang.Character", "java.lang.Number",
            "java.lang.Byte", "java.lang.Short", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.lang.Enum", "java.math.BigDecimal", "java.math.BigInteger",
            "java.util.ArrayList", "java.util.LinkedList", "java.util.Arrays$ArrayList", "java.util.HashMap",
            "java.util.LinkedHashMap", "java.util.TreeMap", "java.util.IdentityHashMap", "java.util.HashSet",
            "java.util.LinkedHashSet", "java.util.TreeSet", "java.util.Date",
            "java.util.concurrent.ConcurrentHashMap", "java.util.concurrent.CopyOnWriteArrayList",
            "java.util.concurrent.atomic.AtomicBoolean", "java.util.concurrent.atomic.AtomicInteger",
            "java.util.concurrent.atomic.AtomicLong", "java.util.concurrent.locks.AbstractOwnableSynchronizer",
            "java.util.concurrent.locks.AbstractQueuedSynchronizer", "java.util.concurrent.locks.ReentrantLock",
            "java.util.concurrent.locks.ReentrantLock$Sync", "java.util.concurrent.locks.ReentrantLock$NonfairSync",
            "java.util.concurrent.locks.ReentrantLock$FairSync");
    /** Far beyond a pack of thousands of rules, but bounded. */
    static final long MAX_DEPTH = 1_000;
    static final long MAX_REFERENCES = 50_000_000;
    static final long MAX_ARRAY = 100_000_000;
    /** The filter is asked about every object read; each class is judged once. */
    private static final ClassValue<Boolean> ALLOWED = new ClassValue<>() {
        @Override
        protected Boolean computeValue(Class<?> type) {
            return judge(type);
        }
    };

    /** True while this thread reads a cache entry. */
    private static final ThreadLocal<Boolean> READING = ThreadLocal.withInitial(() -> false);
    private static boolean factoryTried;

    private PackageClassFilter() {
    }

    /**
     * Drools reads the bytecode a package holds through an ObjectInputStream of its own, which the filter set on the
     * cache's stream does not reach. A process-wide filter factory applies this filter to every stream opened on a
     * thread while it reads a cache entry, and leaves every other stream as the JDK would. The JDK accepts a factory
     * only before the process opens its first ObjectInputStream, which for the command line is the cache's; where
     * that has passed (tests), the entry's signature and the filter on the outer stream stand alone. Synchronized:
     * entries are read on two threads, and neither may open a stream before the factory is in place.
     */
    static synchronized void installFactory() {
        if (!factoryTried) {
            factoryTried = true;
            try {
                ObjectInputFilter.Config.setSerialFilterFactory((current, requested) -> forStream(requested));
            } catch (IllegalStateException | SecurityException alreadyFixed) {
                // see above
            }
        }
    }

    /** The filter a stream gets: this one while a cache entry is read on this thread, else what was asked for. */
    static ObjectInputFilter forStream(ObjectInputFilter requested) {
        return READING.get() ? INSTANCE : requested;
    }

    /** Runs {@code read} with every stream this thread opens filtered. */
    static <T, E extends Exception> T whileReading(Reader<T, E> read) throws E {
        READING.set(true);
        try {
            return read.read();
        } finally {
            READING.set(false);
        }
    }

    /** Reading a cache entry, which may fail in the ways deserialisation fails. */
    interface Reader<T, E extends Exception> {
        T read() throws E;
    }

    @Override
    public Status checkInput(FilterInfo info) {
        if (info.depth() > MAX_DEPTH || info.references() > MAX_REFERENCES || info.arrayLength() > MAX_ARRAY) {
            return Status.REJECTED;
        }
        Class<?> type = info.serialClass();
        return type == null || allows(type) ? Status.ALLOWED : Status.REJECTED;
    }

    static boolean allows(Class<?> type) {
        return ALLOWED.get(type);
    }

    private static boolean judge(Class<?> type) {
        Class<?> c = type;
        while (c.isArray()) {
            c = c.getComponentType();
        }
        if (c.isPrimitive() || Enum.class.isAssignableFrom(c) || c.isInterface() || !Serializable.class.isAssignableFrom(c)) {
            return true;
        }
        String name = c.getName();
        if (JDK.contains(name)) {
            return true;
        }
        for (String prefix : PREFIXES) {
            if (name.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
