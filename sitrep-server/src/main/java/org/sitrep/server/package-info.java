/**
 * {@code sitrep serve}: the REST API over an {@link org.sitrep.store.EventStore} and the offline web map. Every
 * filter reaches the database as a bound parameter; article text is sent as JSON strings and rendered by the map
 * as text, never as HTML.
 */
package org.sitrep.server;
