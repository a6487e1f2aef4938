package org.sitrep.fuse;

import java.util.Optional;

/**
 * The political alignment of an outlet (pro-government, opposition, Kurdish, Turkish, Western, Russian state,
 * Iranian state, Gulf, independent, monitor, party), as a source registry records it. Corroboration reads it
 * to tell agreement across camps from an echo inside one camp.
 */
@FunctionalInterface
public interface OutletAlignment {
    Optional<String> alignmentOf(String source);

    /** No registry: every outlet's alignment is unknown. */
    OutletAlignment UNKNOWN = s -> Optional.empty();
}
