package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.sitrep.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarcArchiveReaderTest {
    @TempDir
    Path dir;

    private final List<Document> documents = new ArrayList<>();
    private final List<ReadError> errors = new ArrayList<>();

    /** A small crawl: two articles, an image, a redirect and a page that is only navigation. */
    static Path writeCrawl(Path file, WarcCompression compression) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
             WarcWriter writer = new WarcWriter(channel, compression)) {
            writer.write(response("https://news.example/a", "2021-06-01T12:00:00Z", 200, "text/html; charset=utf-8",
                    ("<html><head><meta property='og:title' content='Drone strike on a checkpoint'>"
                            + "<meta property='article:published_time' content='2021-05-30T09:00:00Z'></head><body><article>"
                            + "<p>A drone struck a checkpoint east of the city on Sunday, killing two guards.</p>"
                            + "<p>No group claimed the attack.</p></article>"
                            + "<footer>Follow us on Telegram</footer></body></html>").getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example/logo.png", "2021-06-01T12:00:01Z", 200, "image/png",
                    new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13}));
            writer.write(response("https://news.example/old", "2021-06-01T12:00:02Z", 301, "text/html",
                    "<html><body><p>Moved</p></body></html>".getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example/menu", "2021-06-01T12:00:03Z", 200, "text/html",
                    "<html><body><nav>Home World</nav></body></html>".getBytes(StandardCharsets.UTF_8)));
            writer.write(response("https://news.example/ar", "2021-06-02T08:00:00Z", 200, "text/html; charset=windows-1256",
                    ("<html><head><title>\u0642\u0635\u0641 \u0639\u0644\u0649 \u0627\u0644\u0645\u062F\u064A\u0646\u0629</title></head>"
                            + "<body><p>\u0642\u0635\u0641 \u0645\u062F\u0641\u0639\u064A \u0639\u0644\u0649 \u0623\u0637\u0631\u0627\u0641 "
                            + "\u0627\u0644\u0645\u062F\u064A\u0646\u0629 \u0635\u0628\u0627\u062D \u0627\u0644\u064A\u0648\u0645.</p></body></html>")
                            .getBytes(Charset.forName("windows-1256"))));
        }
        return file;
    }

    private static WarcResponse response(String url, String date, int status, String type, byte[] body) throws IOException {
        HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved")
                .body(MediaType.parse(type), body).build();
        return new WarcResponse.Builder(URI.create(url)).date(Instant.parse(date)).body(http).build();
    }

    private void read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            new WarcArchiveReader(ReadOptions.defaults(), new HtmlArticleReader(new BoilerplateRemover()))
                    .read(in, file.toString(), documents::add, errors::add);
        }
    }

    @Test
    void plainAndGzippedCrawlsGiveTheSameArticles() throws IOException {
        read(writeCrawl(dir.resolve("crawl.warc"), WarcCompression.NONE));
        List<Document> plain = List.copyOf(documents);
        List<ReadError> plainErrors = List.copyOf(errors);
        documents.clear();
        errors.clear();
        read(writeCrawl(dir.resolve("crawl.warc.gz"), WarcCompression.GZIP));
        assertEquals(plain.stream().map(Document::text).toList(), documents.stream().map(Document::text).toList());
        assertEquals(plainErrors.size(), errors.size());

        assertEquals(2, documents.size(), documents + " " + errors);
        Document drone = documents.get(0);
        assertTrue(drone.id().startsWith("urn:uuid:"), drone.id());
        assertEquals("https://news.example/a", drone.url());
        assertEquals("Drone strike on a checkpoint", drone.title());
        assertEquals(LocalDate.of(2021, 5, 30), drone.published());
        assertFalse(drone.publishedInferred());
        assertTrue(drone.text().endsWith("No group claimed the attack."), drone.text());
        assertFalse(drone.text().contains("Telegram"));

        Document arabic = documents.get(1);
        assertEquals(LocalDate.of(2021, 6, 2), arabic.published()); // the capture date stands in
        assertTrue(arabic.publishedInferred());
        assertTrue(arabic.text().contains("\u0642\u0635\u0641 \u0645\u062F\u0641\u0639\u064A"), arabic.text());

        // the navigation-only page is the one error; the image and the redirect are not articles
        assertEquals(1, errors.size(), errors.toString());
        assertTrue(errors.get(0).origin().contains("urn:uuid:"), errors.get(0).toString());
        assertEquals("no article text in the HTML page", errors.get(0).reason());
    }

    @Test
    void corruptTailKeepsTheRecordsBeforeIt() throws IOException {
        Path file = writeCrawl(dir.resolve("broken.warc"), WarcCompression.NONE);
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.APPEND)) {
            out.write("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: nonsense\r\n\r\n\u0000\u0001garbage".getBytes(StandardCharsets.ISO_8859_1));
        }
        read(file);
        assertEquals(2, documents.size());
        ReadError last = errors.get(errors.size() - 1);
        assertTrue(last.reason().startsWith("corrupt WARC record"), last.toString());
        assertTrue(last.origin().startsWith(file + "@"), last.toString());
    }

    @Test
    void crawlWithoutPagesSaysSo() throws IOException {
        Path file = dir.resolve("images.warc");
        try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE))) {
            writer.write(response("https://news.example/a.png", "2021-06-01T12:00:00Z", 200, "image/png", new byte[] {1, 2, 3}));
        }
        read(file);
        assertTrue(documents.isEmpty());
        assertEquals(List.of(new ReadError(file.toString(), "skipped: no HTML response records among 1 records")), errors);
        assertFalse(errors.get(0).rejectsDocument());
    }

    @Test
    void notAWarcFileIsOneError() throws IOException {
        Path file = dir.resolve("fake.warc");
        Files.writeString(file, "just some text, no WARC header at all\n");
        read(file);
        assertTrue(documents.isEmpty());
        assertEquals(1, errors.size(), errors.toString());
        assertEquals(file.toString(), errors.get(0).origin().replaceAll("@\\d+$", ""));
    }
}
