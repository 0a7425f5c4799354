/**
 * Where scenarios come from: the ones built into mpsh (on its class path), and plugins from the
 * install's plugins directory and the user's ({@link dev.mpsh.plugin.PluginDirs}), each a jar
 * loaded through {@link java.util.ServiceLoader} in a class loader of its own or a plain scenario
 * directory. {@link dev.mpsh.plugin.ScenarioCatalog} holds what loaded and one line for each
 * plugin that did not.
 */
package dev.mpsh.plugin;
