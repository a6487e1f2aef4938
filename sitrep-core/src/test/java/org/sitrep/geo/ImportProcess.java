package org.sitrep.geo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A separate JVM for import tests that a unit test cannot do in-process: an import under a small heap, and imports
 * killed at random points. Does what `sitrep gazetteer import` does (import each file, then commit them with their
 * paths) and says where it is on stdout: "opened", "imported N" after each file, "committed".
 * Args: INDEX_DIR FILE...
 */
public final class ImportProcess {
    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) files.add(Path.of(args[i]));
        try (GazetteerImporter im = new GazetteerImporter(Path.of(args[0]), false, null, p -> System.err.println(p))) {
            say("opened");
            for (Path f : files) say("imported " + im.importAny(f));
            im.commit(null, files);
            say("committed");
        }
    }

    private static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }
}
