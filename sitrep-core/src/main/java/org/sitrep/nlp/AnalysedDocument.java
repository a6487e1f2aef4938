package org.sitrep.nlp;

import org.sitrep.model.Document;

import java.util.List;

/** A document split into sentences; some of them parsed. */
public record AnalysedDocument(Document document, List<Sentence> sentences) {
    public AnalysedDocument {
        sentences = List.copyOf(sentences);
    }
}
