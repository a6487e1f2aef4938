package org.sitrep.ingest;

/** Thrown inside ingest when one document cannot be read; it becomes one {@link ReadError}. */
final class RejectedInput extends Exception {
    RejectedInput(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
