/**
 * The {@code client} command, the scenario's MPTCP echo client, with the HOST:PORT and
 * duration parsing it shares with the echo server.
 */
package dev.mpsh.client;
