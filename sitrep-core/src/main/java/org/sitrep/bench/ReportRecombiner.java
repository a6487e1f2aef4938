package org.sitrep.bench;

import org.sitrep.model.Document;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a large benchmark corpus out of a few real war reports: every new document is a random run of paragraphs
 * drawn from all of them, so the text is real reporting (the same mix of event and background sentences) while no
 * two documents are alike and no cache or memo can help. Deterministic for a given seed and source list.
 */
public final class ReportRecombiner {
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\n\\s*\\n");
    /** Sentence ends, to cut the one-paragraph articles (wire copy with no blank lines) into paragraph-sized pieces. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"”’']?)\\s+(?=[\"“‘A-Z])");
    private static final int LONG_PARAGRAPH_WORDS = 120;
    private static final int SENTENCES_PER_PIECE = 3;
    private static final int MIN_PARAGRAPHS = 3, MAX_PARAGRAPHS = 12;

    /** A paragraph and the document it came from (its outlet and date go with it). */
    record Paragraph(String text, Document from) {}

    private final List<Paragraph> pool;

    public ReportRecombiner(List<Document> sources) {
        Map<String, Paragraph> distinct = new LinkedHashMap<>();
        for (Document d : sources) for (String p : paragraphs(d.text())) distinct.putIfAbsent(p, new Paragraph(p, d));
        this.pool = List.copyOf(distinct.values());
        if (pool.size() < MAX_PARAGRAPHS) throw new IllegalArgumentException("too few paragraphs to recombine: " + pool.size());
    }

    /** How many distinct paragraphs the documents are drawn from. */
    public int paragraphs() { return pool.size(); }

    /** {@code count} distinct documents; the same seed gives the same documents in the same order. */
    public List<Document> recombine(int count, long seed) {
        Random random = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<Document> out = new ArrayList<>(count);
        int attempts = 0;
        while (out.size() < count) {
            if (++attempts > count * 20) throw new IllegalStateException("cannot make " + count + " distinct documents from " + pool.size() + " paragraphs");
            int n = MIN_PARAGRAPHS + random.nextInt(MAX_PARAGRAPHS - MIN_PARAGRAPHS + 1);
            List<Paragraph> chosen = new ArrayList<>(n);
            Set<Integer> used = new HashSet<>();
            while (chosen.size() < n) {
                int i = random.nextInt(pool.size());
                if (used.add(i)) chosen.add(pool.get(i));
            }
            StringBuilder text = new StringBuilder();
            for (Paragraph p : chosen) {
                if (text.length() > 0) text.append("\n\n");
                text.append(p.text());
            }
            String body = text.toString();
            if (!seen.add(body)) continue;
            Document first = chosen.get(0).from();
            String id = String.format("mix-%05d", out.size());
            out.add(new Document(id, null, first.source(), first.published(), first.publishedInferred(), "", body, "recombined:" + id));
        }
        return out;
    }

    /** Blank-line paragraphs; a long one is cut at sentence ends into pieces of a few sentences. */
    static List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        for (String p : PARAGRAPH_BREAK.split(text)) {
            String t = p.strip();
            if (t.isEmpty()) continue;
            if (Throughput.words(t) <= LONG_PARAGRAPH_WORDS) {
                out.add(t);
                continue;
            }
            String[] sentences = SENTENCE_END.split(t);
            for (int i = 0; i < sentences.length; i += SENTENCES_PER_PIECE) {
                out.add(String.join(" ", List.of(sentences).subList(i, Math.min(sentences.length, i + SENTENCES_PER_PIECE))).strip());
            }
        }
        return out;
    }
}
