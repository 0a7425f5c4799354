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
 * manager's events, with its rate and share. It scrolls by
 * itself and gives Lanterna's table only the rows on screen: with thousands of subflows a key
 * or a redraw then costs what one screenful does.
 */
final class FlowPane extends Pane {
    static final String TITLE = "Subflows (live)";
    private static final String[] COLUMNS = {
        "ns", "token", "kind", "local", "remote", "iface", "backend", "state", "rate", "share", "traffic"};

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
    private List<FlowRow> rows = List.of();
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
        rows = flows;
        int connections = 0;
        for (FlowRow f : flows) { // a count without building anything: this runs on every refresh
            if (f.kind().equals("initial")) {
                connections++;
            }
        }
        status.setText(connections + " connection(s), " + flows.size() + " row(s)"
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
                    Words.rate(f.rate()), f.share() == null ? "" : Math.round(f.share() * 100) + "%", f.traffic());
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
