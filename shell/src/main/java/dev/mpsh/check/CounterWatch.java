package dev.mpsh.check;

import dev.mpsh.api.Criterion;
import dev.mpsh.mib.MibReader;
import dev.mpsh.lab.LabLayout;
import dev.mpsh.linux.NetNs;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The counters that criteria of kind {@code counters} name, read in their namespaces before and
 * after check's connections: what the kernel counted while they ran.
 */
final class CounterWatch implements AutoCloseable {
    /** One counter of one criterion. */
    private record Watched(String criterion, String namespace, String key, long before) {
    }

    private final Map<String, NetNs> entered = new LinkedHashMap<>();
    private final List<Watched> watched = new ArrayList<>();

    /** Reads every counter the criteria name, now. */
    static CounterWatch start(List<Criterion> criteria, LabLayout layout) throws IOException {
        CounterWatch w = new CounterWatch();
        try {
            for (Criterion c : criteria) {
                if (!c.kind().equals("counters")) {
                    continue;
                }
                String ns = null;
                for (String word : c.args()) {
                    if (!word.contains(":")) {
                        ns = word;
                        continue;
                    }
                    NetNs in = w.enter(ns, layout);
                    w.watched.add(new Watched(c.id(), ns, word, read(in, word)));
                }
            }
        } catch (IOException | RuntimeException e) {
            w.close();
            throw e;
        }
        return w;
    }

    private NetNs enter(String ns, LabLayout layout) throws IOException {
        NetNs in = entered.get(ns);
        if (in == null) {
            in = NetNs.open(layout.netnsName(ns));
            entered.put(ns, in);
        }
        return in;
    }

    /** Each criterion's counters with how much they grew since start. */
    Map<String, List<CounterGrowth>> growth() {
        Map<String, List<CounterGrowth>> out = new LinkedHashMap<>();
        for (Watched w : watched) {
            long after = read(entered.get(w.namespace()), w.key());
            out.computeIfAbsent(w.criterion(), k -> new ArrayList<>()).add(new CounterGrowth(w.namespace(), w.key(), w.before(), after));
        }
        return out;
    }

    /** The value of counter GROUP:NAME in the namespace of in, or -1 when the kernel has no such counter. */
    static long read(NetNs in, String key) {
        int colon = key.indexOf(':');
        try {
            Long v = MibReader.read(in).get(key.substring(0, colon), key.substring(colon + 1));
            return v == null ? -1 : v;
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    @Override
    public void close() {
        entered.values().forEach(NetNs::close);
        entered.clear();
    }
}
