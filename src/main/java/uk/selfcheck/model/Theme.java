package uk.selfcheck.model;

import java.util.List;

/** A group of criteria within an area, e.g. the front door within help and protection. */
public record Theme(String area, String id, String title, List<Criterion> criteria, String file) {
}
