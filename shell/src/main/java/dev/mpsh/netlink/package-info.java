/**
 * A small netlink wire codec (messages, attributes, alignment, errors with extended acks),
 * a socket that sends requests and collects multipart dumps, and generic-netlink family
 * resolution. It knows nothing of MPTCP; {@code dev.mpsh.mptcp} builds on it.
 */
package dev.mpsh.netlink;
