package uk.selfcheck.model;

import java.util.List;

/**
 * Which rules produced a result: the pack (from its pack.yaml) and each overlay folder given after it, each with a
 * short hash of the files the tool read from that folder, so that a report can be traced to exactly those files.
 *
 * @param hash     the first {@value #HASH_DIGITS} hex digits of the pack folder's content hash
 * @param overlays the overlay folders, in the order given
 * @param measured how often the pack's predictions matched published grades, as its pack.yaml states; null if it
 *                 states none
 */
public record PackIdentity(String name, String version, String description, String hash, List<Folder> overlays,
                           MeasuredAgreement measured) {
    /** Hex digits of a folder's hash that are shown: 48 bits, enough that two versions of a pack never share one. */
    public static final int HASH_DIGITS = 12;

    /**
     * An overlay folder.
     *
     * @param folder      the folder as given on the command line
     * @param description its overlay.yaml's {@code description:}, empty when it has none
     */
    public record Folder(String folder, String description, String hash) {
    }

    /** The pack's name and version, as reports have always named it. */
    public String label() {
        return name + " " + version;
    }
}
