package org.sitrep.store;

/** A store operation failed; the message names the document (origin) or the database and the problem. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) { super(message, cause); }

    public StoreException(String message) { super(message); }
}
