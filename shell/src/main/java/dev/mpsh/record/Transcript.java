package dev.mpsh.record;

import java.util.List;

/**
 * A recorded session: narration, chapter marks and steps (a command with its expected output and
 * exit status), in file order. The text form is described in docs/recordings.md.
 */
public record Transcript(List<Block> blocks) {
    /** The first line of every transcript; the number is the format version. */
    public static final String HEADER = "mpsh transcript v1";

    public Transcript {
        blocks = List.copyOf(blocks);
    }

    /** One piece of a transcript. */
    public sealed interface Block permits Narration, Chapter, Step {
    }

    /** An unindented line that is not a chapter mark: shown in play mode, never run. */
    public record Narration(String text) implements Block {
    }

    /** A {@code ## Title} line: a chapter of the recording (an asciicast marker). */
    public record Chapter(String title) implements Block {
    }

    /**
     * A command and what it should print.
     *
     * @param line the transcript line of {@code $}, for messages; 0 when not read from a file
     * @param command the command text; continuation lines are joined with newlines
     * @param expected the expected output lines, stdout and stderr interleaved
     * @param status the expected exit status
     */
    public record Step(int line, String command, List<Expected> expected, int status, Timing timing)
            implements Block {
        public Step {
            expected = List.copyOf(expected);
        }
    }

    public List<Step> steps() {
        return blocks.stream().filter(b -> b instanceof Step).map(b -> (Step) b).toList();
    }

    /** The first chapter's title, or null when there is none. */
    public String title() {
        return blocks.stream().filter(b -> b instanceof Chapter).map(b -> ((Chapter) b).title())
                .findFirst().orElse(null);
    }
}
