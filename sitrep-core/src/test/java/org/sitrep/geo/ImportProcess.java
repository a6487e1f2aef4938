package org.sitrep.geo;

import java.nio.file.Path;

/**
 * A separate JVM for import tests that a unit test cannot do in-process: an import under a small heap, and an
 * import killed before it commits. Args: commit|hang INDEX_DIR FILE...
 */
public final class ImportProcess {
    public static void main(String[] args) throws Exception {
        boolean commit = args[0].equals("commit");
        try (GazetteerImporter im = new GazetteerImporter(Path.of(args[1]), false, null, p -> System.err.println(p))) {
            long n = 0;
            for (int i = 2; i < args.length; i++) n += im.importAny(Path.of(args[i]));
            System.out.println("imported " + n);
            System.out.flush();
            if (commit) im.commit(null, null);
            else Thread.sleep(600_000); // to be killed
        }
    }
}
