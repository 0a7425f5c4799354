/**
 * The scenario's fixes on a live lab: probes read from the kernel ({@link dev.mpsh.fix.ProbeEvaluator}),
 * each fix's state, and the {@code fix} command that applies, reverts, toggles and explains them.
 */
package dev.mpsh.fix;
