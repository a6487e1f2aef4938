package org.sitrep.cli;

/**
 * What a long run says while it works: a one-line progress bar (documents/s, events, errors) on a terminal, a
 * summary line otherwise; errors always go to stderr on their own line.
 */
final class Progress {
    private final String verb;
    private final boolean terminal = System.console() != null;
    private final long started = System.nanoTime();
    private int documents, skipped, events, errors;
    private long lastDraw;

    Progress(String verb) { this.verb = verb; }

    void document(int newEvents) { documents++; events += newEvents; draw(); }

    void skipped() { skipped++; draw(); }

    void error(String message) {
        errors++;
        if (terminal) System.err.print("\r\033[K");
        System.err.println("sitrep: " + message);
        draw();
    }

    int documents() { return documents + skipped; }

    int errors() { return errors; }

    private void draw() {
        if (!terminal) return;
        long now = System.nanoTime();
        if (now - lastDraw < 200_000_000L) return;
        lastDraw = now;
        System.err.print("\r\033[K" + line());
    }

    private String line() {
        double s = Math.max(1e-9, (System.nanoTime() - started) / 1e9);
        return String.format("sitrep %s: %d documents (%d already stored), %.1f documents/s, %d events, %d errors",
                verb, documents + skipped, skipped, documents / s, events, errors);
    }

    void finish() {
        if (terminal) System.err.print("\r\033[K");
        System.err.println(line());
    }
}
