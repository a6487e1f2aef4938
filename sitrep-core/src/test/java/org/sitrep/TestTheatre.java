package org.sitrep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Syria theatre for tests: the real pack and ../shared data, the gazetteer index built once per test JVM under
 * target/, and one Pipeline shared by every test class (the CoreNLP models load once).
 */
public final class TestTheatre {
    private static Pipeline pipeline;

    private TestTheatre() {}

    public static Path shared() {
        String p = System.getProperty("sitrep.shared");
        return Path.of(p != null ? p : "../../shared").toAbsolutePath().normalize();
    }

    public static Path packs() {
        String p = System.getProperty("sitrep.packs");
        return Path.of(p != null ? p : "../packs").toAbsolutePath().normalize();
    }

    public static Pipeline.Theatre syria() {
        Path index = Path.of("target/test-gazetteer").toAbsolutePath();
        return new Pipeline.Theatre(packs().resolve("syria"), shared(), index, "SY");
    }

    public static synchronized Pipeline pipeline() {
        if (pipeline == null) {
            try {
                Files.createDirectories(Path.of("target"));
                pipeline = Pipeline.open(syria());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pipeline;
    }
}
