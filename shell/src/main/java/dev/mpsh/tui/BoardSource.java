package dev.mpsh.tui;

import dev.mpsh.classroom.ClassBoard.Row;
import dev.mpsh.command.Cancellation;
import dev.mpsh.command.CommandException;
import java.util.List;

/** Where the live board reads its rows, and how it looks into one lab. */
interface BoardSource {
    /** A fresh reading of every lab, as 'class status' reads it. */
    List<Row> rows() throws CommandException;

    /** What a command line ('fix list', 'diagnose') prints when run against lab. */
    String run(Row lab, String line, Cancellation cancel);
}
