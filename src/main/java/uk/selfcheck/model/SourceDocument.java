package uk.selfcheck.model;

/** A document that rules may cite, named as citations must name it (e.g. 'Newcastle 2019 focused visit'). */
public record SourceDocument(String name, String file, String kind) {
}
