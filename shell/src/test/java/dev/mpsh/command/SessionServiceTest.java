package dev.mpsh.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Session services may make each other while being made (the subflow collector makes the client's sockets). */
class SessionServiceTest {
    /** More types than a fresh hash map has bins: two of them always share one. */
    private static final List<Class<?>> TYPES = List.of(java.util.ArrayList.class, java.util.LinkedList.class,
            java.util.HashMap.class, java.util.TreeMap.class, java.util.HashSet.class, java.util.TreeSet.class,
            StringBuilder.class, StringBuffer.class, java.util.ArrayDeque.class, java.util.LinkedHashMap.class,
            java.util.LinkedHashSet.class, java.util.Vector.class, java.util.Stack.class, Object.class,
            java.util.Properties.class, java.util.Hashtable.class, java.util.WeakHashMap.class,
            java.util.IdentityHashMap.class, java.util.concurrent.ConcurrentHashMap.class,
            java.util.concurrent.CopyOnWriteArrayList.class, java.util.concurrent.ConcurrentLinkedQueue.class,
            java.util.concurrent.ConcurrentSkipListMap.class, java.util.PriorityQueue.class, java.util.BitSet.class);

    private static Object make(Session s, int i) {
        if (i == TYPES.size()) {
            return null;
        }
        @SuppressWarnings("unchecked")
        Class<Object> type = (Class<Object>) TYPES.get(i);
        Supplier<Object> create = () -> {
            make(s, i + 1); // this service needs the next one
            try {
                return type.getDeclaredConstructor().newInstance();
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        };
        return s.service(type, create);
    }

    @Test
    void servicesMadeWhileAnotherIsBeingMadeAreKeptOnce() {
        Session s = new Session("t");
        Object first = make(s, 0);
        assertSame(first, s.service(java.util.ArrayList.class, () -> {
            throw new AssertionError("made twice");
        }));
        assertEquals(0, ((java.util.BitSet) s.service(java.util.BitSet.class, java.util.BitSet::new)).cardinality());
    }
}
