package dev.mpsh.record;

import dev.mpsh.record.Transcript.Block;
import dev.mpsh.record.Transcript.Chapter;
import dev.mpsh.record.Transcript.Narration;
import dev.mpsh.record.Transcript.Step;

/** Writes the text form of a {@link Transcript}; {@link TranscriptParser} reads it back unchanged. */
public final class TranscriptWriter {
    private TranscriptWriter() {
    }

    public static String write(Transcript transcript) {
        StringBuilder sb = new StringBuilder(Transcript.HEADER).append('\n');
        for (Block b : transcript.blocks()) {
            sb.append(block(b));
        }
        return sb.toString();
    }

    /** One block's lines, each ending in a newline. */
    public static String block(Block block) {
        if (block instanceof Narration n) {
            return n.text() + "\n";
        }
        if (block instanceof Chapter c) {
            return "## " + c.title() + "\n";
        }
        Step s = (Step) block;
        StringBuilder sb = new StringBuilder();
        String[] lines = s.command().split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            sb.append(i == 0 ? "  $ " : "  > ").append(lines[i]);
            if (i == lines.length - 1 && s.timing().known()) {
                sb.append("  # ").append(s.timing().text());
            }
            sb.append('\n');
        }
        for (Expected e : s.expected()) {
            sb.append("  ").append(e.written()).append('\n');
        }
        if (s.status() != 0) {
            sb.append("  [").append(s.status()).append("]\n");
        }
        return sb.toString();
    }
}
