package dev.mpsh.repl;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mpsh.command.Session;
import dev.mpsh.output.Style;
import dev.mpsh.testing.FakeNamespaces;
import org.junit.jupiter.api.Test;

class PromptTest {
    @Test
    void showsNamespaceAndLabOnlyWhenNotTheDefault() {
        Session s = new Session("default");
        assertEquals("mpsh[host]> ", Prompt.render(s, Style.PLAIN));
        s.namespace("client");
        assertEquals("mpsh[client]> ", Prompt.render(s, Style.PLAIN));
        Session t = new Session("t1");
        t.namespaces(new FakeNamespaces("t1-"));
        t.namespace("app-1");
        assertEquals("mpsh:t1[app-1]> ", Prompt.render(t, Style.PLAIN));
    }

    @Test
    void flagsALabThatIsDownInRedWhenColourIsOn() {
        Session s = new Session("t1");
        s.namespaces(new FakeNamespaces("t1-").up(false));
        assertEquals("mpsh:t1(down)[host]> ", Prompt.render(s, Style.PLAIN));
        assertEquals("mpsh:t1\u001b[31m(down)\u001b[0m[\u001b[2mhost\u001b[0m]> ", Prompt.render(s, new Style(true)));
    }
}
