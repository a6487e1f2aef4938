package org.sitrep.server;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class WriteTokenTest {
    @Test
    void admitsOnlyTheExactBearerToken() {
        WriteToken t = new WriteToken("s3cret");
        assertTrue(t.writesEnabled());
        assertTrue(t.admits("Bearer s3cret"));
        assertFalse(t.admits("Bearer s3cre"));
        assertFalse(t.admits("Bearer s3cret2"));
        assertFalse(t.admits("s3cret"));
        assertFalse(t.admits("Basic s3cret"));
        assertFalse(t.admits(null));
    }

    @Test
    void noTokenMeansWritesOff() {
        for (String none : new String[]{null, "", "  "}) {
            WriteToken t = new WriteToken(none);
            assertFalse(t.writesEnabled());
            assertFalse(t.admits("Bearer "));
            assertFalse(t.admits("Bearer null"));
        }
    }
}
