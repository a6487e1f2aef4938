package org.sitrep.store;

/** An actor and the number of fused events naming it. */
public record ActorCount(String name, long fusedEvents) {}
