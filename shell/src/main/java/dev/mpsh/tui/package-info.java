/**
 * The full-screen dashboard ({@code tui}, {@code mpsh --tui}), on Lanterna: namespaces, fixes,
 * live subflows, the walkthrough's current step, the echo console and a log with a command
 * line, side by side.
 *
 * <p>Layers: the panes read small interfaces of this package ({@link dev.mpsh.tui.FixRows},
 * {@link dev.mpsh.tui.FlowRows}, {@link dev.mpsh.tui.EchoLink}) whose real implementations sit
 * over the fix service, the subflow model and the MPTCP socket; {@link dev.mpsh.tui.Dashboard}
 * lays the panes out and routes keys; {@link dev.mpsh.tui.TuiCommand} hands the terminal to
 * Lanterna and gives it back to the REPL. Tests drive the dashboard on a
 * {@code DefaultVirtualTerminal}.
 */
package dev.mpsh.tui;
