package dev.mpsh.record;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mpsh.record.Expected.Kind;
import org.junit.jupiter.api.Test;

class PatternsTest {
    private static Expected line(String text, Kind kind) {
        return new Expected(text, kind, false, 0);
    }

    @Test
    void aPlainLineMatchesOnlyItself() {
        assertTrue(Expected.literal("sport=80").matches("sport=80"));
        assertFalse(Expected.literal("sport=80").matches("sport=800"));
        assertFalse(Expected.literal("a.c").matches("abc"));
    }

    @Test
    void placeholdersMatchTheirKindOfValueAndNothingElse() {
        Expected e = Expected.literal("[SF_ESTABLISHED] token={token} saddr4={ip} sport={port} dport=8081");
        assertTrue(e.matches("[SF_ESTABLISHED] token=ad34bd76 saddr4=10.0.81.10 sport=54429 dport=8081"));
        assertFalse(e.matches("[SF_ESTABLISHED] token=ad34bd76 saddr4=10.0.81.10 sport=54429 dport=8082"));
        assertFalse(e.matches("[SF_ESTABLISHED] token=ad34bd76 saddr4=10.0.81 sport=54429 dport=8081"));
        assertFalse(e.matches("[SF_ESTABLISHED] token=zz saddr4=10.0.81.10 sport=54429 dport=8081"));
        assertTrue(Expected.literal("took {dur}").matches("took 0.23s"));
        assertTrue(Expected.literal("took {dur}").matches("took 12 ms"));
        assertFalse(Expected.literal("took {dur}").matches("took soon"));
        assertTrue(Expected.literal("{n} subflows, {*}").matches("-2 subflows, and more"));
        assertTrue(Expected.literal("pid {word}").matches("pid 4242"));
        assertFalse(Expected.literal("pid {word}").matches("pid 42 42"));
        assertTrue(Expected.literal("mark {hex}").matches("mark 0x1F"));
    }

    @Test
    void otherBracesAreLiteralText() {
        assertTrue(Expected.literal("{\"text\":\"hi\"}").matches("{\"text\":\"hi\"}"));
        assertFalse(Expected.literal("{x}").matches("y"));
        // The literal match comes first, so a placeholder name in real output matches itself.
        assertTrue(Expected.literal("a {port} b").matches("a {port} b"));
    }

    @Test
    void regexLinesMatchTheWholeLine() {
        Expected e = line("\\[ +ESTABLISHED\\] token=[0-9a-f]{8} .*", Kind.RE);
        assertTrue(e.matches("[   ESTABLISHED] token=ad34bd76 remid=0"));
        assertFalse(e.matches("x[   ESTABLISHED] token=ad34bd76 remid=0"));
        assertFalse(line("ab", Kind.RE).matches("abc"));
        assertTrue(line("a(b", Kind.RE).matches("a(b"), "tried as a literal first, as cram does");
    }

    @Test
    void globLinesHaveStarQuestionMarkAndEscapes() {
        assertTrue(line("client: no answer from * within ?s", Kind.GLOB).matches("client: no answer from 10.0.83.1:81 within 1s"));
        assertFalse(line("a?c", Kind.GLOB).matches("abbc"));
        assertTrue(line("cost \\* 2 (x)", Kind.GLOB).matches("cost * 2 (x)"));
        assertFalse(line("cost \\* 2", Kind.GLOB).matches("cost 3 2"));
        assertTrue(line("a.b*", Kind.GLOB).matches("a.bcd"));
        assertFalse(line("a.b*", Kind.GLOB).matches("axbcd"));
        assertTrue(line("sport={port} *", Kind.GLOB).matches("sport=5000 dport=80"));
        assertFalse(line("sport={port} *", Kind.GLOB).matches("sport=x dport=80"));
    }

    @Test
    void escapedLinesDecodeControlCharactersAndBackslashes() {
        assertTrue(line("a\\x09b\\\\c", Kind.ESC).matches("a\tb\\c"));
        assertFalse(line("a\\x09b", Kind.ESC).matches("a\\x09b"));
        Expected written = Expected.of("\u0007bell and \\ slash", false);
        assertTrue(written.kind() == Kind.ESC && written.matches("\u0007bell and \\ slash"));
    }

    @Test
    void colourCodesAreNotOutput() {
        assertTrue(Ansi.strip("\u001b[1mshell\u001b[0m\r\n\u001b]0;title\u0007x").equals("shell\nx"));
    }
}
