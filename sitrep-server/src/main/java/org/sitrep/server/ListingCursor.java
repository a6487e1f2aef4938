package org.sitrep.server;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;

/** Where a listing page ended: the last event's date and fused id (the listing's sort key), opaque to clients. */
public record ListingCursor(LocalDate date, String id) {
    public String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((date + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    public static ListingCursor decode(String s) {
        try {
            String t = new String(Base64.getUrlDecoder().decode(s), StandardCharsets.UTF_8);
            int bar = t.indexOf('|');
            String id = t.substring(bar + 1);
            if (id.isEmpty() || id.length() > 64) throw new IllegalArgumentException("bad id");
            return new ListingCursor(LocalDate.parse(t.substring(0, bar)), id);
        } catch (RuntimeException x) {
            throw new BadParameter("cursor", "not a cursor this server issued");
        }
    }

    static boolean isWellFormed(String s) {
        try {
            decode(s);
            return true;
        } catch (BadParameter x) {
            return false;
        }
    }
}
