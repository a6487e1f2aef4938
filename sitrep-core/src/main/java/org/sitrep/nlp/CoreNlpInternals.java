package org.sitrep.nlp;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * The private parts of CoreNLP 4.5.10 that {@link TransitionParser} runs on: the parser's model, transition system and
 * feature extraction have no public getters. Fails at start-up, naming the member, if another CoreNLP version lacks
 * one; AnalyserTest and TransitionParserTest check the parses against CoreNLP's own.
 */
final class CoreNlpInternals {
    private CoreNlpInternals() {}

    static Object field(Object owner, String name) {
        for (Class<?> c = owner.getClass(); c != null; c = c.getSuperclass()) {
            try {
                Field f = c.getDeclaredField(name);
                f.setAccessible(true);
                return f.get(owner);
            } catch (NoSuchFieldException e) {
                // declared higher up
            } catch (IllegalAccessException | RuntimeException e) {
                throw new IllegalStateException("cannot read " + c.getName() + "." + name + ": " + e, e);
            }
        }
        throw new IllegalStateException("no field " + name + " in " + owner.getClass().getName() + " (CoreNLP version?)");
    }

    static MethodHandle method(Class<?> owner, String name, Class<?>... parameters) {
        try {
            Method m = owner.getDeclaredMethod(name, parameters);
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        } catch (NoSuchMethodException | IllegalAccessException | RuntimeException e) {
            throw new IllegalStateException("cannot use " + owner.getName() + "." + name + " (CoreNLP version?): " + e, e);
        }
    }
}
