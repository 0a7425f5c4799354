/** The MPTCP echo server the lab runs as its own process in each backend namespace. */
package dev.mpsh.echo;
