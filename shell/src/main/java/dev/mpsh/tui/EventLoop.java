package dev.mpsh.tui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.DefaultWindowManager;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.SameTextGUIThread;
import com.googlecode.lanterna.screen.Screen;
import java.io.IOException;
import java.util.function.Function;

/**
 * Runs the dashboard on a started screen until it closes, on the calling thread (Lanterna's GUI
 * thread is the one that built the GUI). Between input polls it sleeps {@link #POLL_MS}: keys
 * are seen within that, and an idle dashboard costs next to no CPU.
 */
public final class EventLoop {
    static final long POLL_MS = 10;

    private EventLoop() {
    }

    /** Builds the GUI on this thread, hands it to {@code build} for the dashboard, and runs it. */
    public static void run(Screen screen, Function<MultiWindowTextGUI, Dashboard> build) throws IOException {
        MultiWindowTextGUI gui = new MultiWindowTextGUI(new SameTextGUIThread.Factory(), screen,
                new DefaultWindowManager(), null, new EmptySpace(TextColor.ANSI.DEFAULT));
        Dashboard dashboard = build.apply(gui);
        gui.addWindow(dashboard);
        while (dashboard.getTextGUI() != null) {
            dashboard.tick(System.currentTimeMillis());
            if (!gui.getGUIThread().processEventsAndUpdate()) {
                try {
                    Thread.sleep(POLL_MS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    dashboard.close();
                }
            }
        }
    }
}
