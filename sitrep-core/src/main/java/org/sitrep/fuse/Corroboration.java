package org.sitrep.fuse;

import java.util.List;

/**
 * How well a fused event is confirmed.
 *
 * @param outlets         distinct outlets reporting it
 * @param reports         reports (coded events) behind it
 * @param alignments      distinct known alignments of those outlets, sorted
 * @param acrossCamps     outlets of opposing camps (e.g. pro-government and opposition) report it
 * @param independentlyConfirmed at least two outlets, not all of one partisan camp: either opposing camps
 *                        agree or a neutral outlet (independent, monitor) joins another one
 */
public record Corroboration(int outlets, int reports, List<String> alignments, boolean acrossCamps,
                            boolean independentlyConfirmed) {
    public Corroboration {
        alignments = List.copyOf(alignments);
    }
}
