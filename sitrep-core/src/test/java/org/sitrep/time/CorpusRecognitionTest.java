package org.sitrep.time;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.sitrep.model.DateMention;
import org.sitrep.quantity.Casualty;
import org.sitrep.quantity.CasualtyFinder;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the date and casualty recognisers over every real article of ../shared/corpus/*.jsonl: nothing throws,
 * every span lies inside the text and says what the mention says, no date lies after published + 1 day.
 * Prints what it found per document, to be read beside the articles.
 */
class CorpusRecognitionTest {
    private static final Pattern SENTENCE = Pattern.compile("[^\\n.!?]+(?:[.!?](?![\\d])|$)+", Pattern.MULTILINE);

    static Path shared() {
        String p = System.getProperty("sitrep.shared");
        if (p != null && !p.isBlank()) return Paths.get(p);
        // the module dir's parent is the worktree; ../shared is beside it
        Path here = Paths.get("").toAbsolutePath();
        Path candidate = here.getParent() == null ? here.resolve("../shared") : here.getParent().resolve("../shared");
        return Files.isDirectory(candidate) ? candidate.normalize() : here.resolve("../shared").normalize();
    }

    static List<JsonNode> documents() throws IOException {
        Path dir = shared().resolve("corpus");
        assertTrue(Files.isDirectory(dir), "no corpus at " + dir);
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(x -> x.toString().endsWith(".jsonl")).sorted().toList())
                for (String line : Files.readAllLines(f)) if (!line.isBlank()) docs.add(json.readTree(line));
        }
        return docs;
    }

    @Test
    void everyArticleReadsCleanly() throws IOException {
        DateExpressionFinder dates = new DateExpressionFinder();
        CasualtyFinder casualties = new CasualtyFinder();
        List<JsonNode> docs = documents();
        assertFalse(docs.isEmpty());
        int mentions = 0, tolls = 0;
        long t0 = System.nanoTime();
        long chars = 0;
        for (JsonNode d : docs) {
            String text = d.path("text").asText("");
            chars += text.length();
            String pub = d.path("published").asText("");
            LocalDate published = pub.length() >= 10 ? LocalDate.parse(pub.substring(0, 10)) : null;
            List<DateMention> found = dates.find(text, published);
            System.out.println("== " + d.path("id").asText() + " published " + published + " : " + d.path("title").asText());
            for (DateMention m : found) {
                assertTrue(m.span().end() <= text.length(), m.toString());
                assertEquals(m.text(), m.span().of(text));
                if (published != null) assertFalse(m.range().to().isAfter(published.plusDays(1)), m + " after " + published);
                System.out.printf("  date  %-32s %s..%s p%d%n", '"' + m.text() + '"', m.range().from(), m.range().to(), m.range().precision());
                mentions++;
            }
            NarrativeDates narrative = new NarrativeDates(text, published, found);
            Matcher s = SENTENCE.matcher(text);
            while (s.find()) {
                String sentence = s.group();
                NarrativeDates.DateInForce inForce = narrative.dateFor(new org.sitrep.model.Span(s.start(), s.end()));
                if (published != null) assertTrue(inForce != null && !inForce.range().to().isAfter(published.plusDays(1)), sentence);
                List<org.sitrep.model.Span> dateSpans = dates.find(sentence, published).stream().map(DateMention::span).toList();
                for (Casualty c : casualties.find(sentence, dateSpans)) {
                    assertTrue(c.span().end() <= sentence.length(), c.toString());
                    if (c.victimsSpan() != null) assertEquals(c.victims(), c.victimsSpan().of(sentence));
                    System.out.printf("  toll  %-10s %-5s %-45s | %s%n", c.kind(), c.count(), '"' + c.span().of(sentence) + '"', c.victims());
                    tolls++;
                }
            }
        }
        double ms = (System.nanoTime() - t0) / 1e6;
        System.out.printf("%d documents, %d chars: %d date mentions, %d casualty reports in %.0f ms%n", docs.size(), chars, mentions, tolls, ms);
        assertTrue(mentions > docs.size(), "the corpus is full of dates; found only " + mentions);
        assertTrue(tolls > 5, "the corpus reports casualties; found only " + tolls);
    }

    @Test
    void fastEnoughToRunOnEverySentence() throws IOException {
        DateExpressionFinder dates = new DateExpressionFinder();
        CasualtyFinder casualties = new CasualtyFinder();
        List<JsonNode> docs = documents();
        long chars = 0, t0 = 0;
        for (int pass = 0; pass < 6; pass++) {
            if (pass == 1) { t0 = System.nanoTime(); chars = 0; } // the first pass warms the JIT
            for (JsonNode d : docs) {
                String text = d.path("text").asText("");
                chars += text.length();
                dates.find(text, LocalDate.of(2017, 1, 31));
                Matcher s = SENTENCE.matcher(text);
                while (s.find()) casualties.find(s.group());
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double rate = chars / seconds;
        System.out.printf("dates + casualties: %.0f chars/s (%.1f MB/min)%n", rate, rate * 60 / 1e6);
        // a catastrophic regex would fall far below this; the measured figure is printed above
        assertTrue(rate > 20_000, "only " + rate + " chars/s");
    }
}
