package dev.mpsh.command;

import dev.mpsh.output.Output;
import dev.mpsh.output.Text;

/** What a command returns: an exit status and structured output (may be empty). */
public record Result(int status, Output output) {

    public static Result ok() {
        return new Result(0, Output.NONE);
    }

    public static Result ok(Output output) {
        return new Result(0, output);
    }

    public static Result text(String text) {
        return new Result(0, new Text(text));
    }

    public static Result status(int status) {
        return new Result(status, Output.NONE);
    }
}
