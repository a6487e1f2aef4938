package org.sitrep.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One timed run: how many articles and words went through in how long, with the process's peak RSS. Travels from
 * the child JVM that measured it to the parent as one small JSON file.
 *
 * @param path       "fast", "thorough" or "baseline"
 * @param loadSeconds model loading, before the clock for {@code seconds} starts
 */
public record Throughput(String path, int threads, int articles, long words, int events, double loadSeconds, double seconds,
                         long peakRssMb) {
    private static final ObjectMapper JSON = new ObjectMapper();

    public double articlesPerSecond() { return seconds <= 0 ? 0 : articles / seconds; }

    public double wordsPerSecond() { return seconds <= 0 ? 0 : words / seconds; }

    public void write(Path file) throws IOException {
        ObjectNode o = JSON.createObjectNode();
        o.put("path", path).put("threads", threads).put("articles", articles).put("words", words).put("events", events)
                .put("load_seconds", loadSeconds).put("seconds", seconds).put("peak_rss_mb", peakRssMb);
        Files.writeString(file, JSON.writeValueAsString(o));
    }

    public static Throughput read(Path file) throws IOException {
        JsonNode o = JSON.readTree(Files.readString(file));
        return new Throughput(o.path("path").asText(), o.path("threads").asInt(), o.path("articles").asInt(), o.path("words").asLong(),
                o.path("events").asInt(), o.path("load_seconds").asDouble(), o.path("seconds").asDouble(), o.path("peak_rss_mb").asLong());
    }

    /** Words as whitespace-separated runs: the same yardstick for every path, whatever tokenizer it uses. */
    public static long words(String text) {
        long n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) n++;
            inWord = !space;
        }
        return n;
    }
}
