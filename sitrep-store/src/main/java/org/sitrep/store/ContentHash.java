package org.sitrep.store;

import org.sitrep.model.Document;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A document's identity in the store: SHA-256 of its cleaned text. The same article read twice (or read from
 * another file, or republished word for word) has the same hash and is stored once.
 */
public final class ContentHash {
    private ContentHash() {}

    public static String of(Document d) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(d.text().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }
}
