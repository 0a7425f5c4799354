package dev.mpsh.tui;

import dev.mpsh.flows.BackendJoin;
import dev.mpsh.flows.FlowModel;
import dev.mpsh.flows.FlowsSnapshot;
import dev.mpsh.flows.NamespaceFlows;
import dev.mpsh.mptcp.PmEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The real subflow model (one {@link FlowModel} per namespace, joined as the session's
 * collector joins them), fed path-manager events by hand: for tests and the benchmark, where
 * there is no netlink subscription.
 */
final class ModelFlowRows implements FlowRows {
    private final Map<String, FlowModel> models = new LinkedHashMap<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile FlowsSnapshot last;

    void event(String namespace, PmEvent e) {
        FlowModel m;
        synchronized (models) {
            m = models.computeIfAbsent(namespace, FlowModel::new);
        }
        m.apply(e, Instant.now());
        listeners.forEach(Runnable::run);
    }

    void lost(String namespace) {
        FlowModel m;
        synchronized (models) {
            m = models.computeIfAbsent(namespace, FlowModel::new);
        }
        m.eventsLost(Instant.now());
        listeners.forEach(Runnable::run);
    }

    @Override
    public List<FlowRow> rows() {
        Instant now = Instant.now();
        List<NamespaceFlows> all = new ArrayList<>();
        synchronized (models) {
            models.values().forEach(m -> all.add(m.snapshot(now)));
        }
        FlowsSnapshot s = new FlowsSnapshot(now, BackendJoin.join(all));
        last = s;
        return SnapshotRows.of(s);
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public String health() {
        FlowsSnapshot s = last;
        return s == null ? null : SnapshotRows.health(s);
    }
}
