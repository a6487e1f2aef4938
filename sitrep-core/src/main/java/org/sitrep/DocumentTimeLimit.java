package org.sitrep;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long one document may take through extraction. The size limits bound what a document can hold, not what it
 * costs to parse: an article written to keep the parser busy (or merely a huge one) must not hold up the batch.
 * At the deadline the extracting thread is interrupted; the stages stop at their next check (between sentences, and
 * CoreNLP between annotators), and {@link #run} throws {@link Exceeded}. The interrupt is then cleared, so the same
 * thread goes on with the next document.
 *
 * <p>Cooperative: work that never looks at its thread's interrupt is not stopped, only reported when it ends. An
 * interrupt harms no shared state: the gazetteer reads its Lucene index through memory maps ({@code FSDirectory.open}),
 * which an interrupt does not close as it would a {@code FileChannel}.
 */
public final class DocumentTimeLimit {
    /** Long enough for any real article (the slowest in the corpus takes a few seconds), short enough to notice. */
    public static final Duration DEFAULT = Duration.ofSeconds(60);

    /** One thread rings every alarm: it only interrupts, never does work. */
    private static final ScheduledExecutorService ALARMS = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sitrep-document-time-limit");
        t.setDaemon(true);
        return t;
    });

    private static final Pattern TEXT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|min|h)?");

    private final Duration limit;

    private DocumentTimeLimit(Duration limit) { this.limit = limit; }

    /** A limit; zero or negative means none. */
    public static DocumentTimeLimit of(Duration limit) {
        return new DocumentTimeLimit(limit == null || limit.isZero() || limit.isNegative() ? null : limit);
    }

    public static DocumentTimeLimit none() { return new DocumentTimeLimit(null); }

    /**
     * Reads a limit as people write it: {@code 60s}, {@code 1.5s}, {@code 500ms}, {@code 2m}, {@code 1h}, or a bare
     * number of seconds; {@code 0} or {@code none} for no limit.
     */
    public static DocumentTimeLimit parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (t.equals("none") || t.equals("off")) return none();
        Matcher m = TEXT.matcher(t);
        if (!m.matches()) throw new IllegalArgumentException("not a time limit: '" + text + "' (write 60s, 500ms, 2m or 0 for none)");
        double n = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        double millis = n * switch (unit) {
            case "ms" -> 1;
            case "m", "min" -> 60_000;
            case "h" -> 3_600_000;
            default -> 1000;
        };
        if (millis > Long.MAX_VALUE / 2) throw new IllegalArgumentException("time limit too long: '" + text + "'");
        return of(Duration.ofMillis(Math.round(millis)));
    }

    /** The limit, or null when there is none. */
    public Duration limit() { return limit; }

    public boolean bounded() { return limit != null; }

    /** The limit as {@link #parse} reads it back: how it travels to a child JVM or a Spark executor. */
    public String argument() { return limit == null ? "0" : limit.toMillis() + "ms"; }

    /**
     * Runs one document's work on this thread under the limit.
     *
     * @throws Exceeded when the limit passed before the work ended, whatever the work did then (an interrupted
     *                  stage may throw anything, or swallow the interrupt and return part of its result)
     */
    public <T> T run(Supplier<T> work) {
        if (limit == null) return work.get();
        Alarm alarm = new Alarm(Thread.currentThread());
        ScheduledFuture<?> timer = ALARMS.schedule(alarm::ring, limit.toNanos(), TimeUnit.NANOSECONDS);
        T result;
        try {
            result = work.get();
        } catch (RuntimeException e) {
            if (alarm.stop()) throw new Exceeded(limit, e);
            throw e;
        } finally {
            timer.cancel(false);
            alarm.stop();
        }
        if (alarm.rang()) throw new Exceeded(limit, null);
        return result;
    }

    @Override
    public String toString() { return limit == null ? "none" : describe(limit); }

    /** "60 s", "1.5 s", "500 ms", "2 min": the limit as a report line says it. */
    static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) return ms + " ms";
        if (ms >= 120_000 && ms % 60_000 == 0) return ms / 60_000 + " min";
        if (ms % 1000 == 0) return ms / 1000 + " s";
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** A document that was still being extracted when its time was up. */
    public static final class Exceeded extends RuntimeException {
        private final Duration limit;

        Exceeded(Duration limit, Throwable interrupted) {
            super("took longer than " + describe(limit), interrupted, false, false);
            this.limit = limit;
        }

        public Duration limit() { return limit; }
    }

    /**
     * Interrupts the working thread once, unless the work has ended. Ring and stop exclude each other, so an
     * interrupt is never left behind on a thread that has moved on to its next document.
     */
    private static final class Alarm {
        private final Thread worker;
        private boolean stopped, rang;

        Alarm(Thread worker) { this.worker = worker; }

        synchronized void ring() {
            if (stopped) return;
            rang = true;
            worker.interrupt();
        }

        /** Called on the worker: no more ringing; clears the interrupt this alarm made. True if it rang. */
        synchronized boolean stop() {
            if (!stopped && rang) Thread.interrupted();
            stopped = true;
            return rang;
        }

        synchronized boolean rang() { return rang; }
    }
}
