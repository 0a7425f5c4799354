package dev.mpsh.api;

import java.util.List;

/**
 * How {@code check} grades the scenario's end state: connect from {@code namespace} to
 * {@code address:port} with MPTCP, up to {@code attempts} times within {@code withinMillis},
 * until every backend has been reached, and grade what the connections did.
 *
 * @param backends the servers behind the address, each with the port only it serves joins on (or 0)
 * @param criteria in the order they are shown; bonus ones do not decide pass or fail
 */
public record Check(String namespace, String address, int port, int attempts, long withinMillis,
                    List<Backend> backends, List<Criterion> criteria) {

    public Check {
        backends = List.copyOf(backends);
        criteria = List.copyOf(criteria);
    }

    /**
     * A server that may hold a connection, and the port its additional subflows must use.
     *
     * @param port 0 when the check names none (a server without a port of its own for joins)
     */
    public record Backend(String server, int port) {
    }
}
