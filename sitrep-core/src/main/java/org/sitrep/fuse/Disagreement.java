package org.sitrep.fuse;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Reports of one fused event that differ on a field: the value chosen (by support) and every report's claim,
 * so an analyst sees "fatalities 7 claimed by HTS, disputed by pro-government sources" instead of one number.
 */
public record Disagreement(String field, String chosen, List<Claim> claims) {
    public Disagreement {
        claims = List.copyOf(claims);
    }

    public String describe() {
        return field + ": " + claims.stream().map(Claim::describe).collect(Collectors.joining("; "));
    }
}
