package org.sitrep.crash;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM that is sent SIGKILL after a given delay unless it has ended by then: no shutdown hook, no rollback by
 * the client, as when the machine loses power or the OOM killer strikes. Its output, read to the end, says how far
 * it got before it died. Shared by the crash tests of the gazetteer import and of the store's ingest.
 */
public final class KilledChild {
    /**
     * @param killed false when the child ended on its own before the delay
     * @param millis from start to exit or to the kill
     */
    public record Outcome(boolean killed, int exitCode, List<String> lines, long millis) {
        public String lastLine() { return lines.isEmpty() ? "" : lines.get(lines.size() - 1); }
    }

    private KilledChild() {}

    /** A java command line with this JVM's class path (the test classes included) and a small heap. */
    public static List<String> java(String mainClass, String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")), mainClass));
        cmd.addAll(List.of(args));
        return cmd;
    }

    /** Runs the command; sends SIGKILL after {@code killAfterMillis} unless it has ended. */
    public static Outcome run(List<String> command, long killAfterMillis) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) synchronized (lines) { lines.add(line); }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, "killed-child-output");
        reader.start();
        boolean ended = p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS);
        long millis = (System.nanoTime() - t0) / 1_000_000;
        if (!ended) {
            // SIGKILL through the handle: Process.destroyForcibly would also close our end of the pipe and lose the
            // last lines the child wrote, which say where the kill landed
            p.toHandle().destroyForcibly();
            if (!p.waitFor(60, TimeUnit.SECONDS)) throw new IllegalStateException("the child survived SIGKILL");
        }
        reader.join(60_000);
        synchronized (lines) { return new Outcome(!ended, p.exitValue(), List.copyOf(lines), millis); }
    }

    /**
     * Seeded kill delays spread over a run's measured length: kill i of n falls at a random point of the i-th n-th of
     * the run, so a few rounds already hit the start, the middle and the end. A shared machine's load changes how long
     * a run takes: the tests measure it again on every whole run that ended before its kill, else late delays would
     * keep missing a run grown faster. {@code -Dsitrep.killRounds=N} and {@code -Dsitrep.killSeed=S} make the long run.
     */
    public record Schedule(int rounds, long seed, Random random) {
        public static Schedule fromProperties(int defaultRounds) {
            long seed = Long.getLong("sitrep.killSeed", 20261126L);
            return new Schedule(Integer.getInteger("sitrep.killRounds", defaultRounds), seed, new Random(seed));
        }

        public long delayMillis(int round, long spanMillis) {
            return Math.max(1, Math.round(spanMillis * ((round % rounds) + random.nextDouble()) / rounds));
        }
    }
}
