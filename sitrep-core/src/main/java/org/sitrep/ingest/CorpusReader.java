package org.sitrep.ingest;

import org.sitrep.model.Document;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Reads a corpus, given as files, directories (recursive, in name order) and "-" for standard input,
 * into {@link Document}s: plain text, HTML, JSON Lines and WARC (plain or gzipped), chosen by extension
 * (by content for stdin and unknown extensions). Streams one document at a time; every bad document
 * becomes one {@link ReadError} and the batch goes on. Holds no state between calls (only the stream read
 * for "-"), so one instance may serve several threads, each reading its own inputs.
 *
 * <pre>{@code
 * new CorpusReader(ReadOptions.defaults()).read(List.of("corpus/"), pipeline::add, e -> System.err.println(e));
 * }</pre>
 */
public final class CorpusReader {
    enum Format { TEXT, HTML, JSONL, WARC }

    private static final Pattern HTML_START = Pattern.compile(
            "^\\s*<(!doctype\\s+html|html|head|body|meta|title|article|div|p|!--)[\\s>]", Pattern.CASE_INSENSITIVE);
    private static final int SNIFF_BYTES = 4096;

    private final ReadOptions options;
    private final BoilerplateRemover remover;
    private final PlainTextReader text;
    private final HtmlArticleReader html;
    private final JsonLinesReader jsonl;
    private final WarcArchiveReader warc;
    private InputStream stdin = System.in;

    public CorpusReader(ReadOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.remover = new BoilerplateRemover();
        this.text = new PlainTextReader(remover);
        this.html = new HtmlArticleReader(remover);
        this.jsonl = new JsonLinesReader(options, remover);
        this.warc = new WarcArchiveReader(options, html);
    }

    /** Reads "-" from this stream instead of {@link System#in}. */
    public CorpusReader withStdin(InputStream in) {
        this.stdin = Objects.requireNonNull(in);
        return this;
    }

    /**
     * @param inputs    files, directories, or "-" for standard input
     * @param documents receives each document as soon as it is read
     * @param errors    receives one line per rejected document, skipped file or dropped field
     */
    public void read(List<String> inputs, Consumer<Document> documents, Consumer<ReadError> errors) {
        for (String input : inputs) {
            if (input.equals("-")) {
                readStream(new BufferedInputStream(stdin), "<stdin>", "stdin", documents, errors);
            } else {
                Path path = Path.of(input);
                if (Files.isDirectory(path)) readDirectory(path, documents, errors);
                else readFile(path, input, formatOf(path), documents, errors);
            }
        }
    }

    private void readDirectory(Path dir, Consumer<Document> documents, Consumer<ReadError> errors) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) entries.add(p);
        } catch (IOException e) {
            errors.accept(new ReadError(dir.toString(), "cannot list directory (" + e.getMessage() + ")"));
            return;
        }
        entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
        for (Path p : entries) {
            String name = p.getFileName().toString();
            if (name.startsWith(".")) continue; // editor swap files, .DS_Store, VCS folders
            if (Files.isDirectory(p)) {
                if (!Files.isSymbolicLink(p)) readDirectory(p, documents, errors); // no cycles through links
                continue;
            }
            Format format = formatOf(p);
            if (format == null) {
                errors.accept(new ReadError(p.toString(), ReadError.SKIPPED + "unknown extension (expected .txt, .html, .htm, .jsonl, .warc, .warc.gz)"));
                continue;
            }
            readFile(p, p.toString(), format, documents, errors);
        }
    }

    private void readFile(Path path, String origin, Format format, Consumer<Document> documents, Consumer<ReadError> errors) {
        String id = idOf(path);
        try {
            if (!Files.exists(path)) throw new NoSuchFileException(origin);
            if (format == Format.JSONL || format == Format.WARC || format == null) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(path), 64 * 1024)) {
                    if (format == Format.JSONL) jsonl.read(in, origin, documents, errors);
                    else if (format == Format.WARC) warc.read(in, origin, documents, errors);
                    else readStream(in, origin, id, documents, errors);
                }
                return;
            }
            long size = Files.size(path);
            if (size > options.maxDocumentBytes()) {
                throw new RejectedInput("file is " + size + " bytes, over the limit of " + options.maxDocumentBytes()
                        + " bytes (not read)");
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(path)) {
                bytes = readBounded(in); // the size said may lie (a FIFO, a growing file)
            }
            documents.accept(single(bytes, format, id, origin, errors));
        } catch (RejectedInput e) {
            errors.accept(new ReadError(origin, e.reason()));
        } catch (NoSuchFileException e) {
            errors.accept(new ReadError(origin, "no such file or directory"));
        } catch (IOException e) {
            errors.accept(new ReadError(origin, "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        } catch (RuntimeException | StackOverflowError e) {
            errors.accept(ReadError.internal(origin, e));
        }
    }

    /** Standard input or a file of unknown kind: the first bytes say which reader fits. */
    private void readStream(InputStream in, String origin, String id, Consumer<Document> documents, Consumer<ReadError> errors) {
        try {
            in.mark(SNIFF_BYTES);
            byte[] head = in.readNBytes(SNIFF_BYTES);
            in.reset();
            Format format = sniff(head);
            if (format == Format.JSONL) {
                jsonl.read(in, origin, documents, errors);
            } else if (format == Format.WARC) {
                warc.read(in, origin, documents, errors);
            } else {
                documents.accept(single(readBounded(in), format, id, origin, errors));
            }
        } catch (RejectedInput e) {
            errors.accept(new ReadError(origin, e.reason()));
        } catch (IOException e) {
            errors.accept(new ReadError(origin, "cannot read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")"));
        } catch (RuntimeException | StackOverflowError e) {
            errors.accept(ReadError.internal(origin, e));
        }
    }

    private byte[] readBounded(InputStream in) throws IOException, RejectedInput {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxDocumentBytes() + 1));
        if (bytes.length > options.maxDocumentBytes()) {
            throw new RejectedInput("input is over the limit of " + options.maxDocumentBytes() + " bytes (rest not read)");
        }
        return bytes;
    }

    private Document single(byte[] bytes, Format format, String id, String origin, Consumer<ReadError> notes) throws RejectedInput {
        Document doc;
        if (format == Format.HTML) {
            String page = TextDecoder.decode(bytes, HtmlArticleReader.declaredCharset(bytes));
            doc = html.read(page, id, null, origin, notes);
        } else {
            doc = text.read(TextDecoder.decode(bytes, null), id, origin);
        }
        if (doc.published() == null && options.defaultPublished() != null) {
            doc = new Document(doc.id(), doc.url(), doc.source(), options.defaultPublished(), true, doc.title(), doc.text(), doc.origin());
        }
        return doc;
    }

    static Format sniff(byte[] head) {
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) return Format.WARC;
        String start = new String(head, StandardCharsets.ISO_8859_1);
        if (start.startsWith("\u00EF\u00BB\u00BF")) start = start.substring(3);
        if (start.startsWith("WARC/")) return Format.WARC;
        String trimmed = start.stripLeading();
        if (trimmed.startsWith("{")) return Format.JSONL;
        if (HTML_START.matcher(start).find()) return Format.HTML;
        return Format.TEXT;
    }

    static Format formatOf(Path path) {
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".warc") || name.endsWith(".warc.gz")) return Format.WARC;
        if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".jsonl.txt")) return Format.JSONL;
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return Format.HTML;
        if (name.endsWith(".txt") || name.endsWith(".text")) return Format.TEXT;
        return null;
    }

    /** The file name without its extension: "reports/2017-01-31.html" has id "2017-01-31". */
    static String idOf(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
