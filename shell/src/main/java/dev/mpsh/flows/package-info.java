/**
 * Live subflow tables: a model of every MPTCP connection and subflow in a namespace, kept from
 * the path manager's events ({@link dev.mpsh.flows.FlowModel}), several namespaces joined by
 * 4-tuple so a backend's view shows where each client subflow landed
 * ({@link dev.mpsh.flows.BackendJoin}), the built-in client's per-subflow bytes and RTT, and
 * the {@code subflows} and {@code watch} commands that render it. Front ends read immutable
 * {@link dev.mpsh.flows.FlowsSnapshot}s from a {@link dev.mpsh.flows.FlowCollector}.
 */
package dev.mpsh.flows;
