package org.sitrep.model;

/** An actor named in the text ("the SAA's artillery", "Daesh") and the canonical actor it stands for. */
public record ActorMention(Span span, String text, Actor actor) {}
