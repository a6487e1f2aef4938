package org.sitrep.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One article after ingest: cleaned text (boilerplate removed) and its metadata.
 * Evidence offsets always point into {@link #text()}.
 *
 * @param id        the corpus id, or one derived from the content when the input has none
 * @param url       where the article was published, or null
 * @param source    the outlet, or "unknown"
 * @param published the reference date for relative expressions ("last weekend"); null when unknown
 * @param publishedInferred true when the date was worked out from the content, not stated by the outlet
 * @param title     headline, or "" when none
 * @param text      the cleaned article text
 * @param origin    where it was read from (file, file:line), for error messages
 */
public record Document(String id, String url, String source, LocalDate published, boolean publishedInferred,
                       String title, String text, String origin) {
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(text, "text");
        source = source == null || source.isBlank() ? "unknown" : source;
        title = title == null ? "" : title;
        origin = origin == null ? id : origin;
    }

    public Document withPublished(LocalDate date) {
        return new Document(id, url, source, date, publishedInferred, title, text, origin);
    }
}
