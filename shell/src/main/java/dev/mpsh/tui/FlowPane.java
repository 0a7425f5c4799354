package dev.mpsh.tui;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.table.Table;
import com.googlecode.lanterna.gui2.table.TableModel;
import java.util.List;

/** The live subflow table: one row per subflow, from the path manager's events. */
final class FlowPane extends Pane {
    static final String TITLE = "Subflows (live)";
    /**
     * At most this many rows go into the table: more cannot be read on a screen, and building
     * and measuring a table of tens of thousands of rows would hold the keys up. Live subflows
     * come first, then the most recently closed.
     */
    static final int MAX_SHOWN = 1500;
    private static final String[] COLUMNS = {"ns", "token", "kind", "local", "remote", "iface", "state"};

    private final Table<String> table = new Table<>(COLUMNS);
    private final Label status = new Label("");

    FlowPane() {
        super(TITLE);
        body().addComponent(at(status, BorderLayout.Location.TOP));
        body().addComponent(at(table, BorderLayout.Location.CENTER));
    }

    void show(List<FlowRow> all, String health) {
        List<FlowRow> flows = shown(all);
        int selected = table.getSelectedRow();
        TableModel<String> model = new TableModel<>(COLUMNS);
        for (FlowRow f : flows) {
            model.addRow(f.namespace(), f.token(), f.kind(), f.local(), f.remote(), f.iface(), f.state());
        }
        table.setTableModel(model);
        if (selected >= 0 && selected < flows.size()) {
            table.setSelectedRow(selected);
        }
        long connections = all.stream().map(f -> f.namespace() + "/" + f.token()).distinct().count();
        status.setText(connections + " connection(s), " + all.size() + " row(s)"
                + (flows.size() < all.size() ? ", showing " + flows.size() + ": live first, then the latest closed" : "")
                + (health == null ? "" : "  ! " + health));
    }

    /** The rows that go into the table, in model order: every live one, then the latest closed, up to MAX_SHOWN. */
    static List<FlowRow> shown(List<FlowRow> all) {
        if (all.size() <= MAX_SHOWN) {
            return all;
        }
        boolean[] keep = new boolean[all.size()];
        int kept = 0;
        for (int i = 0; i < all.size() && kept < MAX_SHOWN; i++) {
            if (!all.get(i).state().startsWith("closed")) {
                keep[i] = true;
                kept++;
            }
        }
        for (int i = all.size() - 1; i >= 0 && kept < MAX_SHOWN; i--) {
            if (!keep[i]) {
                keep[i] = true;
                kept++;
            }
        }
        List<FlowRow> out = new java.util.ArrayList<>(kept);
        for (int i = 0; i < all.size(); i++) {
            if (keep[i]) {
                out.add(all.get(i));
            }
        }
        return out;
    }

    @Override
    Interactable focusTarget() {
        return table;
    }
}
