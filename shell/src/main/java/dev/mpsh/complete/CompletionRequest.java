package dev.mpsh.complete;

import dev.mpsh.ns.NamespaceView;
import java.util.List;

/**
 * What a completer gets.
 *
 * @param words the words before the one being completed, starting with the command word
 * @param prefix the part of the word being completed that is typed so far
 * @param target the namespace the command will run in; null for the host's
 * @param view the session's namespaces
 * @param shell the whole-line completer, for commands that wrap another ({@code sh CMD})
 */
public record CompletionRequest(List<String> words, String prefix, String target, NamespaceView view,
                                ShellCompleter shell) {

    /** The word before the one being completed. */
    public String previous() {
        return words.get(words.size() - 1);
    }

    /** The same request for a command that runs in another namespace (a lab name or a /run/netns name). */
    public CompletionRequest in(String namespace) {
        return new CompletionRequest(words, prefix, namespace, view, shell);
    }

    /** Interface names in the namespace the command will run in. */
    public List<String> interfaces() {
        return view.interfaceNames(target);
    }
}
