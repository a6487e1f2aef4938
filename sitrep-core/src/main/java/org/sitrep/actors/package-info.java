/**
 * Who acts: a theatre pack's actor dictionary, the recogniser that finds actor mentions in a document,
 * the resolver for generic wordings, anaphora and country context, and the outlet registry.
 *
 * <p>Reads: a pack directory (actors.tsv, actors-extra.tsv, actor-context.tsv, sources.tsv) and the
 * canonical actors (spec/ACTORS.tsv); a document's cleaned text. Adds: {@link org.sitrep.model.ActorMention}s
 * with canonical {@link org.sitrep.model.Actor}s (name, ACLED inter, country), in text order, non-overlapping.
 *
 * <pre>{@code
 * ActorDictionary actors = ActorDictionary.loadPack(Path.of("packs/syria"), Path.of("../shared/spec/ACTORS.tsv"));
 * ActorRecognizer recognizer = new ActorRecognizer(actors);          // one per JVM, thread-safe
 * ActorResolver resolver = new ActorResolver(actors, recognizer);    // one per JVM, thread-safe
 * List<ActorMention> mentions = resolver.resolve(doc.text(), recognizer.find(doc.text()), null);
 * boolean unnamed = resolver.isGeneric(mentions.get(0));             // "militants", "the army"
 * Optional<Outlet> outlet = SourceRegistry.load(Path.of("packs/syria/sources.tsv")).find(doc.source());
 * }</pre>
 */
package org.sitrep.actors;
