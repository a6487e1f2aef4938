package org.sitrep.eval;

import java.nio.file.Path;

/** The real gold files and articles in ../shared, read at test time (never copied into the repository). */
final class SharedFiles {
    private SharedFiles() {}

    static Path shared() {
        String property = System.getProperty("sitrep.shared");
        if (property != null && !property.isBlank()) return Path.of(property);
        // the module dir is the working directory; ../shared lives beside the repository
        return Path.of("").toAbsolutePath().getParent().resolve("../shared").normalize();
    }

    static Path gold(String name) { return shared().resolve("eval").resolve(name + ".gold.jsonl"); }

    static Path corpus(String name) { return shared().resolve("corpus").resolve(name + ".jsonl"); }

    static Path scorePy() { return shared().resolve("eval/score.py"); }
}
