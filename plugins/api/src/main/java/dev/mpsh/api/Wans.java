package dev.mpsh.api;

import java.util.List;
import java.util.Optional;

/**
 * The scenario's WANs and where bulk traffic goes by default (the {@code wan} and
 * {@code traffic} lines).
 *
 * @param links  in file order
 * @param target HOST:PORT that {@code client --bulk} and {@code drill} use when given none; null
 *               when the file has no {@code traffic} line (the engine then uses the check's address)
 */
public record Wans(List<Wan> links, String target) {
    /** A scenario without WANs. */
    public static final Wans NONE = new Wans(List.of(), null);

    public Wans {
        links = List.copyOf(links);
    }

    /** The WAN whose client interface (or label, ignoring case) is name. */
    public Optional<Wan> find(String name) {
        return links.stream().filter(w -> w.device().equals(name)).findFirst()
                .or(() -> links.stream().filter(w -> w.label().equalsIgnoreCase(name)).findFirst());
    }
}
