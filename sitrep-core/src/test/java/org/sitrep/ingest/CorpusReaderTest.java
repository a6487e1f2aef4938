package org.sitrep.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.WarcCompression;
import org.sitrep.model.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CorpusReaderTest {
    @TempDir
    Path dir;

    private final List<Document> documents = new ArrayList<>();
    private final List<ReadError> errors = new ArrayList<>();

    private static final String GOOD_TEXT = "Army retakes hill\n\nGovernment forces retook a hill overlooking the road on Friday.\n";

    /** Every kind of bad input beside good documents, in one directory tree, read as one batch. */
    @Test
    void hostileBatchLosesNoGoodDocumentAndNamesEveryBadOne() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Path nested = Files.createDirectories(corpus.resolve("nested/deeper"));
        Files.writeString(corpus.resolve("a-good.txt"), GOOD_TEXT);
        Files.write(corpus.resolve("b-empty.txt"), new byte[0]);
        Files.write(corpus.resolve("c-binary.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        writeHugeSingleLine(corpus.resolve("d-huge.txt"), 100L * 1024 * 1024);
        Files.write(corpus.resolve("e-invalid-utf8.txt"), bytes("Shelling near Idlib caf", new byte[] {(byte) 0xE9, ' ', (byte) 0xFF, (byte) 0xFE, 'x'}));
        Files.write(corpus.resolve("f-utf16.txt"), utf16WithBom("Strike on depot\n\nAn airstrike destroyed a depot near Hama.\n"));
        Files.write(corpus.resolve("g-arabic-1256.txt"), "\u0642\u0635\u0641 \u0639\u0644\u0649 \u062D\u0645\u0627\u0629\n\n\u0642\u0635\u0641 \u0645\u062F\u0641\u0639\u064A \u0639\u0644\u0649 \u0631\u064A\u0641 \u062D\u0645\u0627\u0629.\n"
                .getBytes(Charset.forName("windows-1256")));
        Files.writeString(corpus.resolve("h-deep.html"), "<html><body>" + "<div>".repeat(100_000)
                + "<p>Clashes were reported at the edge of the old city on Thursday evening.</p>");
        Files.writeString(corpus.resolve("i-corpus.jsonl"),
                "{\"id\":\"j1\",\"text\":\"Rockets hit the airport.\",\"published\":\"2999-01-01\"}\n"
                        + "42\n"
                        + "{\"id\":\"j3\",\"text\":\"Artillery duels continued along the river.\"}\n"
                        + "{\"id\":\"j4\",\"text\":\"The last line is cut");
        Files.writeString(corpus.resolve("notes.pdf"), "%PDF-1.4 not an article");
        Files.writeString(corpus.resolve(".hidden.txt"), "editor swap file");
        Files.writeString(nested.resolve("k-nested.htm"), "<html><head><title>Ambush on patrol</title></head><body><article>"
                + "<p>An army patrol was ambushed on the road to the border crossing.</p></article></body></html>");
        WarcArchiveReaderTest.writeCrawl(nested.resolve("l-crawl.warc.gz"), WarcCompression.GZIP);

        CorpusReader reader = new CorpusReader(ReadOptions.defaults().withDefaultPublished(LocalDate.of(2020, 2, 2)));
        assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> reader.read(List.of(corpus.toString(), dir.resolve("missing.txt").toString()), documents::add, errors::add));

        Map<String, Document> byId = documents.stream().collect(Collectors.toMap(Document::id, Function.identity()));
        // good documents, in directory order: files sorted by name, sub-directories walked in place
        assertEquals(List.of("a-good", "f-utf16", "g-arabic-1256", "h-deep", "j1", "j3", "k-nested"),
                documents.stream().map(Document::id).filter(id -> !id.startsWith("urn:")).toList());
        assertEquals(2, documents.stream().filter(d -> d.id().startsWith("urn:uuid:")).count());
        assertEquals("Army retakes hill", byId.get("a-good").title());
        assertEquals(LocalDate.of(2020, 2, 2), byId.get("a-good").published());
        assertTrue(byId.get("a-good").publishedInferred());
        assertEquals("Strike on depot", byId.get("f-utf16").title());
        assertTrue(byId.get("g-arabic-1256").text().contains("\u0631\u064A\u0641 \u062D\u0645\u0627\u0629"));
        assertTrue(byId.get("h-deep").text().contains("Clashes were reported"));
        assertEquals(LocalDate.of(2020, 2, 2), byId.get("j1").published());
        assertEquals("Ambush on patrol", byId.get("k-nested").title());

        Map<String, String> reasons = new java.util.LinkedHashMap<>();
        for (ReadError e : errors) reasons.merge(e.origin().replace(dir.toString(), "").replace('\\', '/'), e.reason(), (a, b) -> a + " | " + b);
        String all = reasons.toString();
        assertEquals("empty file", reasons.get("/corpus/b-empty.txt"), all);
        assertTrue(reasons.get("/corpus/c-binary.txt").startsWith("binary data"), all);
        assertTrue(reasons.get("/corpus/d-huge.txt").contains("over the limit"), all);
        assertTrue(reasons.get("/corpus/e-invalid-utf8.txt").startsWith("invalid UTF-8"), all);
        assertTrue(reasons.get("/corpus/i-corpus.jsonl:1").startsWith("absurd published date 2999-01-01"), all);
        assertTrue(reasons.get("/corpus/i-corpus.jsonl:2").startsWith("JSON line is not an object"), all);
        assertTrue(reasons.get("/corpus/i-corpus.jsonl:4").startsWith("truncated last line"), all);
        assertTrue(reasons.get("/corpus/notes.pdf").startsWith("skipped: unknown extension"), all);
        assertEquals("no such file or directory", reasons.get("/missing.txt"), all);
        assertEquals(1, errors.stream().filter(e -> e.origin().contains("l-crawl")).count(), all);
        assertEquals(10, errors.size(), all);
        assertFalse(all.contains(".hidden"), all);
        for (ReadError e : errors) assertFalse(e.toString().contains("\n"), e.toString());
        assertEquals(8, errors.stream().filter(ReadError::rejectsDocument).count(), all); // not the date note, not the .pdf
    }

    @Test
    void stdinIsSniffedAsJsonLinesHtmlOrText() {
        read("-", "{\"id\":\"s1\",\"text\":\"Convoy attacked.\"}\n{\"id\":\"s2\",\"text\":\"Bridge destroyed.\"}\n");
        assertEquals(List.of("s1", "s2"), ids());

        documents.clear();
        read("-", "<!DOCTYPE html><html><head><meta property='og:title' content='Siege lifted'></head>"
                + "<body><article><p>The siege of the town was lifted after four months.</p></article></body></html>");
        assertEquals("Siege lifted", documents.get(0).title());
        assertEquals("stdin", documents.get(0).id());

        documents.clear();
        read("-", "\n\nTruce holds\nThe truce held for a second day in the south.\n");
        assertEquals("Truce holds", documents.get(0).title());
        assertEquals("Truce holds\nThe truce held for a second day in the south.", documents.get(0).text());
        assertTrue(errors.isEmpty(), errors.toString());

        read("-", "");
        assertEquals("<stdin>: empty file", errors.get(0).toString());
    }

    @Test
    void gzippedWarcOnStdinIsRecognised() throws IOException {
        Path crawl = WarcArchiveReaderTest.writeCrawl(dir.resolve("stdin.warc.gz"), WarcCompression.GZIP);
        new CorpusReader(ReadOptions.defaults()).withStdin(Files.newInputStream(crawl))
                .read(List.of("-"), documents::add, errors::add);
        assertEquals(2, documents.size(), errors.toString());
        assertTrue(documents.get(0).origin().startsWith("<stdin> urn:uuid:"), documents.get(0).origin());
    }

    @Test
    void seedsAndRe3dReadThroughTheCorpusReader() {
        new CorpusReader(ReadOptions.defaults()).read(List.of(SharedCorpus.corpus("seeds.jsonl").toString(),
                SharedCorpus.corpus("re3d-conflict.jsonl").toString()), documents::add, errors::add);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(45, documents.size());
        assertTrue(documents.stream().allMatch(d -> d.published() != null));
    }

    @Test
    void fiftyThousandSentencesReadInBoundedTime() throws IOException {
        StringBuilder text = new StringBuilder("Long report\n\n");
        for (int i = 0; i < 50_000; i++) {
            text.append("Sentence ").append(i).append(" says the front line moved again near the river.");
            text.append(i % 10 == 9 ? "\n\n" : " ");
        }
        Path file = dir.resolve("long.txt");
        Files.writeString(file, text);
        Path oneParagraph = dir.resolve("one-paragraph.html");
        Files.writeString(oneParagraph, "<html><body><p>" + text.toString().replace("\n", " ") + "</p></body></html>");
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> new CorpusReader(ReadOptions.defaults())
                .read(List.of(file.toString(), oneParagraph.toString()), documents::add, errors::add));
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(2, documents.size());
        assertEquals(text.toString().strip(), documents.get(0).text());
        assertTrue(documents.get(1).text().endsWith("Sentence 49999 says the front line moved again near the river."));
    }

    /** Seeded random junk in every format: each file gives documents or errors, never an internal error. */
    @Test
    void randomInputNeverCrashesTheReader() throws IOException {
        java.util.Random random = new java.util.Random(20261125L);
        String[] pieces = {"<div>", "</div>", "<p>", "</p>", "<article>", "<script>", "<!--", "-->", "<meta property='og:title' content='",
                "'>", "<time datetime='", "2999-99-99", "0000-01-01", "{\"text\":", "\"id\":", "[", "]", "}", "{", ",", "\"",
                "\\u0000", "\n", "\n\n", "Disclaimer:", "[email\u00A0protected]", "\u200F", "\u0645\u062F\u064A\u0646\u0629", "PayPal",
                "Articles by:", "skip to main content", "|", "©", "*", "&amp;", "&#0;", "<br>", "<![CDATA[", "<svg>", "<math>", "<table><tr><td>",
                "Shelling hit the town.", "WARC/1.0\r\n", "Content-Length: 99999999\r\n"};
        String[] extensions = {".txt", ".html", ".jsonl", ".warc", ".warc.gz", ".dat"};
        Path corpus = Files.createDirectories(dir.resolve("random"));
        int files = 300;
        for (int i = 0; i < files; i++) {
            Path file = corpus.resolve(String.format("r%03d%s", i, extensions[i % extensions.length]));
            if (random.nextInt(4) == 0) {
                byte[] bytes = new byte[random.nextInt(3000)];
                random.nextBytes(bytes);
                Files.write(file, bytes);
            } else {
                StringBuilder text = new StringBuilder();
                for (int n = random.nextInt(200); n > 0; n--) text.append(pieces[random.nextInt(pieces.length)]);
                Files.writeString(file, text);
            }
        }
        java.util.Set<String> answered = new java.util.HashSet<>();
        new CorpusReader(ReadOptions.defaults()).read(List.of(corpus.toString()), d -> answered.add(fileOf(d.origin())),
                e -> {
                    assertFalse(e.reason().startsWith(ReadError.INTERNAL), e.toString());
                    answered.add(fileOf(e.origin()));
                });
        // every file is accounted for by a document or an error line: nothing vanishes silently
        long silent = 0;
        for (int i = 0; i < files; i++) {
            String name = String.format("r%03d", i);
            if (answered.stream().noneMatch(a -> a.contains(name))) silent++;
        }
        assertEquals(0, silent, silent + " files gave neither a document nor an error");
    }

    private static String fileOf(String origin) {
        return origin.replaceAll("[:@ ].*$", "");
    }

    /** The real seeds, put at test time into a text file, a web page and a WARC crawl: the same text comes out of each. */
    @Test
    void everyFormatOfTheSameSeedGivesTheSameText() throws IOException {
        Path formats = Files.createDirectories(dir.resolve("formats"));
        List<com.fasterxml.jackson.databind.JsonNode> seeds = SharedCorpus.documents("seeds.jsonl");
        List<org.netpreserve.jwarc.WarcResponse> records = new ArrayList<>();
        for (com.fasterxml.jackson.databind.JsonNode seed : seeds) {
            String id = seed.get("id").asText();
            String text = seed.get("text").asText();
            Files.writeString(formats.resolve("seed-" + id + ".txt"), text);
            StringBuilder page = new StringBuilder("<!DOCTYPE html><html><head><meta charset='utf-8'><title>")
                    .append(org.jsoup.nodes.Entities.escape(seed.get("title").asText()))
                    .append("</title></head><body><header><nav><a href='/'>Home</a> <a href='/world'>World</a></nav></header>")
                    .append("<div class='share-buttons'>Share Tweet Email</div><article>");
            for (String block : text.split("\n\\s*\n")) {
                page.append("<p>").append(org.jsoup.nodes.Entities.escape(block).replace("\n", "<br>")).append("</p>\n");
            }
            page.append("</article><aside><h3>Most read</h3><p>Unrelated headline about markets.</p></aside>")
                    .append("<footer><p>Contact</p></footer></body></html>");
            Files.writeString(formats.resolve("seed-" + id + ".html"), page);
            records.add(new org.netpreserve.jwarc.WarcResponse.Builder(java.net.URI.create("https://example.org/" + id))
                    .date(java.time.Instant.parse("2021-01-01T00:00:00Z"))
                    .body(new org.netpreserve.jwarc.HttpResponse.Builder(200, "OK").body(
                            org.netpreserve.jwarc.MediaType.parse("text/html; charset=utf-8"),
                            page.toString().getBytes(StandardCharsets.UTF_8)).build()).build());
        }
        try (org.netpreserve.jwarc.WarcWriter writer = new org.netpreserve.jwarc.WarcWriter(
                java.nio.channels.FileChannel.open(formats.resolve("seeds.warc.gz"), java.nio.file.StandardOpenOption.CREATE,
                        java.nio.file.StandardOpenOption.WRITE), WarcCompression.GZIP)) {
            for (org.netpreserve.jwarc.WarcResponse r : records) writer.write(r);
        }
        new CorpusReader(ReadOptions.defaults()).read(List.of(SharedCorpus.corpus("seeds.jsonl").toString(), formats.toString()),
                documents::add, errors::add);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals(20, documents.size());
        for (int i = 0; i < seeds.size(); i++) {
            Document jsonl = documents.get(i);
            Document html = documents.get(5 + 2 * i);
            Document txt = documents.get(6 + 2 * i);
            Document warc = documents.get(15 + i);
            assertEquals("seed-" + jsonl.id(), html.id());
            assertEquals("seed-" + jsonl.id(), txt.id());
            assertEquals(jsonl.text(), txt.text(), jsonl.id() + " as text");
            assertEquals(jsonl.text(), html.text(), jsonl.id() + " as HTML");
            assertEquals(jsonl.text(), warc.text(), jsonl.id() + " in a WARC");
            assertEquals(jsonl.title(), html.title(), jsonl.id());
            assertEquals(jsonl.title(), txt.title(), jsonl.id()); // the headline is the first paragraph left
        }
    }

    @Test
    void endlessInputIsCutAtTheLimit() {
        new CorpusReader(ReadOptions.defaults().withMaxDocumentBytes(1 << 20))
                .withStdin(BoundedLinesTest.lazyLine(Long.MAX_VALUE))
                .read(List.of("-"), documents::add, errors::add);
        assertTrue(documents.isEmpty());
        assertEquals("<stdin>: input is over the limit of 1048576 bytes (rest not read)", errors.get(0).toString());
    }

    @Test
    void unknownExtensionGivenByNameIsSniffed() throws IOException {
        Path file = dir.resolve("report.dat");
        Files.writeString(file, "{\"id\":\"x1\",\"text\":\"Checkpoint shelled.\"}\n");
        new CorpusReader(ReadOptions.defaults()).read(List.of(file.toString()), documents::add, errors::add);
        assertEquals(List.of("x1"), ids());
    }

    private void read(String input, String stdin) {
        new CorpusReader(ReadOptions.defaults())
                .withStdin(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)))
                .read(List.of(input), documents::add, errors::add);
    }

    private List<String> ids() {
        return documents.stream().map(Document::id).toList();
    }

    /** Written in chunks: the test itself never holds 100 MB. */
    static void writeHugeSingleLine(Path file, long size) throws IOException {
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream out = Files.newOutputStream(file)) {
            for (long written = 0; written < size; written += chunk.length) out.write(chunk);
        }
    }

    private static byte[] bytes(String prefix, byte[] suffix) {
        byte[] p = prefix.getBytes(StandardCharsets.UTF_8);
        byte[] out = Arrays.copyOf(p, p.length + suffix.length);
        System.arraycopy(suffix, 0, out, p.length, suffix.length);
        return out;
    }

    private static byte[] utf16WithBom(String text) {
        return bytes("", concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
