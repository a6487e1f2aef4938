package org.sitrep.actors;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The outlets of a theatre pack (sources.tsv: {@code outlet alignment country reference [also]}, tab-separated,
 * header, '#' comments; {@code also} lists other names separated by ';').
 *
 * <p>{@link #find} matches loosely because documents name their source loosely: the outlet's name or
 * one of its other names must occur as whole words in the source string, case and spelling folded as
 * for actor names; a name outside brackets beats one inside ("South Front (republished by Global
 * Research)" is South Front), then the earliest, then the longest.
 */
public final class SourceRegistry {
    public static final Set<String> ALIGNMENTS = Set.of("pro-government", "opposition", "Kurdish", "Turkish", "Western",
            "Russian state", "Iranian state", "Gulf", "independent", "monitor", "party");

    /** keys: folded tokens, or the exact surfaces for a short all-capitals name ("AA", "AP", "RT" must not match "a", "ap"). */
    private record Name(List<String> keys, boolean exact, Outlet outlet) {}

    private final List<Outlet> outlets;
    private final List<Name> names;

    private SourceRegistry(List<Outlet> outlets) {
        this.outlets = List.copyOf(outlets);
        List<Name> ns = new ArrayList<>();
        for (Outlet o : outlets) {
            ns.add(name(o.name(), o));
            for (String a : o.also()) ns.add(name(a, o));
        }
        this.names = List.copyOf(ns);
    }

    /**
     * Reads sources.tsv.
     *
     * @throws IllegalArgumentException listing every bad row as file:line: problem
     */
    public static SourceRegistry load(Path sourcesTsv) {
        List<String> lines;
        try {
            lines = Files.readAllLines(sourcesTsv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read source registry " + sourcesTsv + ": " + e.getMessage(), e);
        }
        List<Outlet> outlets = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean header = true;
        for (int no = 1; no <= lines.size(); no++) {
            String line = lines.get(no - 1);
            if (line.isBlank() || line.strip().startsWith("#")) continue;
            String where = sourcesTsv + ":" + no;
            String[] f = line.split("\t", -1);
            if (header) {
                header = false;
                if (!f[0].replace("\uFEFF", "").strip().equals("outlet"))
                    problems.add(where + ": header must be outlet<TAB>alignment<TAB>country<TAB>reference[<TAB>also]");
                continue;
            }
            if (f.length < 4) { problems.add(where + ": expected outlet<TAB>alignment<TAB>country<TAB>reference[<TAB>also], found " + f.length + " column(s)"); continue; }
            String name = f[0].strip();
            String alignment = f[1].strip();
            if (name.isEmpty()) { problems.add(where + ": empty outlet name"); continue; }
            if (!ALIGNMENTS.contains(alignment)) { problems.add(where + ": alignment '" + alignment + "' is not one of " + ALIGNMENTS); continue; }
            if (f[3].isBlank()) { problems.add(where + ": outlet '" + name + "' has no reference"); continue; }
            List<String> also = f.length > 4 && !f[4].isBlank()
                    ? Arrays.stream(f[4].split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList() : List.of();
            outlets.add(new Outlet(name, alignment, f[2].strip(), f[3].strip(), also));
        }
        if (!problems.isEmpty())
            throw new IllegalArgumentException(problems.size() + " bad source registry row(s):\n  " + String.join("\n  ", problems));
        return new SourceRegistry(outlets);
    }

    public List<Outlet> outlets() { return outlets; }

    /** The outlet a document's source string names, if any (see the class comment for the rules). */
    public Optional<Outlet> find(String source) {
        if (source == null || source.isBlank()) return Optional.empty();
        List<PhraseTokenizer.Token> tokens = PhraseTokenizer.tokens(source);
        int[] depth = new int[tokens.size()];
        int d = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String s = tokens.get(i).surface();
            if (s.equals("(") || s.equals("[")) d++;
            depth[i] = d;
            if ((s.equals(")") || s.equals("]")) && d > 0) d--;
        }
        Outlet best = null;
        long bestScore = Long.MAX_VALUE;
        for (Name n : names) {
            for (int i = 0; i + n.keys.size() <= tokens.size(); i++) {
                boolean same = true;
                for (int k = 0; k < n.keys.size() && same; k++) {
                    PhraseTokenizer.Token t = tokens.get(i + k);
                    same = n.keys.get(k).equals(n.exact ? t.surface() : t.key());
                }
                if (!same) continue;
                long score = (depth[i] > 0 ? 1_000_000L : 0) + i * 1000L - n.keys.size();
                if (score < bestScore) { bestScore = score; best = n.outlet; }
                break;
            }
        }
        return Optional.ofNullable(best);
    }

    private static Name name(String name, Outlet o) {
        boolean exact = name.length() <= 4 && name.equals(name.toUpperCase(java.util.Locale.ROOT)) && name.chars().anyMatch(Character::isLetter);
        return new Name(exact ? PhraseTokenizer.tokens(name).stream().map(PhraseTokenizer.Token::surface).toList() : keys(name), exact, o);
    }

    private static List<String> keys(String name) {
        return PhraseTokenizer.tokens(name).stream().map(PhraseTokenizer.Token::key).toList();
    }
}
