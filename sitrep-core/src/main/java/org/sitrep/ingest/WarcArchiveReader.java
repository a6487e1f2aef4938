package org.sitrep.ingest;

import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.sitrep.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A WARC file (plain or gzipped, as news crawls publish them): every HTTP response record with an HTML
 * payload goes through {@link HtmlArticleReader}. The WARC-Target-URI is the document's url, the
 * WARC-Record-ID its id, and the capture date stands in for a published date the page does not state.
 */
final class WarcArchiveReader {
    private final ReadOptions options;
    private final HtmlArticleReader html;

    WarcArchiveReader(ReadOptions options, HtmlArticleReader html) {
        this.options = options;
        this.html = html;
    }

    void read(InputStream in, String name, Consumer<Document> documents, Consumer<ReadError> errors) throws IOException {
        WarcReader warc;
        try {
            warc = new WarcReader(in);
        } catch (IOException | IllegalArgumentException e) {
            errors.accept(new ReadError(name, "not a WARC file (" + e.getMessage() + ")"));
            return;
        }
        int records = 0;
        int answered = 0;
        try (warc) {
            warc.onWarning(w -> { }); // jwarc's leniency warnings are about the container, not the articles
            while (true) {
                long offset = warc.position();
                Optional<WarcRecord> next;
                try {
                    next = warc.next();
                } catch (IOException | RuntimeException e) {
                    errors.accept(new ReadError(name + "@" + offset, "corrupt WARC record (" + e.getMessage() + "); rest of the file skipped"));
                    return;
                }
                if (next.isEmpty()) break;
                records++;
                if (next.get() instanceof WarcResponse response) {
                    // a record without a WARC-Record-ID is named by its place in the file, never lost with the rest
                    String id = response.headers().first("WARC-Record-ID").map(v -> v.replaceAll("^<|>$", "")).orElse(name + "@" + offset);
                    String origin = name + " " + id;
                    try {
                        Document doc = document(response, id, origin, errors);
                        if (doc != null) {
                            answered++;
                            documents.accept(doc);
                        }
                    } catch (RejectedInput e) {
                        answered++;
                        errors.accept(new ReadError(origin, e.reason()));
                    } catch (IOException e) {
                        answered++;
                        errors.accept(new ReadError(origin, "unreadable response record (" + e.getMessage() + ")"));
                    } catch (RuntimeException | StackOverflowError e) {
                        answered++;
                        errors.accept(ReadError.internal(origin, e));
                    }
                }
            }
        }
        // a crawl of images or redirects only is not an error, but silence would hide a wrong input
        if (answered == 0) errors.accept(new ReadError(name, ReadError.SKIPPED + "no HTML response records among " + records + " records"));
    }

    private Document document(WarcResponse response, String id, String origin, Consumer<ReadError> notes) throws IOException, RejectedInput {
        if (!response.contentType().base().equals(MediaType.HTTP)) return null; // dns:, gemini... are not pages
        HttpResponse http = response.http();
        if (http.status() < 200 || http.status() >= 300) return null; // redirects and errors carry no article
        MediaType type = http.contentType();
        String base = type.base().toString().toLowerCase(Locale.ROOT);
        if (!base.equals("text/html") && !base.equals("application/xhtml+xml")) return null;
        byte[] body = readBounded(http.bodyDecoded().stream());
        String charset = type.parameters().get("charset");
        if (charset == null) charset = HtmlArticleReader.declaredCharset(body);
        String page = TextDecoder.decode(body, charset);
        String target = response.target();
        Document doc = html.read(page, id, target, origin, notes);
        LocalDate published = doc.published();
        boolean inferred = false;
        if (published == null) {
            published = captureDay(response);
            inferred = published != null; // a capture date is not the outlet's date, only a bound on it
        }
        return new Document(doc.id(), target, doc.source(), published, inferred, doc.title(), doc.text(), origin);
    }

    /** The day the crawler captured the page, or null when the record has no readable WARC-Date. */
    private static LocalDate captureDay(WarcResponse response) {
        try {
            return LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private byte[] readBounded(InputStream in) throws IOException, RejectedInput {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxDocumentBytes() + 1));
        if (bytes.length > options.maxDocumentBytes()) {
            throw new RejectedInput("HTML payload over the limit of " + options.maxDocumentBytes() + " bytes");
        }
        return bytes;
    }
}
