package org.sitrep.bench;

import java.util.Locale;

/**
 * The figures `sitrep bench` ends with, and the one line that states them (the form issue 7 fixes, so that scripts
 * and the README can quote it).
 */
public record BenchSummary(double fastArticlesPerSecond, double baselineArticlesPerSecond, double fastF1, double thoroughF1,
                           long fastPeakRssMb, long baselinePeakRssMb) {

    /** How many times faster the fast path is than the baseline. */
    public double ratio() {
        return baselineArticlesPerSecond <= 0 ? Double.NaN : fastArticlesPerSecond / baselineArticlesPerSecond;
    }

    public String line() {
        return String.format(Locale.ROOT,
                "bench: fast %.1f articles/s, baseline %.2f articles/s, ratio %.1f, fast F1 %.3f, thorough F1 %.3f, fast peak RSS %d MB, baseline peak RSS %d MB",
                fastArticlesPerSecond, baselineArticlesPerSecond, ratio(), fastF1, thoroughF1, fastPeakRssMb, baselinePeakRssMb);
    }
}
