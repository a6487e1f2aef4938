package org.sitrep.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The bearer token that allows writes. No token configured means writes are off. Compared in constant time so the
 * answer's timing tells nothing about how much of a guess was right.
 */
public final class WriteToken {
    private final byte[] token;

    public WriteToken(String token) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    public boolean writesEnabled() { return token != null; }

    /** Whether an Authorization header value ("Bearer T") carries the token. */
    public boolean admits(String authorization) {
        if (token == null || authorization == null || !authorization.startsWith("Bearer ")) return false;
        byte[] given = authorization.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sha256(given), sha256(token));   // equal lengths: no early exit on length
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (java.security.NoSuchAlgorithmException x) {
            throw new IllegalStateException(x);
        }
    }
}
