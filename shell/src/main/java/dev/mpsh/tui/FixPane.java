package dev.mpsh.tui;

import com.googlecode.lanterna.gui2.BorderLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.table.Table;
import com.googlecode.lanterna.gui2.table.TableModel;
import java.util.ArrayList;
import java.util.List;

/** The fix catalog with each fix's live state; Space or Enter toggles the selected fix. */
final class FixPane extends Pane {
    static final String TITLE = "Fixes (Space/Enter toggles)";
    static final String BUSY = "...";
    private static final String[] COLUMNS = {"fix", "ns", "state", "what"};

    private final Table<String> table = new Table<>(COLUMNS);
    private List<FixRow> rows = List.of();

    FixPane() {
        super(TITLE);
        body().addComponent(at(table, BorderLayout.Location.CENTER));
    }

    void show(List<FixRow> fixes) {
        int selected = table.getSelectedRow();
        TableModel<String> model = new TableModel<>(COLUMNS);
        for (FixRow f : fixes) {
            model.addRow(f.id(), f.namespace(), f.state(), f.title());
        }
        rows = new ArrayList<>(fixes);
        table.setTableModel(model);
        if (selected >= 0 && selected < fixes.size()) {
            table.setSelectedRow(selected);
        }
    }

    /** Shows that a fix is being changed until the next {@link #show}. */
    void busy(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                table.getTableModel().setCell(2, i, BUSY);
            }
        }
    }

    /** The selected fix's id, or null when there is none. */
    String selectedId() {
        int row = table.getSelectedRow();
        return row >= 0 && row < rows.size() ? rows.get(row).id() : null;
    }

    void select(String id) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).id().equals(id)) {
                table.setSelectedRow(i);
            }
        }
    }

    @Override
    Interactable focusTarget() {
        return table;
    }
}
