package uk.selfcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.selfcheck.model.PackIdentity;
import uk.selfcheck.model.Severity;
import uk.selfcheck.testing.FolderHash;
import uk.selfcheck.testing.OneRulePack;

/**
 * Each folder given with --rules is named with a content hash of the files the tool reads from it, so that a report
 * can be traced to exactly those files: the same files give the same hash on any machine, and any change to them
 * another one.
 */
class PackHashTest {
    /** An overlay that replaces the one rule of {@link OneRulePack} and raises its severity. */
    private static final String OVERLAY_YAML = """
            description: Exampleshire's local variations
            severity:
              S-CASELOADS: high
            """;
    private static final String OVERLAY_RULE = """
            package client.workforce;
            import uk.selfcheck.model.Answer;
            import uk.selfcheck.model.Finding;
            import uk.selfcheck.model.Rating;

            rule "S-CASELOADS"
                @kind("strength")
                @area("leadership")
                @theme("workforce")
                @severity("medium")
                @title("Caseloads are manageable")
                @text("Caseloads are manageable, as Exampleshire measures them.")
                @recommendation("")
                @sources("Newcastle 2019 focused visit: 'reduced caseloads to a manageable level'")
            when
                $a : Answer( rating >= Rating.CONSISTENTLY, criterion == "caseloads_manageable" )
            then
                insert( Finding.from( drools, $a ) );
            end
            """;
    /**
     * The overlay's hash, worked out apart from the tool with the command docs/consultants.md gives, in the folder:
     * {@code find . -type f \( -name '*.drl' -o -name '*.drl.csv' -o -name '*.criteria.yaml' -o -path ./overlay.yaml \)
     * | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum | sha256sum | cut -c1-12}.
     */
    private static final String OVERLAY_HASH = "0e16895a7461";

    @TempDir
    Path temp;
    private Path pack;
    private Path overlay;

    @BeforeEach
    void write() throws Exception {
        pack = OneRulePack.write(temp.resolve("pack"));
        overlay = Files.createDirectories(temp.resolve("client"));
        Files.writeString(overlay.resolve("overlay.yaml"), OVERLAY_YAML);
        Files.createDirectories(overlay.resolve("leadership"));
        Files.writeString(overlay.resolve("leadership/caseloads.drl"), OVERLAY_RULE);
        // not read by the loader, so not in the hash
        Files.writeString(overlay.resolve("README.md"), "Exampleshire's overlay.\n");
        Files.createDirectories(overlay.resolve("expected"));
        Files.writeString(overlay.resolve("expected/one.expected.yaml"), "judgements: {}\n");
    }

    @Test
    void namesThePackAndEachOverlayWithItsDescriptionAndTheHashOfItsFiles() throws Exception {
        RulePack loaded = RulePackLoader.load(List.of(pack, overlay));
        PackIdentity identity = loaded.identity();
        assertEquals(loaded.manifest().name(), identity.name());
        assertEquals(loaded.manifest().version(), identity.version());
        assertEquals(loaded.manifest().description().strip(), identity.description());
        assertEquals(FolderHash.of(pack, true), identity.hash());
        assertEquals(List.of(new PackIdentity.Folder(overlay.toString(), "Exampleshire's local variations",
                OVERLAY_HASH)), identity.overlays());
        assertEquals(Severity.HIGH, loaded.rule("S-CASELOADS").orElseThrow().severity(), "the overlay was applied");
    }

    @Test
    void filesTheToolDoesNotReadAndTimesDoNotCountButEveryByteOfTheOthersDoes() throws Exception {
        Files.writeString(overlay.resolve("README.md"), "Exampleshire's overlay, agreed in March.\n");
        Files.writeString(overlay.resolve("expected/two.expected.yaml"), "judgements: {}\n");
        Files.setLastModifiedTime(overlay.resolve("overlay.yaml"), FileTime.fromMillis(0));
        assertEquals(OVERLAY_HASH, RulePackLoader.load(List.of(pack, overlay)).identity().overlays().get(0).hash());

        // bytes as read: the same rules with Windows line endings are other bytes, and hash differently
        Files.writeString(overlay.resolve("overlay.yaml"), OVERLAY_YAML.replace("\n", "\r\n"));
        String crlf = RulePackLoader.load(List.of(pack, overlay)).identity().overlays().get(0).hash();
        assertNotEquals(OVERLAY_HASH, crlf);
        assertEquals(FolderHash.of(overlay, false), crlf);

        Files.writeString(overlay.resolve("overlay.yaml"), OVERLAY_YAML);
        Files.writeString(overlay.resolve("leadership/caseloads.drl"), OVERLAY_RULE.replace("March", "April")
                .replace("as Exampleshire", "as Exampleshire now"));
        assertNotEquals(OVERLAY_HASH, RulePackLoader.load(List.of(pack, overlay)).identity().overlays().get(0).hash());
    }

    @Test
    void aFolderGivenAsALinkIsReadThroughIt() throws Exception {
        Path linked = Files.createSymbolicLink(temp.resolve("linked-client"), overlay);
        RulePack pack = RulePackLoader.load(List.of(this.pack, linked));
        assertEquals(new PackIdentity.Folder(linked.toString(), "Exampleshire's local variations", OVERLAY_HASH),
                pack.identity().overlays().get(0));
        assertEquals(linked.resolve("leadership/caseloads.drl").toString(), pack.rule("S-CASELOADS").orElseThrow()
                .file(), "the overlay's rule, named from the folder as given");
    }

    @Test
    void anOverlayWithoutOverlayYamlHasNoDescription() throws Exception {
        Files.delete(overlay.resolve("overlay.yaml"));
        PackIdentity.Folder folder = RulePackLoader.load(List.of(pack, overlay)).identity().overlays().get(0);
        assertEquals("", folder.description());
        assertEquals(FolderHash.of(overlay, false), folder.hash());
    }
}
