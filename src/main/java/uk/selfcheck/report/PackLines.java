package uk.selfcheck.report;

import java.util.ArrayList;
import java.util.List;
import uk.selfcheck.model.Evaluation;
import uk.selfcheck.model.MeasuredAgreement;
import uk.selfcheck.model.PackIdentity;

/**
 * The sentences every report uses to name the rules that produced it: the pack with its version, content hash and
 * description, then each overlay folder as given, with its description and content hash. The hashes tell two
 * versions of the same files apart, so a report can be traced to exactly the rules behind it.
 */
final class PackLines {
    private PackLines() {
    }

    /** One sentence for the pack, then one for each overlay folder. */
    static List<String> of(PackIdentity pack) {
        List<String> lines = new ArrayList<>();
        lines.add("Rule pack " + pack.label() + " (content hash " + pack.hash() + ")" + described(pack.description()));
        for (PackIdentity.Folder overlay : pack.overlays()) {
            lines.add("Overlay " + overlay.folder() + " (content hash " + overlay.hash() + ")"
                    + described(overlay.description()));
        }
        return lines;
    }

    /** The pack and its overlays in one short phrase, for a footer: "rule pack X 1.0 (content hash ...) and ...". */
    static String phrase(PackIdentity pack) {
        StringBuilder text = new StringBuilder("rule pack " + pack.label() + " (content hash " + pack.hash() + ")");
        for (PackIdentity.Folder overlay : pack.overlays()) {
            text.append(" with overlay ").append(overlay.folder()).append(" (content hash ").append(overlay.hash())
                    .append(')');
        }
        return text.toString();
    }

    /**
     * How far to trust the prediction: the agreement the pack states it measured on published inspections, said of
     * this report (a focused visit, an overlay); empty when the pack states none.
     */
    static String trust(Evaluation e) {
        MeasuredAgreement measured = e.pack().measured();
        return measured == null ? "" : measured.sentence(e.assessment().focusedVisit(), !e.pack().overlays().isEmpty());
    }

    private static String described(String description) {
        if (description.isEmpty()) {
            return ".";
        }
        String flat = description.replaceAll("\\s+", " ");
        return ": " + flat + (flat.endsWith(".") || flat.endsWith("!") || flat.endsWith("?") ? "" : ".");
    }
}
