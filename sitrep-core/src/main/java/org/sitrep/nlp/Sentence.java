package org.sitrep.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A sentence of a document: its tokens and, when it was parsed, its dependency arcs.
 * Sentences that hold no event candidate are never parsed (see {@link Analyser}); {@link #parsed()} says which.
 */
public record Sentence(int index, int begin, int end, String text, List<Token> tokens, List<Dependency> dependencies,
                       boolean parsed) {
    public Sentence {
        tokens = List.copyOf(tokens);
        dependencies = List.copyOf(dependencies);
    }

    public Token token(int i) { return tokens.get(i); }

    /** Arcs whose governor is token {@code i}. */
    public List<Dependency> children(int i) {
        List<Dependency> out = new ArrayList<>();
        for (Dependency d : dependencies) if (d.governor() == i) out.add(d);
        return out;
    }

    /** The arc that attaches token {@code i} to its head. */
    public Optional<Dependency> head(int i) {
        for (Dependency d : dependencies) if (d.dependent() == i) return Optional.of(d);
        return Optional.empty();
    }

    /**
     * The token range [first, last] of the phrase headed by token {@code i}: its dependents, recursively, but not
     * clauses or coordinated phrases hanging from it (relative clauses, adverbial clauses, complements).
     */
    public int[] phrase(int i) {
        int lo = i, hi = i;
        java.util.ArrayDeque<Integer> todo = new java.util.ArrayDeque<>(List.of(i));
        java.util.Set<Integer> seen = new java.util.HashSet<>(List.of(i));
        while (!todo.isEmpty()) {
            int n = todo.pop();
            for (Dependency d : children(n)) {
                if (d.is("acl") || d.is("advcl") || d.is("ccomp") || d.is("parataxis") || d.is("punct") || d.is("ref")
                        || d.is("dep") || d.dependent() < i - 40 || d.dependent() > i + 40) continue;
                if (seen.add(d.dependent())) {
                    todo.push(d.dependent());
                    lo = Math.min(lo, d.dependent());
                    hi = Math.max(hi, d.dependent());
                }
            }
        }
        return new int[] {lo, hi};
    }

    /** Number of arcs between two tokens, ignoring direction; {@code Integer.MAX_VALUE} when unconnected. */
    public int distance(int from, int to) {
        if (from == to) return 0;
        int n = tokens.size();
        int[] dist = new int[n];
        java.util.Arrays.fill(dist, -1);
        dist[from] = 0;
        java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>(List.of(from));
        while (!q.isEmpty()) {
            int x = q.poll();
            for (Dependency d : dependencies) {
                int y = d.governor() == x ? d.dependent() : d.dependent() == x ? d.governor() : -1;
                if (y < 0 || dist[y] >= 0) continue;
                dist[y] = dist[x] + 1;
                if (y == to) return dist[y];
                q.add(y);
            }
        }
        return Integer.MAX_VALUE;
    }

    /** The index of the token covering a document offset, or -1. */
    public int tokenAt(int offset) {
        for (Token t : tokens) if (t.begin() <= offset && offset < t.end()) return t.index();
        return -1;
    }

    /** Tokens whose characters overlap [begin, end) of the document. */
    public List<Token> tokensIn(int begin, int end) {
        List<Token> out = new ArrayList<>();
        for (Token t : tokens) if (t.begin() < end && begin < t.end()) out.add(t);
        return out;
    }
}
