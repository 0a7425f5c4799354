package dev.mpsh.tui;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.table.Table;
import com.googlecode.lanterna.gui2.table.TableModel;
import java.util.ArrayList;
import java.util.List;

/**
 * The lab's namespaces and the host; Enter makes the selected one the session's current
 * namespace, where the command line and passthrough programs then run. '*' marks the current.
 */
final class NamespacePane extends Pane {
    static final String TITLE = "Namespaces";
    static final String HOST = "host";

    private final Table<String> table = new Table<>(" ", "namespace");
    private List<String> names = List.of();

    NamespacePane() {
        super(TITLE);
        body().addComponent(at(table, BorderLayout.Location.CENTER));
    }

    /** Shows the names (scenario names; null in {@code current} is the host), keeping the cursor. */
    void show(List<String> scenarioNames, String current, boolean labUp) {
        List<String> all = new ArrayList<>();
        all.add(HOST);
        all.addAll(scenarioNames);
        int selected = table.getSelectedRow();
        TableModel<String> model = new TableModel<>(" ", labUp ? "namespace" : "(lab down)");
        for (String n : all) {
            boolean isCurrent = current == null ? n.equals(HOST) : n.equals(current);
            model.addRow(isCurrent ? "*" : " ", n);
        }
        names = all;
        table.setTableModel(model);
        if (selected >= 0 && selected < all.size()) {
            table.setSelectedRow(selected);
        }
    }

    /** The selected scenario namespace, or null for the host. */
    String selected() {
        int row = table.getSelectedRow();
        if (row < 0 || row >= names.size() || names.get(row).equals(HOST)) {
            return null;
        }
        return names.get(row);
    }

    void select(String name) {
        int i = names.indexOf(name == null ? HOST : name);
        if (i >= 0) {
            table.setSelectedRow(i);
        }
    }

    @Override
    Interactable focusTarget() {
        return table;
    }
}
