package org.sitrep.model;

/** A date expression in the text and the range it denotes, resolved against the published date. */
public record DateMention(Span span, String text, DateRange range) {}
