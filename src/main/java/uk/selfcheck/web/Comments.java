package uk.selfcheck.web;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;

/**
 * Counts the comments in a self-assessment, as YAML sees them (a '#' inside a quoted note is not one), so the page can
 * say how many there are and a save how many it kept.
 */
final class Comments {
    private Comments() {
    }

    /** The number of comments in {@code yaml}, which has already been read as a valid self-assessment. */
    static int count(byte[] yaml) {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        options.setMaxAliasesForCollections(0);
        int comments = 0;
        try {
            for (Event event : new Yaml(options).parse(new StringReader(new String(yaml, StandardCharsets.UTF_8)))) {
                if (event instanceof CommentEvent comment
                        && comment.getCommentType() != org.yaml.snakeyaml.comments.CommentType.BLANK_LINE) {
                    comments++;
                }
            }
        } catch (RuntimeException e) {
            return comments; // the reader accepted the file; whatever SnakeYAML's own parser makes of it, say what it found
        }
        return comments;
    }
}
