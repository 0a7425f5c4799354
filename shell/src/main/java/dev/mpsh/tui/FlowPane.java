package dev.mpsh.tui;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.table.Table;
import com.googlecode.lanterna.gui2.table.TableModel;
import com.googlecode.lanterna.input.KeyStroke;
import dev.mpsh.flows.Words;
import java.util.List;

/**
 * The live subflow table: one row per subflow, from the kernel's socket list and the path
 * manager's events, with its rate, a sparkline of its rate over the last 30 s and its share, and
 * the WAN links' state (up, down, blackholed, shaped) in the status line. It scrolls by
 * itself and gives Lanterna's table only the rows on screen: with thousands of subflows a key
 * or a redraw then costs what one screenful does.
 */
final class FlowPane extends Pane {
    static final String TITLE = "Subflows (live)";
    private static final String[] COLUMNS = {
        "ns", "token", "kind", "local", "remote", "iface", "backend", "state", "rate", "last 30s", "share", "traffic"};

    private final Table<String> table = new Table<>(COLUMNS) {
        @Override
        public Result handleKeyStroke(KeyStroke key) {
            Integer step = switch (key.getKeyType()) {
                case ArrowDown -> 1;
                case ArrowUp -> -1;
                case PageDown -> visible;
                case PageUp -> -visible;
                case Home -> -Integer.MAX_VALUE / 2;
                case End -> Integer.MAX_VALUE / 2;
                default -> null;
            };
            if (step == null) {
                return super.handleKeyStroke(key);
            }
            move(step);
            return Result.HANDLED;
        }
    };
    private final Label status = new Label("");
    private final Sparkline sparks = new Sparkline();
    private List<FlowRow> rows = List.of();
    private long shownAt;
    private double scale;
    private int selected;
    private int top;
    private int visible = 10;

    FlowPane() {
        super(TITLE);
        body().addComponent(at(status, BorderLayout.Location.TOP));
        body().addComponent(at(table, BorderLayout.Location.CENTER));
    }

    /** The pane's height on screen, border included: sets how many rows are shown. */
    void height(int paneRows) {
        visible = Math.max(1, paneRows - 4); // border top and bottom, status line, header
        render();
    }

    void show(List<FlowRow> flows, String health) {
        show(flows, health, null, System.currentTimeMillis());
    }

    /**
     * @param links the WAN links' state in one line, or null
     * @param now   the time of this reading (ms), for the rate history
     */
    void show(List<FlowRow> flows, String health, String links, long now) {
        rows = flows;
        int connections = 0;
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (FlowRow f : flows) { // a count without building anything: this runs on every refresh
            if (f.kind().equals("initial")) {
                connections++;
            }
            if (f.rate() != null) {
                sparks.add(f.key(), now, f.rate());
                keys.add(f.key());
            } else if (!f.kind().equals("announced")) {
                keys.add(f.key());
            }
        }
        sparks.trim(now, keys);
        shownAt = now;
        scale = sparks.scale();
        status.setText(connections + " connection(s), " + flows.size() + " row(s)"
                + (links == null ? "" : "  WAN " + links)
                + (health == null ? "" : "  ! " + health));
        render();
    }

    private void move(int step) {
        selected = Math.max(0, Math.min(rows.size() - 1, selected + step));
        render();
    }

    private void render() {
        selected = Math.max(0, Math.min(selected, rows.size() - 1));
        if (selected < top) {
            top = selected;
        } else if (selected >= top + visible) {
            top = selected - visible + 1;
        }
        top = Math.max(0, Math.min(top, rows.size() - visible));
        TableModel<String> model = new TableModel<>(COLUMNS);
        for (FlowRow f : rows.subList(top, Math.min(rows.size(), top + visible))) {
            model.addRow(f.namespace(), f.token(), f.kind(), f.local(), f.remote(), f.iface(), f.backend(), f.state(),
                    Words.rate(f.rate()), sparks.line(f.key(), shownAt, scale), f.share() == null ? "" : Math.round(f.share() * 100) + "%", f.traffic());
        }
        table.setTableModel(model);
        if (!rows.isEmpty()) {
            table.setSelectedRow(selected - top);
        }
    }

    /** The index of the selected row in the whole model. */
    int selected() {
        return selected;
    }

    @Override
    Interactable focusTarget() {
        return table;
    }
}
