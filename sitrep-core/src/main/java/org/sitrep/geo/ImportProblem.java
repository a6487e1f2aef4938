package org.sitrep.geo;

/** A row an import skipped, with where it is and what is wrong with it. */
public record ImportProblem(String file, long line, String problem) {
    @Override public String toString() { return file + ":" + line + ": " + problem; }
}
