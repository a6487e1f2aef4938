package org.sitrep.fuzz;

import org.sitrep.model.Span;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every span a finder returns must satisfy: it points into the text it was found in. */
final class SpanChecks {
    private SpanChecks() {}

    static void inside(Span span, String text, String what) {
        assertTrue(span.start() >= 0 && span.end() <= text.length() && span.start() <= span.end(),
                () -> what + " span " + span + " outside a text of " + text.length() + " chars");
    }
}
