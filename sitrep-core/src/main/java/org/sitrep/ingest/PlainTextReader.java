package org.sitrep.ingest;

import org.sitrep.model.Document;

/**
 * A plain-text article: its first non-empty line (once furniture such as "skip to main content" is gone)
 * is the title, and stays in the text as its first paragraph so that evidence offsets cover the headline.
 */
final class PlainTextReader {
    private final BoilerplateRemover remover;

    PlainTextReader(BoilerplateRemover remover) {
        this.remover = remover;
    }

    /** @return the document, without a published date: the caller applies the default */
    Document read(String content, String id, String origin) throws RejectedInput {
        String text = remover.clean(content);
        if (text.isBlank()) throw new RejectedInput(content.isBlank() ? "empty (no text)" : "no text once boilerplate is removed");
        int end = text.indexOf('\n');
        String title = end < 0 ? text : text.substring(0, end);
        return new Document(id, null, null, null, false, title.strip(), text, origin);
    }
}
