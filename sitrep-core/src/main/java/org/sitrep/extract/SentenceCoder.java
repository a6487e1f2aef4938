package org.sitrep.extract;

import org.sitrep.model.ActorMention;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.Dependency;
import org.sitrep.nlp.Sentence;
import org.sitrep.nlp.Token;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Codes the events of one parsed sentence: finds its triggers, keeps the factual ones, links each place of the
 * sentence to the trigger it belongs to (one event per place), and reads roles and attribution.
 */
final class SentenceCoder {
    /** A place farther than this from its trigger in the dependency tree is not that trigger's place. */
    private static final int MAX_LINK = 7;
    private static final Set<String> PASSABLE_VERBS = Set.of("carry", "conduct", "launch", "make", "stage", "mount",
            "continue", "begin", "start", "be", "have", "include", "fire", "deliver", "support", "reach", "use", "take", "happen", "occur", "respond", "retaliate");
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?i)(?:\\b(?:north|south|east|west|northeast|northwest|"
            + "southeast|southwest|northern|southern|eastern|western|countryside|outskirts?|vicinity|part|parts|edge|edges|"
            + "km|kilometers|kilometres|miles|direction|side|district|districts|neighbou?rhood|suburbs?|quarter)\\s+(?:of|from)"
            + "|\\bnear|\\boutside|\\bclose\\s+to)\\s+(?:the\\s+)?"
            + "(?:(?:ancient\\s+)?(?:city|town|village|province|governorate)\\s+of\\s+)?$");
    private static final Pattern VAGUE_PLACE = Pattern.compile("(?i)\\b(?:in|around|across)\\s+(?:this|that|the same|the)\\s+"
            + "(?:area|region|sector|front)\\b|\\bthere\\b"
            // "once troops had secured the area", "jets hit the location": the place the report just named
            + "|\\b(?:seiz|captur|tak|secur|clear|struck|strik|hit|target|on)\\w*\\s+(?:this|that|the)\\s+(?:area|location|site|compound|complex)\\b");
    private static final Set<String> PEOPLE = Set.of("leader", "member", "militant", "fighter", "commander", "figure",
            "official", "suspect", "man", "person", "people", "operative", "militiaman", "cell");
    /** People who are freed or moved, not places taken: "citizens liberated from villages". */
    private static final Set<String> FREED = Set.of("citizen", "civilian", "resident", "hostage", "prisoner", "people",
            "family", "child", "woman", "refugee", "captive");
    /** Nouns a place may describe rather than locate the event: "a commander from Raqqa". */
    private static final Set<String> PERSON_NOUNS = Set.of("leader", "commander", "member", "official", "governor",
            "spokesman", "resident", "native", "emir", "chief", "head");
    /** Verbs of statements that react to something that has happened. */
    private static final Set<String> REACTIONS = Set.of("welcome", "congratulate", "celebrate", "hail", "praise", "applaud", "salute");
    /** What a side loses in a battle: "lost 30 gunmen", not "lost control" or "lost a dozen villages". */
    private static final Set<String> COMBATANTS = Set.of("fighter", "militant", "militiaman", "soldier", "member", "man", "troop",
            "trooper", "personnel", "jihadist", "rebel", "terrorist", "gunman", "insurgent", "combatant", "serviceman", "officer");
    private static final Set<String> EQUIPMENT = Set.of("tank", "vehicle", "weapon", "equipment", "hardware", "ammunition",
            "artillery", "truck", "depot", "arm");

    /** SITREP_EXPLAIN=1 prints, per sentence, the triggers, their modality and the places seen: why an event is or is not coded. */
    private static final boolean EXPLAIN = System.getenv("SITREP_EXPLAIN") != null;

    private final TriggerLexicon lexicon;
    private final Modality modality;
    private final RoleReader roles;
    private final AttributionReader attribution;
    private final Instruments instruments;
    private final Countries countries = new Countries();
    private final PlaceNouns placeNouns = new PlaceNouns();

    private final GovernmentSide side;

    SentenceCoder(TriggerLexicon lexicon, Cues cues, Instruments instruments, GovernmentSide side) {
        this.side = side;
        this.lexicon = lexicon;
        this.modality = new Modality(cues);
        this.roles = new RoleReader();
        this.attribution = new AttributionReader(cues);
        this.instruments = instruments;
    }

    /**
     * @param places   place slots of this sentence (document offsets), in text order
     * @param acting   actor mentions of the sentence that can act or be acted upon
     * @param all      every actor mention of the sentence (for attribution)
     */
    List<CandidateEvent> code(Sentence s, List<PlaceSlot> places, List<ActorMention> acting, List<ActorMention> all) {
        if (!s.parsed()) return List.of();
        List<Trigger> triggers = new ArrayList<>(lexicon.find(s));
        // a participle describing a thing ("equipment captured near X") is no event of its own, and leaves its place
        // to the sentence's event
        triggers.removeIf(t -> t.pos() == 'V' && s.token(t.head()).pos().equals("VBN") && relativeClause(s, t.head()));
        // a trigger noun that only modifies another noun names a kind, not an event: "attack planners", "strike assessments"
        triggers.removeIf(t -> t.pos() == 'N' && s.head(t.head()).map(h -> h.is("compound")
                && triggers.stream().noneMatch(o -> o.head() == h.governor())).orElse(false));
        if (triggers.isEmpty()) return List.of();
        Map<Trigger, Boolean> factual = new LinkedHashMap<>();
        for (Trigger t : triggers) {
            boolean fact = modality.isFactual(s, t) && !(t.category().needsVerb() && (t.pos() != 'V' || nominalGerund(s, t)) && !welcomed(s, t))
                    && !(t.category() == Category.TERRITORY && objectKind(s, t, FREED))
                    && !(t.category() == Category.LOSS && !objectKind(s, t, COMBATANTS));
            factual.put(t, fact);
        }
        places = withObjects(s, triggers, places, acting);
        Attribution attr = attribution.read(s, all);

        if (EXPLAIN) {
            System.err.println("[explain] sentence " + s.index() + ": " + s.text().replace('\n', ' '));
            for (Trigger t : triggers) System.err.println("[explain]   trigger " + t.lemmas() + "/" + t.category() + " at " + s.token(t.head()).word() + (factual.get(t) ? "" : " (not factual)"));
            for (PlaceSlot p : places) System.err.println("[explain]   place " + p.text() + (p.region() ? " (region)" : "") + (p.partOfTown() ? " (part of town)" : ""));
        }
        Map<Trigger, List<PlaceSlot>> placesOf = new LinkedHashMap<>();
        for (PlaceSlot p : eventPlaces(s, places)) {
            int token = headToken(s, p.span());
            if (token < 0 || countries.isCountry(p.text()) || describesPerson(s, token)) continue;
            Trigger best = null;
            int bestDistance = Integer.MAX_VALUE;
            for (Trigger t : triggers) {
                int d = distance(s, t, token, triggers);
                if (d < bestDistance || d == bestDistance && best != null && Math.abs(t.head() - token) < Math.abs(best.head() - token)) {
                    best = t;
                    bestDistance = d;
                }
            }
            if ((best == null || bestDistance > MAX_LINK) && !opensWithCondition(s) && token <= 4) {
                // a place that opens the sentence frames it ("Near X, four raids hit ... and wrecked ..."), even
                // where the parse lost the link: it goes to the sentence's first factual verb, else its one factual noun
                Trigger framed = framedEvent(factual);
                if (framed != null) {
                    best = framed;
                    bestDistance = 0;
                }
            }
            if (best != null && bestDistance <= MAX_LINK) placesOf.computeIfAbsent(best, k -> new ArrayList<>()).add(p);
            if (EXPLAIN) System.err.println("[explain]   " + p.text() + " -> " + (best == null ? "no trigger" : best.lemmas() + " at distance " + bestDistance));
        }

        List<CandidateEvent> out = new ArrayList<>();
        for (Trigger t : triggers) {
            if (!factual.get(t)) continue;
            Roles r = roles.read(s, t, acting);
            // the fighters a side lost are its own, not its enemy: "ISIS lost 30 gunmen near X" to whoever fought it
            if (t.category() == Category.LOSS && r.actor2() != null && isObjectOf(s, t, r.actor2())) r = r.withActor2(null);
            r = opponentIfMissing(s, r, acting, t);
            if (t.category() == Category.LOSS) r = r.swapped();
            SubEventType type = provisionalType(s, t, r);
            if (type == null) continue;
            // after the type: a civilian named elsewhere in the sentence says who was hit, not that the means were arms
            r = civiliansIfMissing(r, acting, t);
            List<PlaceSlot> ps = placesOf.getOrDefault(t, List.of());
            if (ps.isEmpty()) {
                // "in the same area" refers back only when the sentence names no place of its own
                boolean vague = places.isEmpty() && VAGUE_PLACE.matcher(s.text()).find();
                out.add(new CandidateEvent(s, t, t.category(), type, null, vague, r, attr, null, null));
            }
            for (PlaceSlot p : ps) out.add(new CandidateEvent(s, t, t.category(), type, p, false, r, attr, null, null));
        }
        return out;
    }

    /**
     * Proper-noun objects of trigger verbs are places too, known to the gazetteer or not: "striking Sabboura",
     * "captured Qutbiyah". Actors and countries are not.
     */
    private List<PlaceSlot> withObjects(Sentence s, List<Trigger> triggers, List<PlaceSlot> places, List<ActorMention> acting) {
        List<PlaceSlot> out = new ArrayList<>(places);
        for (Trigger t : triggers) {
            if (t.pos() != 'V' || !(t.category() == Category.TERRITORY || t.category().isRemote() || t.category() == Category.SURRENDER)) continue;
            for (Dependency d : s.children(t.head())) {
                // a passive subject names what was taken ("X was captured"); of a strike it is mostly who was hit
                if (!(d.is("obj") || d.is("iobj") || d.is("nsubj:pass") && t.category() == Category.TERRITORY)) continue;
                Token o = s.token(d.dependent());
                if (!o.isProperNoun()) o = nameOfPlaceNoun(s, o);
                if (o == null) continue;
                int first = o.index(), last = o.index();
                for (Dependency c : s.children(o.index())) {
                    if ((c.is("compound") || c.is("flat")) && s.token(c.dependent()).isProperNoun()) {
                        first = Math.min(first, c.dependent());
                        last = Math.max(last, c.dependent());
                    }
                }
                Span span = new Span(s.token(first).begin(), s.token(last).end());
                if (out.stream().anyMatch(p -> p.span().overlaps(span))) continue;
                if (acting.stream().anyMatch(a -> a.span().overlaps(span))) continue;
                String text = s.text().substring(span.start() - s.begin(), span.end() - s.begin());
                if (countries.isCountry(text) || placeNouns.isPersonName(text)) continue;
                out.add(new PlaceSlot(span, text, false, false));
            }
        }
        out.sort((a, b) -> a.span().compareTo(b.span()));
        return out;
    }

    /** "the Kiffin village", "the first village in this direction – Qutbiyah": the name a place noun carries. */
    private Token nameOfPlaceNoun(Sentence s, Token noun) {
        if (!placeNouns.introduces(noun.word())) return null;
        for (Dependency c : s.children(noun.index())) {
            Token name = s.token(c.dependent());
            if ((c.is("compound") || c.is("appos") || c.is("dep") || c.is("flat")) && (name.isProperNoun() || name.isNoun() && name.isCapitalised()))
                return s.token(c.dependent());
        }
        return null;
    }

    /** Is the place only a modifier of a person ("a commander from Raqqa")? */
    private static boolean describesPerson(Sentence s, int token) {
        var h = s.head(token);
        if (h.isEmpty() || h.get().governor() < 0 || !h.get().is("nmod")) return false;
        return PERSON_NOUNS.contains(s.token(h.get().governor()).lemma());
    }

    /**
     * A battle's other side, when the grammar gave none, is the one other armed actor the sentence names:
     * "the army took control over X and repelled an ISIS counter-attack on Y" — ISIS lost X too.
     */
    private Roles opponentIfMissing(Sentence s, Roles r, List<ActorMention> acting, Trigger t) {
        if (r.actor2() != null || r.actor1() == null
                || !(t.category() == Category.TERRITORY || t.category() == Category.CLASH || t.category() == Category.LOSS)) return r;
        List<ActorMention> others = new ArrayList<>();
        boolean actorGov = side.isGovernmentSide(r.actor1().actor(), null);
        for (ActorMention a : acting) {
            if (a.actor().equals(r.actor1().actor()) || a.actor().name().equals("Civilians")) continue;
            if (t.category() == Category.LOSS && isObjectOf(s, t, a)) continue;
            if (r.assoc1().stream().anyMatch(x -> x.actor().equals(a.actor()))) continue;
            boolean gov = side.isGovernmentSide(a.actor(), null);
            if (gov && actorGov) continue;
            others.add(a);
        }
        if (others.isEmpty()) return r;
        // several candidates are one opponent only when they fight on one side (the army and its militias)
        boolean oneSide = others.stream().allMatch(a -> side.isGovernmentSide(a.actor(), null))
                || others.stream().allMatch(a -> a.actor().equals(others.get(0).actor()));
        if (oneSide) return r.withActor2(others.get(0));
        // or when the text names them together: "after a push by the SDF and the coalition"
        if (!coordinated(s, others)) return r;
        return new Roles(r.actor1(), r.assoc1(), others.get(0), others.subList(1, others.size()));
    }

    /**
     * The places that can be event places: a place named only to locate another one ("X, north of the Y airbase",
     * "A in the B province") is that place's anchor, not an event place of its own. A chain starts at a place that is
     * not presented relative to something; anchors and regions that follow it belong to it.
     */
    private List<PlaceSlot> eventPlaces(Sentence s, List<PlaceSlot> places) {
        List<PlaceSlot> out = new ArrayList<>();
        boolean chainOpen = false, listBefore = false;
        int lastEnd = -1;
        for (PlaceSlot p : places) {
            if (PlacePair.closesPair(p, places, s.text(), s.begin())) continue;
            // "a commander from Raqqa ... near X": a place that only says where a person is from opens no chain
            int head = headToken(s, p.span());
            if (head >= 0 && describesPerson(s, head)) continue;
            String before = s.text().substring(Math.max(0, Math.max(lastEnd, s.begin()) - s.begin()), p.span().start() - s.begin());
            // "Karrada, Baghdad", "Sarmada, Syria": a place right after another, by a comma, is the larger one around it
            String after = s.text().substring(p.span().end() - s.begin());
            boolean inList = after.matches("(?s)\\s*(?:,\\s*(?:the\\s+)?[\\p{Lu}\\d]|,?\\s+(?:and|or)\\s).*") || listBefore;
            boolean apposition = chainOpen && before.matches("\\s*,\\s*") && !inList;
            listBefore = before.matches("\\s*(?:,|,?\\s*(?:and|or))\\s*(?:the\\s+)?");
            boolean relative = RELATIVE_BEFORE.matcher(before).find() || p.region() || apposition;
            // a destination or an origin is not where the event happened: "on the way to X", "fled from X"
            String lead = s.text().substring(Math.max(0, p.span().start() - s.begin() - 16), p.span().start() - s.begin());
            // nor is a past event named to date another: "the biggest offensive since the fall of X"
            String longLead = s.text().substring(Math.max(0, p.span().start() - s.begin() - 40), p.span().start() - s.begin());
            if (lead.matches("(?is).*\\b(?:to|towards?|from|via)\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?$")
                    || longLead.matches("(?is).*\\bsince\\s+(?:the\\s+)?\\w+\\s+of\\s+(?:the\\s+)?(?:(?:city|town|village)\\s+of\\s+)?$")) {
                lastEnd = p.span().end();
                continue;
            }
            boolean continues = chainOpen && before.length() < 80 && !before.contains(".") && !before.matches("(?s).*\\b(?:and then|while|whereas|but)\\b.*");
            if (relative && continues) {
                lastEnd = p.span().end();
                continue;
            }
            out.add(p);
            chainOpen = true;
            lastEnd = p.span().end();
        }
        return out;
    }

    /**
     * Hops from the trigger to the token through nouns, prepositions, triggers and light verbs, never through another
     * predicate — except where a trigger noun is that predicate's object and the place one of its prepositional
     * phrases ("to integrate the artillery offensive on X": the parser hangs "on X" on the verb; it is the offensive's).
     */
    private static int distance(Sentence s, Trigger t, int target, List<Trigger> triggers) {
        Set<Integer> triggerHeads = new HashSet<>();
        for (Trigger x : triggers) for (int i = x.first(); i <= x.last(); i++) triggerHeads.add(i);
        int n = s.tokens().size();
        int[] dist = new int[n];
        boolean[] viaObject = new boolean[n];
        Arrays.fill(dist, -1);
        ArrayDeque<Integer> q = new ArrayDeque<>();
        for (int i = t.first(); i <= t.last(); i++) { dist[i] = 0; q.add(i); }
        while (!q.isEmpty()) {
            int x = q.poll();
            if (x == target) return dist[x];
            Token tx = s.token(x);
            boolean closed = dist[x] > 0 && tx.isVerb() && !triggerHeads.contains(x) && !PASSABLE_VERBS.contains(tx.lemma()) && !relativeClause(s, x);
            if (closed && !viaObject[x]) continue;
            for (Dependency d : s.dependencies()) {
                int y = d.governor() == x ? d.dependent() : d.dependent() == x ? d.governor() : -1;
                if (y < 0 || dist[y] >= 0 || d.is("parataxis") || d.is("advcl") && !d.is("advcl:after") && !d.is("advcl:by")) continue;
                if (closed && !(d.governor() == x && d.is("obl"))) continue;
                dist[y] = dist[x] + 1;
                viaObject[y] = d.dependent() == x && d.is("obj") && triggerHeads.contains(x);
                q.add(y);
            }
        }
        return Integer.MAX_VALUE;
    }

    /** "their retaking of Palmyra": a gerund with a possessive or an "of" object is a noun, not a report. */
    private static boolean nominalGerund(Sentence s, Trigger t) {
        if (!s.token(t.head()).pos().equals("VBG")) return false;
        return s.children(t.head()).stream().anyMatch(d -> d.is("nmod:poss") || d.is("det") || d.is("nmod:of") || d.is("obl:of"));
    }

    private static Trigger framedEvent(Map<Trigger, Boolean> factual) {
        List<Trigger> facts = factual.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey)
                .sorted(java.util.Comparator.comparingInt(Trigger::head)).toList();
        if (facts.size() == 1) return facts.get(0);
        return facts.stream().filter(t -> t.pos() == 'V').findFirst().orElse(null);
    }

    private static boolean opensWithCondition(Sentence s) {
        return !s.tokens().isEmpty() && s.token(0).word().equalsIgnoreCase("if");
    }

    /** A verb heading a relative clause describes the noun it hangs from ("vehicles that had left the HQ near X"). */
    /** A clause that describes a noun: "vehicles that fled", "equipment captured near X" (also where the parser missed it). */
    private static boolean relativeClause(Sentence s, int verb) {
        if (s.head(verb).map(d -> d.is("acl")).orElse(false)) return true;
        return verb > 0 && s.token(verb).pos().equals("VBN") && EQUIPMENT.contains(s.token(verb - 1).lemma());
    }

    /** The token that heads a span: the one whose own head lies outside it. */
    static int headToken(Sentence s, Span span) {
        List<Token> inside = s.tokensIn(span.start(), span.end());
        for (Token t : inside) {
            var h = s.head(t.index());
            if (h.isEmpty() || h.get().governor() < 0) return t.index();
            Token g = s.token(h.get().governor());
            if (g.begin() < span.start() || g.end() > span.end()) return t.index();
        }
        return inside.isEmpty() ? -1 : inside.get(inside.size() - 1).index();
    }

    /** The ACLED sub-event type as far as the sentence tells; territory is settled later, by who took it where. */
    private SubEventType provisionalType(Sentence s, Trigger t, Roles r) {
        return switch (t.category()) {
            case TERRITORY -> objectKind(s, t, PEOPLE) ? SubEventType.ARRESTS
                    : objectKind(s, t, EQUIPMENT) ? SubEventType.LOOTING
                    : agreementAround(s) ? SubEventType.NON_VIOLENT_TRANSFER : SubEventType.GOVERNMENT_REGAINS_TERRITORY;
            case CLASH, LOSS -> SubEventType.ARMED_CLASH;
            case AIR -> SubEventType.AIR_STRIKE;
            case SHELLING -> SubEventType.SHELLING;
            case STRIKE, BOMBARD, DESTROY -> remoteType(s, t, r);
            case IED -> suicideAround(s) ? SubEventType.SUICIDE_BOMB
                    : instruments.in(s, 0, s.tokens().size() - 1) == Instruments.Means.AIR ? SubEventType.AIR_STRIKE : SubEventType.REMOTE_EXPLOSIVE;
            case SUICIDE -> SubEventType.SUICIDE_BOMB;
            case ATTACK -> suicideAround(s) ? SubEventType.SUICIDE_BOMB : explosiveAround(s) ? SubEventType.REMOTE_EXPLOSIVE
                    : instruments.in(s, 0, s.tokens().size() - 1) == Instruments.Means.AIR ? SubEventType.AIR_STRIKE
                    : instruments.in(s, 0, s.tokens().size() - 1) == Instruments.Means.SHELLING ? SubEventType.SHELLING
                    : r.actor2() != null && "Civilians".equals(r.actor2().actor().name()) ? SubEventType.ATTACK : SubEventType.ARMED_CLASH;
            case KILLING -> SubEventType.ATTACK;
            case ABDUCTION -> SubEventType.ABDUCTION;
            case CHEMICAL -> SubEventType.CHEMICAL_WEAPON;
            case AGREEMENT -> SubEventType.AGREEMENT;
            case SURRENDER -> SubEventType.NON_VIOLENT_TRANSFER;
            case ARREST -> objectKind(s, t, PEOPLE) || t.pos() != 'V' ? SubEventType.ARRESTS : null;
            case GROUPCHANGE -> SubEventType.CHANGE_TO_GROUP;
            case BASE -> SubEventType.BASE_ESTABLISHED;
            case LOOTING -> SubEventType.LOOTING;
            case PROTEST -> SubEventType.PEACEFUL_PROTEST;
            case RIOT -> SubEventType.VIOLENT_DEMONSTRATION;
        };
    }

    /**
     * Air strike or shelling, by the means named before the trigger, in its subject or its "with/using" phrase —
     * not by what it hit ("strikes destroyed two mortar systems" are air strikes) — else by the actor.
     */
    private SubEventType remoteType(Sentence s, Trigger t, Roles r) {
        Instruments.Means m = instruments.in(s, Math.max(0, t.first() - 8), t.last());
        for (Dependency d : s.children(t.head())) {
            if (m != null) break;
            if (d.is("nsubj") || d.is("obl:with") || d.is("obl:using") || d.is("obl:agent") || d.is("obl:by") || d.is("nmod:by")) {
                int[] ph = s.phrase(d.dependent());
                m = instruments.in(s, ph[0], ph[1]);
            }
        }
        if (m == null && r.actor1() != null) m = instruments.ofActor(r.actor1().text());
        if (m == null && t.category() == Category.DESTROY) return null;
        // a bare "strike" in war reporting is an air strike; a bare "bombardment" is usually guns
        if (m == null) return t.category() == Category.STRIKE ? SubEventType.AIR_STRIKE : SubEventType.SHELLING;
        return m == Instruments.Means.AIR ? SubEventType.AIR_STRIKE : SubEventType.SHELLING;
    }

    /** Is the trigger's object a kind of thing ("leaders were captured", "captured several tanks")? */
    /**
     * An attack or bombing whose sentence names civilians ("hit worshippers leaving prayers", "against
     * worshippers") hit them, when the grammar gave it no target.
     */
    private static Roles civiliansIfMissing(Roles r, List<ActorMention> acting, Trigger t) {
        Category c = t.category();
        if (r.actor2() != null || !(c == Category.ATTACK || c == Category.IED || c == Category.SUICIDE || c.isRemote())) return r;
        for (ActorMention a : acting) {
            if (a.actor().name().equals("Civilians") && (r.actor1() == null || !a.actor().equals(r.actor1().actor()))) return r.withActor2(a);
        }
        return r;
    }

    /**
     * "the minister hailed the Iraqi government's recapture of X": a statement reacting to a capture reports it as done,
     * though it names it with a noun.
     */
    private static boolean welcomed(Sentence s, Trigger t) {
        int at = t.head();
        for (int hops = 0; hops < 3; hops++) {
            var h = s.head(at);
            if (h.isEmpty() || h.get().governor() < 0) return false;
            // "hailed the Government of Iraq's recapture of X" may hang the noun under the government
            if (h.get().is("obj")) return REACTIONS.contains(s.token(h.get().governor()).lemma());
            if (!h.get().relation().startsWith("nmod")) return false;
            at = h.get().governor();
        }
        return false;
    }

    /** Mentions in one run joined only by commas and "and": "the SDF and the coalition". */
    private static boolean coordinated(Sentence s, List<ActorMention> mentions) {
        for (int i = 1; i < mentions.size(); i++) {
            int from = mentions.get(i - 1).span().end() - s.begin(), to = mentions.get(i).span().start() - s.begin();
            if (from > to || !s.text().substring(from, to).matches("\\s*(?:,|,?\\s*and)\\s*(?:the\\s+)?")) return false;
        }
        return true;
    }

    private static boolean isObjectOf(Sentence s, Trigger t, ActorMention a) {
        for (Dependency d : s.children(t.head())) {
            Token o = s.token(d.dependent());
            if (d.is("obj") && a.span().overlaps(new Span(o.begin(), o.end()))) return true;
        }
        return false;
    }

    private static boolean objectKind(Sentence s, Trigger t, Set<String> kinds) {
        var head = s.head(t.head());
        // "equipment captured near X": the participle's noun is what was captured
        if (head.isPresent() && head.get().governor() >= 0 && head.get().is("acl") && kinds.contains(s.token(head.get().governor()).lemma()))
            return true;
        for (Dependency d : s.children(t.head())) {
            if (d.is("obj") || d.is("nsubj:pass")) {
                if (kinds.contains(s.token(d.dependent()).lemma())) return true;
            }
        }
        return false;
    }

    private static boolean agreementAround(Sentence s) {
        for (Token t : s.tokens()) {
            String l = t.lemma();
            if (l.equals("agreement") || l.equals("deal") || l.equals("reconciliation") || l.equals("handover") || l.equals("negotiation"))
                return true;
        }
        return false;
    }

    private static boolean explosiveAround(Sentence s) {
        for (Token t : s.tokens()) {
            String l = t.lemma();
            if (l.equals("bomb") || l.equals("ied") || l.equals("explosive") || l.equals("vbied") || l.equals("explosion") || l.equals("blast"))
                return true;
        }
        return false;
    }

    private static boolean suicideAround(Sentence s) {
        for (Token t : s.tokens()) if (t.lemma().startsWith("suicide")) return true;
        return false;
    }
}
