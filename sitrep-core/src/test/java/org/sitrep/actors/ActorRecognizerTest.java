package org.sitrep.actors;

import org.junit.jupiter.api.Test;
import org.sitrep.model.ActorMention;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class ActorRecognizerTest {
    private static final ActorDictionary DICTIONARY = SharedCorpus.dictionary();
    private static final ActorRecognizer RECOGNIZER = new ActorRecognizer(DICTIONARY);

    @Test
    void printsMentionsPerDocument() {
        for (SharedCorpus.Doc d : SharedCorpus.documents()) {
            System.out.println("== " + d.id() + " " + d.source() + " | " + d.title());
            for (ActorMatch m : RECOGNIZER.matches(d.text()))
                System.out.println("   " + m.mention().span().start() + "-" + m.mention().span().end() + " '" + m.mention().text()
                        + "' -> " + m.mention().actor().name() + " [" + m.alias().kind().label() + (m.acting() ? "" : ", " + m.usage()) + "]");
        }
    }
}
