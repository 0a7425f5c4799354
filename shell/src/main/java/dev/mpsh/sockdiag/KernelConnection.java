package dev.mpsh.sockdiag;

import java.util.List;

/** One MPTCP connection with the TCP subflows the kernel lists for it, the initial one first when it is open. */
public record KernelConnection(MptcpSock msk, List<TcpSock> subflows) {

    public KernelConnection {
        subflows = List.copyOf(subflows);
    }

    public long token() {
        return msk.token();
    }

    /**
     * Accepted here, as far as the subflows tell (see {@link SubflowAttrs#serverSide()}); false
     * when no subflow carries attributes.
     */
    public boolean serverSide() {
        return !subflows.isEmpty() && subflows.stream().allMatch(s -> s.mptcp() != null && s.mptcp().serverSide());
    }
}
