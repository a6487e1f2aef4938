package org.sitrep.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The real articles in ../shared, read at test time (never copied into the repository). */
final class SharedCorpus {
    private SharedCorpus() {}

    static Path shared() {
        String property = System.getProperty("sitrep.shared");
        if (property != null && !property.isBlank()) return Path.of(property);
        // the module dir is the working directory; ../shared lives beside the repository
        return Path.of("").toAbsolutePath().getParent().resolve("../shared").normalize();
    }

    static Path corpus(String name) {
        return shared().resolve("corpus").resolve(name);
    }

    static List<JsonNode> documents(String name) {
        ObjectMapper json = new ObjectMapper();
        List<JsonNode> docs = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(corpus(name))) {
                if (!line.isBlank()) docs.add(json.readTree(line));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return docs;
    }
}
