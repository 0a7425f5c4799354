package dev.mpsh.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.Consumer;

/** A one-line text field that hands its text over on Enter and empties itself. */
final class InputLine extends TextBox {
    private final Consumer<String> onEnter;

    InputLine(Consumer<String> onEnter) {
        super(new TerminalSize(10, 1), "", Style.SINGLE_LINE);
        this.onEnter = onEnter;
    }

    @Override
    public synchronized Result handleKeyStroke(KeyStroke key) {
        if (key.getKeyType() == KeyType.Enter) {
            String text = getText();
            setText("");
            onEnter.accept(text);
            return Result.HANDLED;
        }
        return super.handleKeyStroke(key);
    }
}
