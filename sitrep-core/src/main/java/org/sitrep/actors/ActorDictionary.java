package org.sitrep.actors;

import org.sitrep.model.Actor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A theatre's actors: the canonical actors (ACTORS.tsv columns {@code name inter country description})
 * and the wordings that stand for them (pack columns {@code alias canonical kind source note}).
 *
 * <p>Files are tab-separated with a header; blank lines and lines starting with '#' are skipped.
 * Every canonical name is also an alias of itself (kind name) unless an alias file lists it with
 * another kind. A file's type is told by its header, so {@code extra} may hold any kind of file:
 * canonical actors (a pack's actors-extra.tsv), more aliases, or context rows
 * ({@code actor country actor_there source}: the actor a generic wording mapped to {@code actor}
 * stands for when the context is {@code country}, e.g. "the army" in Iraq is the Iraqi Security Forces).
 * All bad rows of all files are reported together in one exception, each as {@code file:line: problem}.
 */
public final class ActorDictionary {
    private static final String CANONICAL_HEADER = "name\tinter\tcountry";
    private static final String ALIAS_HEADER = "alias\tcanonical\tkind\tsource";
    private static final String CONTEXT_HEADER = "actor\tcountry\tactor_there";

    private final Map<String, Actor> actors;        // lower-cased canonical name -> actor, in file order
    private final Map<String, String> descriptions; // lower-cased canonical name -> description
    private final List<ActorAlias> aliases;
    private final Map<String, Actor> elsewhere;     // "actor|country" lower-cased -> the actor a generic wording stands for there

    private ActorDictionary(Map<String, Actor> actors, Map<String, String> descriptions, List<ActorAlias> aliases,
                            Map<String, Actor> elsewhere) {
        this.actors = Collections.unmodifiableMap(actors);
        this.descriptions = Collections.unmodifiableMap(descriptions);
        this.aliases = List.copyOf(aliases);
        this.elsewhere = Collections.unmodifiableMap(elsewhere);
    }

    /**
     * Loads a pack's alias file, the canonical actors and any extra files (canonical or alias, told by header).
     *
     * @throws IllegalArgumentException listing every bad row as file:line: problem
     * @throws UncheckedIOException when a file cannot be read
     */
    public static ActorDictionary load(Path actorsTsv, Path canonicalTsv, Path... extra) {
        List<Path> canonicalFiles = new ArrayList<>();
        List<Path> aliasFiles = new ArrayList<>();
        List<Path> contextFiles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        classify(canonicalTsv, canonicalFiles, aliasFiles, contextFiles, problems);
        classify(actorsTsv, canonicalFiles, aliasFiles, contextFiles, problems);
        for (Path p : extra) classify(p, canonicalFiles, aliasFiles, contextFiles, problems);

        Map<String, Actor> actors = new LinkedHashMap<>();
        Map<String, String> descriptions = new LinkedHashMap<>();
        Map<String, String> actorOrigin = new LinkedHashMap<>();
        for (Path p : canonicalFiles) readCanonical(p, actors, descriptions, actorOrigin, problems);

        List<ActorAlias> aliases = new ArrayList<>();
        Map<String, ActorAlias> seen = new LinkedHashMap<>();
        for (Path p : aliasFiles) readAliases(p, actors, aliases, seen, problems);
        for (Actor a : actors.values()) {
            ActorAlias self = new ActorAlias(a.name(), a, AliasKind.NAME, "canonical name", "", actorOrigin.get(key(a.name())));
            if (!seen.containsKey(matchKey(self))) { aliases.add(self); seen.put(matchKey(self), self); }
        }
        Map<String, Actor> elsewhere = new LinkedHashMap<>();
        for (Path p : contextFiles) readContext(p, actors, elsewhere, problems);
        if (!problems.isEmpty())
            throw new IllegalArgumentException(problems.size() + " bad actor dictionary row(s):\n  " + String.join("\n  ", problems));
        return new ActorDictionary(actors, descriptions, aliases, elsewhere);
    }

    /**
     * Loads a theatre pack directory: its actors.tsv, plus actors-extra.tsv and actor-context.tsv when present.
     *
     * @throws IllegalArgumentException listing every bad row as file:line: problem
     */
    public static ActorDictionary loadPack(Path packDir, Path canonicalTsv) {
        List<Path> extra = new ArrayList<>();
        for (String f : List.of("actors-extra.tsv", "actor-context.tsv"))
            if (Files.isRegularFile(packDir.resolve(f))) extra.add(packDir.resolve(f));
        return load(packDir.resolve("actors.tsv"), canonicalTsv, extra.toArray(Path[]::new));
    }

    /** The canonical actor of that name (case-insensitive), as the canonical file defines it. */
    public Optional<Actor> canonical(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(actors.get(key(name)));
    }

    /** The canonical file's description of an actor, or "". */
    public String description(String name) { return descriptions.getOrDefault(key(name), ""); }

    /** All canonical actors in file order. */
    public List<Actor> actors() { return List.copyOf(actors.values()); }

    /** All aliases, the pack's rows first (file order), then the canonical names not listed there. */
    public List<ActorAlias> aliases() { return aliases; }

    /** Every alias of one canonical actor. */
    public List<ActorAlias> aliasesOf(Actor actor) {
        return aliases.stream().filter(a -> a.actor().name().equals(actor.name())).toList();
    }

    /** The actor a generic wording that maps to {@code actor} stands for when the context is {@code country}. */
    public Optional<Actor> inCountry(Actor actor, String country) {
        if (actor == null || country == null) return Optional.empty();
        return Optional.ofNullable(elsewhere.get(key(actor.name()) + "|" + key(country)));
    }

    private static void classify(Path p, List<Path> canonical, List<Path> alias, List<Path> context, List<String> problems) {
        String header = firstRow(p);
        String h = header == null ? "" : header.toLowerCase(Locale.ROOT);
        if (header == null) problems.add(p + ":1: empty file, expected a header");
        else if (h.startsWith(CANONICAL_HEADER)) canonical.add(p);
        else if (h.startsWith(ALIAS_HEADER)) alias.add(p);
        else if (h.startsWith(CONTEXT_HEADER)) context.add(p);
        else problems.add(p + ": header must start with '" + CANONICAL_HEADER.replace("\t", "<TAB>")
                + "' (canonical actors), '" + ALIAS_HEADER.replace("\t", "<TAB>") + "' (aliases) or '"
                + CONTEXT_HEADER.replace("\t", "<TAB>") + "' (context rows), found '" + header + "'");
    }

    /** A data line of an actor file: its fields and "file:line" for messages. */
    private record Row(String[] fields, String where) {}

    /** The data lines of a tab-separated actor file: comments, blank lines and the header line left out. */
    private static List<Row> rows(Path p) {
        List<Row> out = new ArrayList<>();
        boolean header = true;
        int no = 0;
        for (String line : lines(p)) {
            no++;
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            if (header) { header = false; continue; }
            out.add(new Row(line.split("\t", -1), p + ":" + no));
        }
        return out;
    }

    private static void readContext(Path p, Map<String, Actor> actors, Map<String, Actor> out, List<String> problems) {
        for (Row row : rows(p)) {
            String[] f = row.fields();
            String where = row.where();
            if (f.length < 4) { problems.add(where + ": expected actor<TAB>country<TAB>actor_there<TAB>source, found " + f.length + " column(s)"); continue; }
            Actor from = actors.get(key(f[0]));
            Actor there = actors.get(key(f[2]));
            if (from == null) { problems.add(where + ": '" + f[0].strip() + "' is not a canonical actor"); continue; }
            if (there == null) { problems.add(where + ": '" + f[2].strip() + "' is not a canonical actor"); continue; }
            if (f[1].isBlank()) { problems.add(where + ": empty country"); continue; }
            if (f[3].isBlank()) { problems.add(where + ": no source"); continue; }
            out.put(key(from.name()) + "|" + key(f[1]), there);
        }
    }

    private static String firstRow(Path p) {
        for (String line : lines(p)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#")) return line.replace("\uFEFF", "");
        }
        return null;
    }

    private static List<String> lines(Path p) {
        try {
            return Files.readAllLines(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read actor file " + p + ": " + e.getMessage(), e);
        }
    }

    private static void readCanonical(Path p, Map<String, Actor> actors, Map<String, String> descriptions,
                                      Map<String, String> origin, List<String> problems) {
        for (Row row : rows(p)) {
            String[] f = row.fields();
            String where = row.where();
            if (f.length < 3) { problems.add(where + ": expected name<TAB>inter<TAB>country[<TAB>description], found " + f.length + " column(s)"); continue; }
            String name = f[0].strip();
            String inter = f[1].strip();
            if (name.isEmpty()) { problems.add(where + ": empty actor name"); continue; }
            if (inter.isEmpty()) { problems.add(where + ": actor '" + name + "' has no inter (ACLED actor type)"); continue; }
            if (actors.containsKey(key(name))) { problems.add(where + ": actor '" + name + "' already defined at " + origin.get(key(name))); continue; }
            actors.put(key(name), new Actor(name, inter, f[2].strip()));
            descriptions.put(key(name), f.length > 3 ? f[3].strip() : "");
            origin.put(key(name), where);
        }
    }

    private static void readAliases(Path p, Map<String, Actor> actors, List<ActorAlias> out,
                                    Map<String, ActorAlias> seen, List<String> problems) {
        for (Row row : rows(p)) {
            String[] f = row.fields();
            String where = row.where();
            if (f.length < 4) { problems.add(where + ": expected alias<TAB>canonical<TAB>kind<TAB>source[<TAB>note], found " + f.length + " column(s)"); continue; }
            String alias = f[0].strip();
            String canonical = f[1].strip();
            if (alias.isEmpty()) { problems.add(where + ": empty alias"); continue; }
            if (PhraseTokenizer.tokens(alias).isEmpty()) { problems.add(where + ": alias '" + alias + "' has no letters or digits"); continue; }
            Actor actor = actors.get(key(canonical));
            if (actor == null) { problems.add(where + ": alias '" + alias + "' maps to '" + canonical + "', which is not a canonical actor"); continue; }
            AliasKind kind;
            try {
                kind = AliasKind.parse(f[2]);
            } catch (IllegalArgumentException e) {
                problems.add(where + ": " + e.getMessage()); continue;
            }
            if (f[3].isBlank()) { problems.add(where + ": alias '" + alias + "' has no source (where the mapping comes from)"); continue; }
            ActorAlias a = new ActorAlias(alias, actor, kind, f[3].strip(), f.length > 4 ? f[4].strip() : "", where);
            ActorAlias before = seen.get(matchKey(a));
            if (before != null) {
                if (!before.actor().equals(actor))
                    problems.add(where + ": alias '" + alias + "' maps to '" + actor.name() + "' but " + before.origin()
                            + " maps the same wording to '" + before.actor().name() + "'");
                continue; // the same mapping twice is harmless: keep the first row
            }
            seen.put(matchKey(a), a);
            out.add(a);
        }
    }

    /** Two rows collide when they match the same tokens under the same case rule. */
    static String matchKey(ActorAlias a) {
        StringBuilder b = new StringBuilder(a.caseSensitive() ? "=" : "~");
        for (PhraseTokenizer.Token t : PhraseTokenizer.tokens(a.alias()))
            b.append(' ').append(a.caseSensitive() ? t.surface() : t.key());
        return b.toString();
    }

    private static String key(String name) { return name.strip().toLowerCase(Locale.ROOT); }
}
