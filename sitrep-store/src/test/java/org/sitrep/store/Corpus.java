package org.sitrep.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sitrep.model.Document;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The real articles of ../shared/corpus, read at test time (never copied into the repository). */
public final class Corpus {
    private Corpus() {}

    public static Path shared() {
        String p = System.getProperty("sitrep.shared");
        Path dir = p != null ? Path.of(p) : Path.of("..", "..", "shared");
        if (!Files.isDirectory(dir)) dir = Path.of("..", "shared");
        if (!Files.isDirectory(dir)) throw new IllegalStateException("shared data folder not found (set -Dsitrep.shared): " + dir.toAbsolutePath());
        return dir;
    }

    /** Every document of the corpus JSONL files, in file order. */
    public static List<Document> documents() {
        List<Document> out = new ArrayList<>();
        ObjectMapper m = new ObjectMapper();
        for (String f : List.of("seeds.jsonl", "re3d-conflict.jsonl")) {
            Path file = shared().resolve("corpus").resolve(f);
            try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                String line;
                int n = 0;
                while ((line = r.readLine()) != null) {
                    n++;
                    if (line.isBlank()) continue;
                    JsonNode o = m.readTree(line);
                    String pub = o.path("published").asText("");
                    out.add(new Document(o.get("id").asText(), o.path("url").asText(null), o.path("source").asText(null),
                            pub.length() >= 10 ? LocalDate.parse(pub.substring(0, 10)) : null, o.has("published_inferred"),
                            o.path("title").asText(""), o.get("text").asText(), file.getFileName() + ":" + n));
                }
            } catch (IOException x) {
                throw new IllegalStateException("cannot read " + file + ": " + x.getMessage(), x);
            }
        }
        return out;
    }
}
