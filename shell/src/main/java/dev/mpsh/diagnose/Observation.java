package dev.mpsh.diagnose;

/**
 * What one piece of live evidence showed during diagnose's connection attempts.
 *
 * @param what    e.g. "3 packets matching 'tcp and src host 192.0.2.1' on eth0 in server"
 * @param command how to watch the same by hand on the host
 * @param count   the packets seen or how much the counter grew; -1 when it could not be read
 */
public record Observation(String what, String command, long count) {
}
