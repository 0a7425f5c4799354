package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalSize;
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
        int room = titleRoom(fixes);
        for (FixRow f : fixes) {
            model.addRow(f.id(), f.namespace(), f.state(), fit(f.title(), room));
        }
        rows = new ArrayList<>(fixes);
        table.setTableModel(model);
        if (selected >= 0 && selected < fixes.size()) {
            table.setSelectedRow(selected);
        }
    }

    /**
     * Columns left for the title once id, namespace and state are shown: a title wider than the
     * pane would push the table into horizontal scrolling and hide it altogether on a projector.
     */
    private int titleRoom(List<FixRow> fixes) {
        TerminalSize size = body().getSize();
        if (size == null || size.getColumns() == 0) {
            return Integer.MAX_VALUE; // not laid out yet
        }
        int id = COLUMNS[0].length();
        int ns = COLUMNS[1].length();
        int state = Math.max(COLUMNS[2].length(), BUSY.length());
        for (FixRow f : fixes) {
            id = Math.max(id, f.id().length());
            ns = Math.max(ns, f.namespace().length());
            state = Math.max(state, f.state().length());
        }
        // one blank between columns, one column for the vertical scrollbar
        return size.getColumns() - id - ns - state - 3 - 1;
    }

    /** The title cut to room columns with an ellipsis; at least a few characters are kept. */
    static String fit(String title, int room) {
        int keep = Math.max(room, 6);
        return title.length() <= keep ? title : title.substring(0, keep - 1) + "…";
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
