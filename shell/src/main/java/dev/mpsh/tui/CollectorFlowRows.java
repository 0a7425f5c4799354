package dev.mpsh.tui;

import dev.mpsh.flows.FlowCollector;
import dev.mpsh.flows.FlowsSnapshot;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

/**
 * The subflow pane over the session's live subflow model ({@link FlowCollector}): the same
 * tables {@code subflows} and {@code watch} show, joined across the client and the backends.
 */
final class CollectorFlowRows implements FlowRows {
    /** How often watching is tried again while it is not possible (lab down). */
    static final long RETRY_MS = 3000;

    private final FlowCollector collector;
    private final List<String> names;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final AutoCloseable subscription;
    private final BooleanSupplier labUp;
    private final java.util.function.Supplier<String> links;
    private volatile String problem;
    private volatile FlowsSnapshot last;
    private long lastTry;

    /**
     * @param labUp whether to (try to) watch: a lab brought up from the command line gets watched then
     * @param links the WAN links' line (see {@link FlowRows#links()})
     */
    CollectorFlowRows(FlowCollector collector, List<String> names, BooleanSupplier labUp,
                      java.util.function.Supplier<String> links) {
        this.collector = collector;
        this.names = names;
        this.labUp = labUp;
        this.links = links;
        this.subscription = collector.onChange(() -> listeners.forEach(Runnable::run));
        watch();
    }

    private void watch() {
        lastTry = System.currentTimeMillis();
        if (!labUp.getAsBoolean()) {
            problem = "the lab is down: nothing to watch ('lab up' in the command line below)";
            return;
        }
        try {
            collector.watch(names);
            problem = null;
        } catch (IOException e) {
            problem = "not watching: " + e.getMessage();
        }
    }

    @Override
    public List<FlowRow> rows() {
        if (problem != null && System.currentTimeMillis() - lastTry > RETRY_MS) {
            watch();
        }
        FlowsSnapshot s = collector.snapshot(names);
        last = s;
        return SnapshotRows.of(s);
    }

    @Override
    public String links() {
        return labUp.getAsBoolean() ? links.get() : null;
    }

    @Override
    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public String health() {
        FlowsSnapshot s = last;
        String model = s == null ? null : SnapshotRows.health(s);
        return model != null ? model : problem;
    }

    @Override
    public void close() {
        try {
            subscription.close();
        } catch (Exception e) {
            // removing a listener does not fail
        }
    }
}
