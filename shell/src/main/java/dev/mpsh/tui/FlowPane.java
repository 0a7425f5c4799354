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
    private static final String[] COLUMNS = {"ns", "token", "kind", "local", "remote", "iface", "state"};

    private final Table<String> table = new Table<>(COLUMNS);
    private final Label status = new Label("");

    FlowPane() {
        super(TITLE);
        body().addComponent(at(status, BorderLayout.Location.TOP));
        body().addComponent(at(table, BorderLayout.Location.CENTER));
    }

    void show(List<FlowRow> flows, String health) {
        int selected = table.getSelectedRow();
        TableModel<String> model = new TableModel<>(COLUMNS);
        for (FlowRow f : flows) {
            model.addRow(f.namespace(), f.token(), f.kind(), f.local(), f.remote(), f.iface(), f.state());
        }
        table.setTableModel(model);
        if (selected >= 0 && selected < flows.size()) {
            table.setSelectedRow(selected);
        }
        long connections = flows.stream().map(f -> f.namespace() + "/" + f.token()).distinct().count();
        status.setText(connections + " connection(s), " + flows.size() + " row(s)"
                + (health == null ? "" : "  ! " + health));
    }

    @Override
    Interactable focusTarget() {
        return table;
    }
}
