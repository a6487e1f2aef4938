package org.sitrep.model;

/** A span of text that names a place, before it is resolved to coordinates. */
public record PlaceMention(Span span, String text) {}
