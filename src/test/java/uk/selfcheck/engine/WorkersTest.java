package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkersTest {
    private static final List<Integer> NUMBERS = IntStream.range(0, 100).boxed().toList();

    @Test
    void theFirstInOrderWinsEvenWhenALaterOneIsFaster() throws Exception {
        try (Workers workers = new Workers("testing")) {
            // 10 passes but takes longer than 11, which also passes
            Optional<Integer> first = workers.first(NUMBERS.iterator(), 100, n -> {
                if (n == 10) {
                    pause();
                }
                return n >= 10;
            });
            assertEquals(Optional.of(10), first);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void triesNoMoreThanTheLimit() throws Exception {
        AtomicInteger tested = new AtomicInteger();
        try (Workers workers = new Workers("testing")) {
            Optional<Integer> first = workers.first(NUMBERS.iterator(), 30, n -> {
                tested.incrementAndGet();
                return n == 40;
            });
            assertEquals(Optional.empty(), first);
        }
        assertEquals(30, tested.get());
    }

    @Test
    void emptyWhenNoneOfTheItemsPasses() throws Exception {
        try (Workers workers = new Workers("testing")) {
            assertEquals(Optional.empty(), workers.first(NUMBERS.iterator(), 1_000, n -> false));
        }
    }

    @Test
    void aFailureBeforeTheAnswerIsThrownAsItself() {
        try (Workers workers = new Workers("testing")) {
            EvaluationException thrown = assertThrows(EvaluationException.class,
                    () -> workers.first(NUMBERS.iterator(), 100, n -> {
                        if (n == 12) {
                            throw new EvaluationException("R-LOOPS", "rule R-LOOPS failed on item 12");
                        }
                        return n == 20;
                    }));
            assertEquals("rule R-LOOPS failed on item 12", thrown.getMessage());
        }
    }

    @Test
    void aFailureAfterTheAnswerIsNotSeen() throws Exception {
        try (Workers workers = new Workers("testing")) {
            Optional<Integer> first = workers.first(NUMBERS.iterator(), 100, n -> {
                if (n > 20) {
                    throw new EvaluationException("R-LATE", "never tried one after another");
                }
                return n == 20;
            });
            assertEquals(Optional.of(20), first);
        }
    }
}
