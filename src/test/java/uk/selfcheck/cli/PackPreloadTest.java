package uk.selfcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The head start guesses the folders a command will load exactly as its own options give them, or not at all. */
class PackPreloadTest {
    private static final List<Path> SHIPPED = new PackOptions().folders();

    @Test
    void checkWithoutRulesLoadsTheShippedPack() {
        assertEquals(Optional.of(SHIPPED), PackPreload.folders(new String[] {"check", "a.yaml", "--format", "json"}));
    }

    @Test
    void rulesOptionsAreTakenInOrderInBothSpellings() {
        assertEquals(Optional.of(List.of(Path.of("base"), Path.of("overlay"))),
                PackPreload.folders(new String[] {"verify", "--rules", "base", "fixtures", "--rules=overlay"}));
    }

    @Test
    void noGuessForOtherCommandsHelpOrNoCache() {
        assertEquals(Optional.empty(), PackPreload.folders(new String[] {}));
        assertEquals(Optional.empty(), PackPreload.folders(new String[] {"init"}));
        assertEquals(Optional.empty(), PackPreload.folders(new String[] {"check", "--help"}));
        assertEquals(Optional.empty(), PackPreload.folders(new String[] {"check", "a.yaml", "--no-cache"}));
    }
}
