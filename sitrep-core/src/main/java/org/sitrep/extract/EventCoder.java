package org.sitrep.extract;

import org.sitrep.geo.AdminAreas;
import org.sitrep.geo.GeoContext;
import org.sitrep.geo.Geocoder;
import org.sitrep.geo.PlaceQuery;
import org.sitrep.geo.RelativePlaceParser;
import org.sitrep.model.Actor;
import org.sitrep.model.ActorMention;
import org.sitrep.model.Certainty;
import org.sitrep.model.DateMention;
import org.sitrep.model.DateRange;
import org.sitrep.model.Document;
import org.sitrep.model.Event;
import org.sitrep.model.Evidence;
import org.sitrep.model.Place;
import org.sitrep.model.PlaceMention;
import org.sitrep.model.Span;
import org.sitrep.model.SubEventType;
import org.sitrep.nlp.AnalysedDocument;
import org.sitrep.nlp.ParseGate;
import org.sitrep.nlp.Sentence;
import org.sitrep.quantity.Casualty;
import org.sitrep.quantity.CasualtyFinder;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Codes the events of a document (DESIGN.md: the "code" and "resolve" stages): each parsed sentence's candidates
 * from {@link SentenceCoder}, then what only the whole document can settle — actors carried from the sentence before
 * ("one strike destroyed..." after "coalition forces conducted 23 strikes"), places referred back to ("in this area",
 * "the districts ... inside the town"), tolls given in a sentence of their own ("Over 20 were killed in the
 * clashes"), dates from the narrative — and finally places, dates, territory rule, notes and ids.
 */
import java.util.regex.Pattern;
import java.util.Set;
import java.util.HashSet;
import org.sitrep.model.EventType;
import org.sitrep.nlp.Token;
import java.util.Locale;
import org.sitrep.geo.AdminArea;
import java.util.LinkedHashMap;
import java.util.HashMap;

public final class EventCoder {
    /** How many sentences back a toll, an actor or "this area" may refer. */
    private static final int REACH = 4;
    /** A strike said to support operations the report just described. */
    private static final Pattern SUPPORTING = Pattern.compile(
            "(?i)\\bin\\s+support\\s+of\\s+(?:these|those|the|this|that|their)\\s+(?:operations?|offensive|advances?|forces|efforts?)\\b");
    private static final Pattern CLAIMED_BY = Pattern.compile("(?i)\\bclaimed\\s+by\\s+(?:the\\s+)?$");
    private static final Pattern CLAIMS_IT = Pattern.compile(
            "(?i)\\s+(?:has\\s+|have\\s+|had\\s+)?claimed\\s+(?:responsibility|the\\s+(?:attacks?|bombings?))");

    private final SentenceCoder sentences;
    private final TriggerGate gate;
    private final PlaceSlotFinder slots;
    private final CasualtyFinder casualties;
    private final GovernmentSide governmentSide;
    private final RelativePlaceParser relative = new RelativePlaceParser();
    private final Notes notes = new Notes();
    private final AttackMethods methods = new AttackMethods();
    private final Actor civilians;
    private final Set<String> civilianNouns = new HashSet<>();

    /**
     * @param civilians the theatre's actor for civilian victims (ACLED's "Civilians"), given to bombings and strikes
     *                  whose dead the text calls people, residents, worshippers...
     */
    public EventCoder(Path packDir, Actor civilians) {
        this.civilians = civilians;
        for (String[] row : LexiconFile.rows("civilian-victims.tsv", 1)) civilianNouns.add(row[0]);
        this.governmentSide = new GovernmentSide(packDir.resolve("government-side.tsv"));
        TriggerLexicon lexicon = new TriggerLexicon();
        this.sentences = new SentenceCoder(lexicon, new Cues(), new Instruments(), governmentSide);
        this.gate = new TriggerGate(lexicon);
        this.slots = new PlaceSlotFinder(new PlaceNouns());
        this.casualties = new CasualtyFinder();
    }

    /** Which sentences could hold an event, so are worth tagging and parsing. */
    public ParseGate parseGate() { return gate; }

    public List<Event> code(AnalysedDocument doc, DocumentMentions m, Geocoder geocoder, AdminAreas admin, Publisher publisher) {
        Document d = doc.document();
        GeoContext geo = geocoder.contextOf(d.text());
        List<CandidateEvent> found = new ArrayList<>();
        List<List<PlaceSlot>> placesBySentence = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            if (Thread.currentThread().isInterrupted()) throw new java.util.concurrent.CancellationException("interrupted between sentences"); // a document over its time limit stops here
            List<PlaceSlot> places = placesIn(s, m);
            placesBySentence.add(places);
            List<ActorMention> acting = within(m.acting(), s), all = within(m.all(), s);
            List<CandidateEvent> here = new ArrayList<>(sentences.code(s, places, acting, all));
            here = withFatalities(s, here, found);
            found.addAll(here);
        }
        found = withContext(found, placesBySentence, d.text());
        found = withAttackMethods(found, doc.sentences());
        found = withClaimedPerpetrator(found, m.all(), d.text());
        List<Event> events = new ArrayList<>();
        Narrative narrative = new Narrative(d.text());
        for (CandidateEvent c : found) {
            if (c.place() == null) continue;
            resolve(c, d, m, geocoder, admin, geo, placesBySentence, narrative, publisher).ifPresent(events::add);
        }
        return SameFact.merge(events);
    }

    /** Place slots of a sentence: by grammar, plus the gazetteer's names; never an actor's name or a date. */
    private List<PlaceSlot> placesIn(Sentence s, DocumentMentions m) {
        List<PlaceSlot> out = new ArrayList<>(slots.find(s.text(), s.begin()));
        for (PlaceMention p : m.places()) {
            if (p.span().start() < s.begin() || p.span().end() > s.end()) continue;
            if (out.stream().noneMatch(x -> x.span().overlaps(p.span()))) {
                boolean region = s.text().substring(p.span().end() - s.begin()).matches("(?is)\\s*(?:province|governorate|countryside|region)\\b.*");
                out.add(new PlaceSlot(p.span(), p.text(), region, false));
            }
        }
        // in a headline written in title case every word is capitalised: only names the gazetteer knows are places
        if (titleCase(s)) out.removeIf(p -> m.places().stream().noneMatch(k -> k.span().overlaps(p.span())));
        out.removeIf(p -> m.all().stream().anyMatch(a -> a.span().overlaps(p.span()))
                || m.dates().stream().anyMatch(dt -> dt.span().overlaps(p.span())));
        out.sort((a, b) -> a.span().compareTo(b.span()));
        if (System.getenv("SITREP_EXPLAIN") != null && !out.isEmpty()) System.err.println("[explain] places of sentence " + s.index() + ": " + out.stream().map(PlaceSlot::text).toList());
        return out;
    }

    private static boolean titleCase(Sentence s) {
        int words = 0, capitalised = 0;
        for (var t : s.tokens()) {
            if (!Character.isLetter(t.word().codePointAt(0)) || t.word().length() < 4) continue;
            words++;
            if (t.isCapitalised()) capitalised++;
        }
        return words >= 3 && capitalised * 10 >= words * 7;
    }

    private static List<ActorMention> within(List<ActorMention> xs, Sentence s) {
        List<ActorMention> out = new ArrayList<>();
        for (ActorMention a : xs) if (a.span().start() >= s.begin() && a.span().end() <= s.end()) out.add(a);
        return out;
    }

    /**
     * Deaths the sentence reports go to its nearest event; a sentence of its own ("Over 20 were reportedly killed in
     * the clashes") gives its toll to the latest battle before it (ACLED: a toll for a battle and the strikes that
     * supported it goes on the battle). Killings of people who are not civilians are not events of their own.
     */
    private List<CandidateEvent> withFatalities(Sentence s, List<CandidateEvent> here, List<CandidateEvent> before) {
        List<Casualty> dead = new ArrayList<>();
        for (Casualty c : casualties.find(s.text())) {
            if (c.kind() == Casualty.Kind.KILLED || c.kind() == Casualty.Kind.NO_CASUALTIES) dead.add(c);
        }
        List<CandidateEvent> out = new ArrayList<>();
        boolean explosion = here.stream().anyMatch(c -> c.provisional().type() == EventType.EXPLOSIONS);
        List<PlaceSlot> leftByKillings = new ArrayList<>();
        for (CandidateEvent c : here) {
            // killings of combatants are a battle's toll; killings in a bombing or strike are that event's toll
            if (c.category() == Category.KILLING && (!civilianVictims(c) || explosion)) {
                if (c.place() != null) leftByKillings.add(c.place());
                continue;
            }
            out.add(c);
        }
        // "a truck bomb killed 30 people in the market town of X": the place the parser gave the killing
        // is the bombing's, when the bombing has none of its own
        if (explosion && !leftByKillings.isEmpty()) {
            for (int i = 0; i < out.size(); i++) {
                CandidateEvent c = out.get(i);
                if (c.place() == null && c.provisional().type() == EventType.EXPLOSIONS)
                    out.set(i, c.withPlace(leftByKillings.get(0), false));
            }
        }
        for (Casualty c : dead) {
            Integer n = c.kind() == Casualty.Kind.NO_CASUALTIES ? Integer.valueOf(0) : c.count();
            if (n == null) continue;
            Span span = c.span().shift(s.begin());
            int best = -1;
            for (int i = 0; i < out.size(); i++) {
                if (out.get(i).place() == null && out.get(i).placeVague() == false) continue;
                if (best < 0 || Math.abs(out.get(i).trigger().head() - s.tokenAt(span.start()))
                        < Math.abs(out.get(best).trigger().head() - s.tokenAt(span.start()))) best = i;
            }
            if (best >= 0) {
                out.set(best, withToll(out.get(best), n, span, s, c));
                continue;
            }
            CandidateEvent target = latestBattle(before, s.index());
            if (target != null) before.set(before.indexOf(target), withToll(target, n, span, s, c));
        }
        return out;
    }

    /** The event with its death toll; a bombing or strike whose dead are civilians has them as its second actor. */
    private CandidateEvent withToll(CandidateEvent event, int n, Span span, Sentence s, Casualty c) {
        CandidateEvent out = event.withFatalities(n, span);
        if (out.roles().actor2() == null && civilians != null && hitFromAfar(out) && civilianToll(s, c))
            out = out.withRoles(out.roles().withActor2(new ActorMention(c.victimsSpan().shift(s.begin()), c.victims(), civilians)));
        return out;
    }

    /** Bombings, strikes and shelling: violence that hits whoever is there, so the dead say who was hit. */
    private static boolean hitFromAfar(CandidateEvent c) {
        return c.provisional().type() == EventType.EXPLOSIONS;
    }

    /** "30 people", "11 women and children": a toll whose every noun names civilians (civilian-victims.tsv). */
    private boolean civilianToll(Sentence s, Casualty c) {
        if (c.victimsSpan() == null) return false;
        Span v = c.victimsSpan().shift(s.begin());
        List<Token> nouns = s.tokensIn(v.start(), v.end()).stream().filter(Token::isNoun).toList();
        return !nouns.isEmpty() && nouns.stream().allMatch(t -> civilianNouns.contains(t.lemma()));
    }

    private static boolean civilianVictims(CandidateEvent c) {
        ActorMention a2 = c.roles().actor2();
        return a2 != null && "Civilians".equals(a2.actor().name());
    }

    private static CandidateEvent latestBattle(List<CandidateEvent> before, int sentence) {
        CandidateEvent clash = null, battle = null, any = null;
        for (int i = before.size() - 1; i >= 0; i--) {
            CandidateEvent c = before.get(i);
            if (sentence - c.sentence().index() > REACH) break;
            if (c.place() == null || c.fatalities() != null) continue;
            if (clash == null && c.provisional() == SubEventType.ARMED_CLASH) clash = c;
            if (battle == null && c.provisional().type() == EventType.BATTLES) battle = c;
            if (any == null) any = c;
        }
        return clash != null ? clash : battle != null ? battle : any;
    }

    /** Actors and places that the sentence leaves to the ones before it. */
    private List<CandidateEvent> withContext(List<CandidateEvent> found, List<List<PlaceSlot>> placesBySentence, String text) {
        List<CandidateEvent> out = new ArrayList<>();
        ActorMention lastActor = null, lastOpponent = null;
        int lastActorSentence = -100;
        CandidateEvent previous = null;
        for (CandidateEvent c : found) {
            int si = c.sentence().index();
            if (c.category() == Category.ATTACK && previous != null && si - previous.sentence().index() <= REACH && isAnaphoric(c)) {
                // "The attack took place in X": the attack the report just described
                c = c.withProvisional(previous.provisional());
                if (c.roles().actor1() == null && previous.roles().actor1() != null) c = c.withRoles(previous.roles());
            }
            boolean recent = lastActor != null && si - lastActorSentence <= REACH;
            if (c.roles().actor1() == null && recent && carriesActor(c.category())) {
                c = c.withRoles(c.roles().withActor1(lastActor));
            }
            // the narrative's opponent carries with its actor: "... storming ISIS positions. The SDF imposed control on ..."
            if (c.roles().actor2() == null && recent && lastOpponent != null && c.roles().actor1() != null
                    && c.roles().actor1().actor().equals(lastActor.actor()) && carriesActor(c.category())
                    && !lastOpponent.actor().equals(c.roles().actor1().actor())) {
                c = c.withRoles(c.roles().withActor2(lastOpponent));
            }
            if (c.roles().actor1() != null && !c.roles().actor1().actor().name().equals("Civilians")) {
                if (lastActor == null || !c.roles().actor1().actor().equals(lastActor.actor())) lastOpponent = null;
                lastActor = c.roles().actor1();
                lastActorSentence = si;
                if (c.roles().actor2() != null) lastOpponent = c.roles().actor2();
            }
            final int sentenceIndex = si;
            boolean sentenceHasPlace = found.stream().anyMatch(o -> o.sentence().index() == sentenceIndex && o.place() != null);
            if (c.place() == null && !c.placeVague() && !sentenceHasPlace && previous != null && previous.place() != null
                    && si - previous.sentence().index() == 1 && previous.provisional() == c.provisional() && c.category().isRemote()) {
                // "A strike on Jan. 1 hit vehicles near X. A Jan. 3 strike hit the headquarters itself.": the same target area
                c = c.withPlace(previous.place(), true);
            }
            if (c.place() == null && c.placeVague()) {
                PlaceSlot back = areaBefore(placesBySentence, si);
                if (back != null) c = c.withPlace(back, true);
            }
            if (c.place() == null && !sentenceHasPlace && c.category().isRemote() && SUPPORTING.matcher(c.sentence().text()).find()) {
                // "to back these operations, coalition jets struck six times": where those operations were
                PlaceSlot back = areaBefore(placesBySentence, si);
                if (back != null) c = c.withPlace(back, true);
            }
            if (c.place() != null && c.place().partOfTown()) {
                PlaceSlot town = townBefore(placesBySentence, si, text);
                if (town != null) c = c.withPlace(town, false);
            }
            out.add(c);
            previous = c;
        }
        return out;
    }

    /**
     * "an attack claimed by Daesh", "ISIL claimed responsibility": the group that claims a bombing or attack is its
     * perpetrator (ACLED codes the claimant as actor1), for every such event of the report that names no group
     * ("a car bomb exploded" stands for an unidentified group until someone claims it).
     */
    private static List<CandidateEvent> withClaimedPerpetrator(List<CandidateEvent> found, List<ActorMention> all, String text) {
        ActorMention claimant = null;
        for (ActorMention a : all) {
            String before = text.substring(Math.max(0, a.span().start() - 16), a.span().start());
            String after = text.substring(a.span().end(), Math.min(text.length(), a.span().end() + 40));
            if (CLAIMED_BY.matcher(before).find() || CLAIMS_IT.matcher(after).lookingAt()) { claimant = a; break; }
        }
        if (claimant == null) return found;
        List<CandidateEvent> out = new ArrayList<>(found.size());
        for (CandidateEvent c : found) {
            boolean attack = c.category() == Category.ATTACK || c.category() == Category.IED || c.category() == Category.SUICIDE;
            boolean unnamed = c.roles().actor1() == null || RoleReader.UNNAMED.contains(c.roles().actor1().actor().name());
            if (attack && unnamed && !RoleReader.UNNAMED.contains(claimant.actor().name()))
                c = c.withRoles(c.roles().withActor1(claimant));
            out.add(c);
        }
        return out;
    }

    /**
     * An attack the sentence does not describe takes the method the report names nearest to it; a "terrorist attack"
     * with none named is a bombing, the usual means of such attacks on civilian places.
     */
    private List<CandidateEvent> withAttackMethods(List<CandidateEvent> found, List<Sentence> sentences) {
        List<CandidateEvent> out = new ArrayList<>();
        boolean terrorReport = sentences.stream().anyMatch(s -> s.text().toLowerCase(Locale.ROOT)
                .matches("(?s).*\\b(?:terror\\w*|claimed responsibility)\\b.*"));
        for (CandidateEvent c : found) {
            // "the attack", "terrorist attacks": the noun leaves the means to the rest of the report; "forces attacked
            // the city" is a battle
            if (c.category() == Category.ATTACK && c.provisional() == SubEventType.ARMED_CLASH && c.trigger().pos() == 'N') {
                SubEventType m = methods.nearest(sentences, c.sentence().index());
                if (m == null && terrorReport) m = SubEventType.REMOTE_EXPLOSIVE;
                if (m != null) c = c.withProvisional(m);
            }
            out.add(c);
        }
        return out;
    }

    /** Where the current paragraph has placed things so far: the anchor later unknown places of it are near. */
    private static final class Narrative {
        private final String text;
        private PlaceQuery last;
        private int paragraph = -1;

        Narrative(String text) { this.text = text; }

        Optional<PlaceQuery> around(Sentence s) {
            return paragraphOf(s) == paragraph ? Optional.ofNullable(last) : Optional.empty();
        }

        void placed(Sentence s, PlaceQuery q) {
            paragraph = paragraphOf(s);
            last = q;
        }

        private int paragraphOf(Sentence s) { return text.lastIndexOf("\n\n", s.begin()); }
    }

    private static boolean isAnaphoric(CandidateEvent c) {
        Sentence s = c.sentence();
        for (var d : s.children(c.trigger().head())) {
            String w = s.token(d.dependent()).lemma();
            if (d.is("det") && (w.equals("the") || w.equals("this") || w.equals("that") || w.equals("these"))) return true;
        }
        return false;
    }

    private static boolean carriesActor(Category c) {
        return c.isRemote() || c == Category.TERRITORY || c == Category.CLASH || c == Category.LOSS || c == Category.ARREST || c == Category.ATTACK;
    }

    /** "in this area": the region or anchor the previous sentences placed things in, else their last place. */
    private static PlaceSlot areaBefore(List<List<PlaceSlot>> bySentence, int sentence) {
        for (int i = sentence - 1; i >= 0 && sentence - i <= 2; i--) {
            List<PlaceSlot> ps = bySentence.get(i);
            for (int k = ps.size() - 1; k >= 0; k--) if (ps.get(k).region()) return ps.get(k);
            if (!ps.isEmpty()) return ps.get(ps.size() - 1);
        }
        return null;
    }

    /** "the districts of ... inside the town": the town the previous sentences named. */
    private static PlaceSlot townBefore(List<List<PlaceSlot>> bySentence, int sentence, String text) {
        for (int i = sentence; i >= 0 && sentence - i <= REACH; i--) {
            List<PlaceSlot> ps = bySentence.get(i);
            for (int k = ps.size() - 1; k >= 0; k--) {
                PlaceSlot p = ps.get(k);
                if (p.partOfTown()) continue;
                String before = text.substring(Math.max(0, p.span().start() - 20), p.span().start()).toLowerCase(Locale.ROOT);
                if (before.matches("(?s).*\\b(?:town|city)\\s+of\\s+(?:the\\s+)?$")) return p;
            }
        }
        return null;
    }

    private Optional<Event> resolve(CandidateEvent c, Document d, DocumentMentions m, Geocoder geocoder, AdminAreas admin,
                                    GeoContext geo, List<List<PlaceSlot>> placesBySentence, Narrative narrative, Publisher publisher) {
        List<PlaceSlot> sentencePlaces = placesBySentence.get(c.sentence().index());
        PlaceSlot slot = c.place();
        Optional<PlaceQuery> rel = relative.parse(d.text(), slot.span());
        if (rel.isEmpty()) rel = chainAnchor(slot, sentencePlaces, d.text());
        if (rel.isEmpty()) rel = anchorBefore(slot, sentencePlaces, d.text());
        Optional<PlaceQuery> neighbour = besideNeighbour(slot, rel, sentencePlaces, d.text(), geocoder, geo);
        if (neighbour.isPresent()) rel = neighbour;
        Optional<PlaceSlot> pairedWith = PlacePair.closing(slot, sentencePlaces, d.text(), 0);
        Optional<Place> stretch = pairedWith.flatMap(p -> geocoder.between(slot.text(), p.text(), geo));
        Place place = stretch.isPresent() ? stretch.get() : geocoder.resolve(slot.text(), rel, geo);
        Optional<PlaceQuery> around = narrative.around(c.sentence());
        if (around.isPresent() && (!place.hasCoordinates() || place.geoPrecision() == 3 && !slot.region())) {
            // a place the gazetteer does not know, in a paragraph that already said where it is ("in the same area",
            // "nearby"): placed by that anchor (geo_precision 2), never by a guess at the name
            PlaceQuery a = around.get();
            Place near = geocoder.resolve(slot.text(), Optional.of(new PlaceQuery(slot.text(), a.relation(), a.distanceKm(), a.anchor(), a.heading())), geo);
            if (near.hasCoordinates()) place = near;
        }
        if (!place.hasCoordinates() && !slot.region()) {
            Optional<PlaceQuery> ctx = contextAnchor(slot, c.sentence(), placesBySentence, d.text(), geocoder, geo);
            if (ctx.isPresent()) {
                Place near = geocoder.resolve(slot.text(), ctx, geo);
                if (near.hasCoordinates()) place = near;
            }
        }
        if (!place.hasCoordinates() && !slot.region()) place = governorateBefore(slot, placesBySentence, c.sentence(), admin, geocoder, geo).orElse(place);
        if (rel.isPresent() && place.hasCoordinates() && !slot.region()) narrative.placed(c.sentence(), rel.get());
        if (place.gazetteerId() != null && place.gazetteerId().contains("PCL")) return Optional.empty();
        if (isCountryName(place, slot)) return Optional.empty();
        boolean regionWide = slot.region() || namesProvince(slot, d.text(), admin);
        if (regionWide) {
            // the text names a governorate as a region: the event is somewhere in it (geo_precision 3)
            var area = admin.governorate(slot.text());
            if (area.isPresent()) {
                var a = area.get();
                double[] at = capitalOf(a, geocoder, geo);
                place = new Place(a.name(), slot.text(), at[0], at[1], a.admin1(), null, "Syria", 3, "ocha:" + a.pcode());
            }
        }
        if ((c.placeVague() || slot.region()) && place.geoPrecision() < (slot.region() ? 3 : 2)) {
            place = new Place(place.name(), place.mention(), place.latitude(), place.longitude(), place.admin1(), place.admin2(),
                    place.country(), slot.region() ? 3 : 2, place.gazetteerId());
        }
        if (System.getenv("SITREP_EXPLAIN") != null) System.err.println("[explain] " + slot.text() + " resolved to " + place + " via " + rel);
        SubEventType type = c.provisional();
        Actor a1 = c.roles().actor1() == null ? null : c.roles().actor1().actor();
        if (type == SubEventType.GOVERNMENT_REGAINS_TERRITORY && !governmentSide.isGovernmentSide(a1, place.country()))
            type = SubEventType.NON_STATE_OVERTAKES_TERRITORY;

        DateMention dm = dateOf(c, m, d);
        DateRange date = dm != null ? dm.range()
                : d.published() != null ? DateRange.undatedBefore(d.published()) : null;
        if (date == null) return Optional.empty();

        Map<String, Span> fields = new TreeMap<>();
        fields.put("event_type", new Span(c.sentence().token(c.trigger().first()).begin(), c.sentence().token(c.trigger().last()).end()));
        fields.put("location", stretch.isPresent() ? new Span(slot.span().start(), pairedWith.get().span().end()) : slot.span());
        // the evidence says when the text named a whole region ("in Idlib", "the Aleppo countryside"), not a place in it
        if (regionWide) fields.put("location_region", slot.span());
        if (c.roles().actor1() != null) fields.put("actor1", c.roles().actor1().span());
        if (c.roles().actor2() != null) fields.put("actor2", c.roles().actor2().span());
        if (dm != null) fields.put("event_date", dm.span());
        if (c.fatalitySpan() != null) fields.put("fatalities", c.fatalitySpan());
        if (c.attribution().span() != null) fields.put("claim_source", c.attribution().span());
        Sentence s = c.sentence();
        Evidence evidence = new Evidence(s.text(), s.begin(), s.end(), fields);

        Actor a2 = c.roles().actor2() == null ? null : c.roles().actor2().actor();
        if (a2 != null && a1 != null && a2.equals(a1)) a2 = null;
        Certainty certainty = c.attribution().certainty();
        String claimSource = c.attribution().claimSource();
        // a party's own press release about its own forces' actions is that party's claim (EVENTS.md)
        if (certainty == Certainty.REPORTED && publisher != null && (publisher.speaksFor(a1) || publisher.speaksFor(a2))) {
            certainty = Certainty.CLAIMED;
            claimSource = publisher.name();
        }
        String note = notes.write(type, a1 == null ? null : a1.name(), a2 == null ? null : a2.name(), place,
                date.eventDate(), date.precision(), c.fatalities(), certainty.label(), claimSource);
        String id = id(d.id(), type, place, date, s.index(), slot.span());
        List<String> assoc1 = c.roles().assoc1().stream().map(x -> x.actor().name()).filter(n -> a1 == null || !n.equals(a1.name())).distinct().toList();
        List<String> assoc2 = c.roles().assoc2().stream().map(x -> x.actor().name()).distinct().toList();
        return Optional.of(new Event(id, d.id(), date, type, a1, a2, assoc1, assoc2, place, c.fatalities(), certainty,
                claimSource, note, evidence, d.source(), d.url()));
    }

    /** "the western Aleppo countryside": the compass word just before a region's name. */
    private static PlaceQuery.Relation headingBefore(PlaceSlot p, String text) {
        String before = text.substring(Math.max(0, p.span().start() - 16), p.span().start()).toLowerCase(Locale.ROOT);
        for (PlaceQuery.Relation r : PlaceQuery.Relation.values()) {
            if (!r.isDirection()) continue;
            String adj = r.name().toLowerCase(Locale.ROOT) + "ern";
            if (before.matches("(?s).*\\b" + adj + "\\s+$")) return r;
        }
        return null;
    }

    /**
     * Where an event known only by its governorate is put: the governorate's capital, as ACLED codes geo_precision 3
     * (the provincial capital), when the gazetteer has the town of that name inside the governorate; else its centroid.
     */
    private static double[] capitalOf(AdminArea a, Geocoder geocoder, GeoContext geo) {
        Place capital = geocoder.resolve(a.name(), Optional.empty(), geo);
        if (capital.hasCoordinates() && capital.geoPrecision() == 1 && a.admin1().equals(capital.admin1())
                && (capital.gazetteerId() == null || !capital.gazetteerId().startsWith("ocha:SY" + a.pcode().substring(2)) || capital.gazetteerId().length() > 9))
            return new double[] {capital.latitude(), capital.longitude()};
        return new double[] {a.latitude(), a.longitude()};
    }

    /**
     * The last resort for a place nothing locates: the governorate the report names most before it, at geo_precision 3
     * (issue 3: "at its governorate if the text names one, else no coordinates").
     */
    private static Optional<Place> governorateBefore(PlaceSlot slot, List<List<PlaceSlot>> bySentence, Sentence s, AdminAreas admin,
                                                     Geocoder geocoder, GeoContext geo) {
        Map<String, Integer> named = new LinkedHashMap<>();
        Map<String, AdminArea> areas = new HashMap<>();
        for (int i = 0; i <= s.index(); i++) {
            for (PlaceSlot p : bySentence.get(i)) {
                if (p.span().start() >= slot.span().start()) continue;
                admin.governorate(p.text()).ifPresent(a -> {
                    named.merge(a.pcode(), 1, Integer::sum);
                    areas.put(a.pcode(), a);
                });
            }
        }
        // the governorate the report is about: the one it names most, the latest on a tie
        String best = null;
        for (var e : named.entrySet()) if (best == null || e.getValue() >= named.get(best)) best = e.getKey();
        if (best == null) return Optional.empty();
        var a = areas.get(best);
        double[] at = capitalOf(a, geocoder, geo);
        return Optional.of(new Place(slot.text(), slot.text(), at[0], at[1], a.admin1(), null, "Syria", 3, "ocha:" + a.pcode()));
    }

    /** "advanced on the western Aleppo countryside and captured A and B": a region named earlier in the sentence. */
    private Optional<PlaceQuery> anchorBefore(PlaceSlot slot, List<PlaceSlot> sentencePlaces, String text) {
        for (int i = sentencePlaces.size() - 1; i >= 0; i--) {
            PlaceSlot p = sentencePlaces.get(i);
            if (p.span().end() > slot.span().start()) continue;
            Optional<PlaceQuery> q = relative.parse(text, p.span());
            if (q.isPresent() && (p.region() || q.get().relation() == PlaceQuery.Relation.COUNTRYSIDE || q.get().relation() == PlaceQuery.Relation.PROVINCE)) {
                PlaceQuery.Relation heading = q.get().heading() != null ? q.get().heading() : headingBefore(p, text);
                return Optional.of(new PlaceQuery(slot.text(), q.get().relation(), q.get().distanceKm(), q.get().anchor(), heading));
            }
            if (p.region()) return Optional.of(new PlaceQuery(slot.text(), PlaceQuery.Relation.COUNTRYSIDE, null, p.text(), headingBefore(p, text)));
        }
        return Optional.empty();
    }

    /**
     * The anchor a list of places shares: in "A, B and C in the eastern countryside of X" or "the towns of A and B
     * in the western X countryside" every place lies where the phrase after the last one says.
     */
    private Optional<PlaceQuery> chainAnchor(PlaceSlot slot, List<PlaceSlot> sentencePlaces, String text) {
        for (PlaceSlot p : sentencePlaces) {
            if (p.span().start() <= slot.span().end()) continue;
            String between = text.substring(slot.span().end(), p.span().start());
            if (between.length() > 160 || between.contains(".") || between.contains(";")) break;
            Optional<PlaceQuery> q = relative.parse(text, p.span());
            if (q.isPresent()) {
                PlaceQuery a = q.get();
                String anchor = a.anchor() == null ? p.text() : a.anchor();
                return Optional.of(new PlaceQuery(slot.text(), a.relation(), a.distanceKm(), anchor, a.heading()));
            }
            if (p.region()) return Optional.of(new PlaceQuery(slot.text(), PlaceQuery.Relation.PROVINCE, null, p.text(), null));
            // "X in the outskirt of the city of Y", "X, near Y": the words between say Y is X's anchor
            if (between.matches("(?is).*\\b(?:outskirts?|vicinity|near|outside|close to|edge)\\b.*"))
                return Optional.of(new PlaceQuery(slot.text(), PlaceQuery.Relation.NEAR, null, p.text(), null));
        }
        return Optional.empty();
    }

    /**
     * "the villages of A and Saraqib in Idlib province", "in A and the B hills": places named together lie
     * together, so a place the gazetteer lacks goes beside its neighbour in the list that the gazetteer knows, a finer
     * point than an anchor that gives no distance (a province, a countryside).
     */
    private Optional<PlaceQuery> besideNeighbour(PlaceSlot slot, Optional<PlaceQuery> rel, List<PlaceSlot> sentencePlaces, String text,
                                                 Geocoder geocoder, GeoContext geo) {
        if (rel.isPresent() && (rel.get().distanceKm() != null || rel.get().relation().isDirection())) return Optional.empty();
        if (known(slot, text, geocoder, geo)) return Optional.empty();
        PlaceSlot before = null, after = null;
        for (PlaceSlot p : sentencePlaces) {
            if (p.span().end() <= slot.span().start() && listed(text.substring(p.span().end(), slot.span().start()))) before = p;
            if (p.span().start() >= slot.span().end() && listed(text.substring(slot.span().end(), p.span().start()))) after = p;
        }
        for (PlaceSlot p : new PlaceSlot[] {after, before}) {
            if (p != null && !p.region() && known(p, text, geocoder, geo))
                return Optional.of(new PlaceQuery(slot.text(), PlaceQuery.Relation.NEAR, null, p.text(), null));
        }
        return Optional.empty();
    }

    /** Only a list's joint between two places: "A, B", "A and B", "A or the B". */
    private static boolean listed(String between) {
        return between.matches("\\s*(?:,|,?\\s*and|,?\\s*or)\\s*(?:the\\s+)?");
    }

    /** The gazetteer has the place itself (not only its governorate). */
    private boolean known(PlaceSlot p, String text, Geocoder geocoder, GeoContext geo) {
        Place known = geocoder.resolve(p.text(), relative.parse(text, p.span()), geo);
        return known.hasCoordinates() && known.geoPrecision() < 3;
    }

    /**
     * The nearest place the report named before this one, in its sentence or the paragraph's previous sentences, that
     * the gazetteer knows: the area a place it does not know is in ("The village of X has been captured" after "west
     * of the Y airbase").
     */
    private Optional<PlaceQuery> contextAnchor(PlaceSlot slot, Sentence s, List<List<PlaceSlot>> bySentence, String text,
                                               Geocoder geocoder, GeoContext geo) {
        int paragraph = text.lastIndexOf("\n\n", s.begin());
        for (int i = s.index(); i >= 0 && s.index() - i <= 3; i--) {
            List<PlaceSlot> ps = bySentence.get(i);
            for (int k = ps.size() - 1; k >= 0; k--) {
                PlaceSlot p = ps.get(k);
                if (p.span().start() >= slot.span().start() || p.span().start() < paragraph) continue;
                if (known(p, text, geocoder, geo))
                    return Optional.of(new PlaceQuery(slot.text(), PlaceQuery.Relation.NEAR, null, p.text(), null));
            }
        }
        return Optional.empty();
    }

    /**
     * "in Idlib", "in Aleppo": a governorate's name that the text does not present as the city is read as the
     * province (geo_precision 3), the way war reporting mostly uses it.
     */
    private static boolean namesProvince(PlaceSlot slot, String text, AdminAreas admin) {
        if (admin.governorate(slot.text()).isEmpty()) return false;
        String before = text.substring(Math.max(0, slot.span().start() - 12), slot.span().start()).toLowerCase(Locale.ROOT);
        String after = text.substring(slot.span().end(), Math.min(text.length(), slot.span().end() + 6)).toLowerCase(Locale.ROOT);
        // "near X", "the city of X", "captured X" mean the city; "in X" mostly the province
        return before.matches("(?s).*\\bin\\s+(?:the\\s+)?$") && !after.trim().startsWith("city");
    }

    private static boolean isCountryName(Place p, PlaceSlot slot) {
        return p.country() != null && p.geoPrecision() == 3 && p.admin1() == null
                && slot.text().replaceFirst("(?i)^the\\s+", "").equalsIgnoreCase(p.country());
    }

    /** The sentence's own date nearest the trigger; else the last date stated before it in the same paragraph. */
    private static DateMention dateOf(CandidateEvent c, DocumentMentions m, Document d) {
        Sentence s = c.sentence();
        int triggerAt = s.token(c.trigger().head()).begin();
        DateMention best = null;
        for (DateMention dm : m.dates()) {
            if (dm.span().start() < s.begin() || dm.span().end() > s.end()) continue;
            if (best == null || Math.abs(dm.span().start() - triggerAt) < Math.abs(best.span().start() - triggerAt)) best = dm;
        }
        if (best != null) return best;
        // the narrative carries a stated day ("On Jan. 8, ... Near X, one strike ..."), not a vague span
        // ("the third in less than two weeks")
        // the paragraph's last stated day, else — when the paragraph states none — the previous paragraph's
        int paragraphStart = d.text().lastIndexOf("\n\n", s.begin());
        int previousStart = paragraphStart <= 0 ? -1 : d.text().lastIndexOf("\n\n", paragraphStart - 1);
        for (int i = m.dates().size() - 1; i >= 0; i--) {
            DateMention dm = m.dates().get(i);
            if (dm.span().end() > s.begin()) continue;
            if (dm.span().start() > paragraphStart) return dm.range().precision() == 1 ? dm : null;
            if (dm.span().start() > previousStart) return dm.range().precision() == 1 ? dm : null;
            return null;
        }
        return null;
    }

    private static String id(String doc, SubEventType type, Place place, DateRange date, int sentence, Span span) {
        String key = doc + "|" + type.name() + "|" + place.name() + "|" + date.eventDate() + "|" + sentence + "|" + span.start();
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
