package dev.mpsh.plugin;

import java.nio.file.Path;

/**
 * A directory scenarios are loaded from.
 *
 * @param path  the directory; it need not exist
 * @param kind  "install" (next to mpsh's own jar) or "user" (the user's config directory)
 * @param owner the uid besides root that may own it and everything in it
 */
public record PluginDir(Path path, String kind, long owner) {
}
