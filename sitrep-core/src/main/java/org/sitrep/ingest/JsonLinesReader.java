package org.sitrep.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.sitrep.model.Document;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * A JSON Lines corpus, one document per line: {@code {"id","url","source","published","title","text"}}
 * plus an optional {@code published_inferred} flag; other fields are ignored. Streams line by line;
 * each bad line is one {@link ReadError} at {@code file:line} and the next line is read.
 */
final class JsonLinesReader {
    private final ReadOptions options;
    private final BoilerplateRemover remover;
    private final JsonMapper json;

    JsonLinesReader(ReadOptions options, BoilerplateRemover remover) {
        this.options = options;
        this.remover = remover;
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
                .build();
        // the line limit is ours; Jackson's own default string limit (20 MB) must not be lower
        mapper.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(Math.max(options.maxLineBytes(), StreamReadConstraints.DEFAULT_MAX_STRING_LEN))
                .maxNestingDepth(200)
                .build());
        this.json = mapper;
    }

    /** @param name the file name as given, used in ids and origins */
    void read(InputStream in, String name, Consumer<Document> documents, Consumer<ReadError> errors) throws IOException {
        BoundedLines lines = new BoundedLines(in, options.maxLineBytes());
        BoundedLines.Line line;
        boolean any = false;
        while ((line = lines.next()) != null) {
            any |= line.tooLong() || !isBlank(line.bytes(), 0);
            String origin = name + ":" + line.number();
            try {
                Document doc = document(line, name, origin, errors);
                if (doc != null) documents.accept(doc);
            } catch (RejectedInput e) {
                errors.accept(new ReadError(origin, e.reason()));
            } catch (RuntimeException | StackOverflowError e) {
                errors.accept(ReadError.internal(origin, e)); // a bug costs this line, not the rest of the file
            }
        }
        if (!any) errors.accept(new ReadError(name, "empty file (no JSON lines)"));
    }

    private Document document(BoundedLines.Line line, String name, String origin, Consumer<ReadError> notes) throws RejectedInput {
        if (line.tooLong()) {
            throw new RejectedInput("line is " + line.length() + " bytes, over the limit of " + options.maxLineBytes() + " (skipped)");
        }
        byte[] bytes = line.bytes();
        int start = line.number() == 1 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF
                && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        if (isBlank(bytes, start)) return null; // blank lines separate nothing in JSONL: ignore them
        JsonNode node;
        try {
            node = json.readTree(bytes, start, bytes.length - start);
        } catch (JsonProcessingException e) {
            if (!line.terminated()) throw new RejectedInput("truncated last line (not complete JSON; the file was cut off?)");
            throw new RejectedInput("not JSON (" + firstLine(e.getOriginalMessage()) + ")");
        } catch (IOException e) {
            throw new RejectedInput("not JSON (" + firstLine(e.getMessage()) + ")");
        }
        if (node == null || !node.isObject()) {
            throw new RejectedInput("JSON line is not an object but " + (node == null ? "nothing" : node.getNodeType().name().toLowerCase()));
        }
        JsonNode textNode = node.get("text");
        String id = scalar(node.get("id"));
        if (textNode == null || textNode.isNull()) {
            throw new RejectedInput(id == null ? "no id and no text field" : "document " + id + " has no text field");
        }
        if (!textNode.isTextual()) throw new RejectedInput("text field is not a string");
        String raw = textNode.asText();
        if (raw.length() > options.maxDocumentBytes()) {
            throw new RejectedInput("text is " + raw.length() + " characters, over the limit of " + options.maxDocumentBytes());
        }
        String text = remover.clean(raw);
        if (text.isBlank()) throw new RejectedInput("text is empty" + (raw.isBlank() ? "" : " once boilerplate is removed"));
        if (id == null || id.isBlank()) id = origin;
        LocalDate published = null;
        boolean inferred = node.path("published_inferred").asBoolean(false);
        String publishedRaw = scalar(node.get("published"));
        if (publishedRaw != null && !publishedRaw.isBlank()) {
            try {
                published = PublishedDate.parse(publishedRaw);
            } catch (IllegalArgumentException e) {
                notes.accept(new ReadError(origin, e.getMessage() + "; date ignored, " + ReadError.KEPT));
            }
        }
        if (published == null && options.defaultPublished() != null) {
            published = options.defaultPublished();
            inferred = true;
        }
        return new Document(InvisibleCharacters.strip(id), text(node, "url"), text(node, "source"), published, inferred,
                text(node, "title"), text, origin);
    }

    private static String text(JsonNode node, String field) {
        String v = scalar(node.get(field));
        return v == null ? null : InvisibleCharacters.strip(v).strip();
    }

    private static String scalar(JsonNode v) {
        if (v == null || v.isNull() || v.isContainerNode()) return null;
        return v.asText();
    }

    private static boolean isBlank(byte[] bytes, int start) {
        for (int i = start; i < bytes.length; i++) {
            byte b = bytes[i];
            if (b != ' ' && b != '\t' && b != '\r') return false;
        }
        return true;
    }

    private static String firstLine(String message) {
        if (message == null) return "unreadable";
        String s = message.lines().findFirst().orElse("unreadable");
        return s.length() > 120 ? s.substring(0, 120) + "..." : s;
    }
}
