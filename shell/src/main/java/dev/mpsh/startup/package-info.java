/**
 * A faster start: the run whose loaded classes the launcher archives for class-data sharing
 * (packaging/bin/cds.bash, docs/performance.md "Start-up").
 */
package dev.mpsh.startup;
