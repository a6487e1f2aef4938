package org.sitrep.actors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Test support: the real articles of ../shared/corpus and the Syria pack, read at run time (never copied). */
final class SharedCorpus {
    record Doc(String id, String source, String title, String text) {}

    private SharedCorpus() {}

    static Path shared() {
        String p = System.getProperty("sitrep.shared");
        return p == null || p.isBlank() ? Path.of("..", "..", "shared") : Path.of(p);
    }

    static Path pack() {
        String p = System.getProperty("sitrep.packs");
        return (p == null || p.isBlank() ? Path.of("..", "packs") : Path.of(p)).resolve("syria");
    }

    static ActorDictionary dictionary() {
        return ActorDictionary.loadPack(pack(), shared().resolve("spec/ACTORS.tsv"));
    }

    static List<Doc> documents() {
        ObjectMapper json = new ObjectMapper();
        List<Doc> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(shared().resolve("corpus"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (line.isBlank()) continue;
                    JsonNode n = json.readTree(line);
                    out.add(new Doc(n.path("id").asText(), n.path("source").asText(), n.path("title").asText(), n.path("text").asText()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Doc document(String id) {
        return documents().stream().filter(d -> d.id.equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + id + " in " + shared().resolve("corpus")));
    }
}
