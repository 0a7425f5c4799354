package dev.mpsh.sockdiag;

import dev.mpsh.netlink.Attr;
import java.util.List;

/**
 * What the kernel says about one TCP socket that is an MPTCP subflow: the attributes nested in
 * INET_DIAG_ULP_INFO → INET_ULP_INFO_MPTCP (kernel net/mptcp/diag.c; names in <linux/mptcp.h>).
 * They are sent only to a reader with CAP_NET_ADMIN, and only by kernels 5.7+; without them a
 * subflow is still known as one (INET_ULP_INFO_NAME "mptcp") but not which connection it has.
 *
 * @param tokenRemote the peer's token (0 on an initial subflow: MP_CAPABLE carries keys, not tokens)
 * @param tokenLocal  this side's connection token, as mptcp_info and the path-manager events give it
 * @param idRemote    the peer's address id; idLocal this side's (0: the initial subflow's address)
 * @param flags       MPTCP_SUBFLOW_FLAG_* bits, see the constants
 */
public record SubflowAttrs(long tokenRemote, long tokenLocal, int idRemote, int idLocal, long flags) {
    // enum of INET_ULP_INFO_*, <linux/inet_diag.h>
    static final int INET_ULP_INFO_NAME = 1;
    static final int INET_ULP_INFO_MPTCP = 3;
    // enum of MPTCP_SUBFLOW_ATTR_*, <linux/mptcp.h>
    static final int TOKEN_REM = 1;
    static final int TOKEN_LOC = 2;
    static final int FLAGS = 8;
    static final int ID_REM = 9;
    static final int ID_LOC = 10;
    // MPTCP_SUBFLOW_FLAG_*, <linux/mptcp.h>; ss -tniMe prints them as M m J j B b e c v
    public static final long MCAP_REM = 1 << 0;
    public static final long MCAP_LOC = 1 << 1;
    public static final long JOIN_REM = 1 << 2;
    public static final long JOIN_LOC = 1 << 3;
    public static final long BKUP_REM = 1 << 4;
    public static final long BKUP_LOC = 1 << 5;
    public static final long FULLY_ESTABLISHED = 1 << 6;
    public static final long CONNECTED = 1 << 7;
    public static final long MAPVALID = 1 << 8;
    private static final String LETTERS = "MmJjBbecv";

    /** The connection's first subflow (MP_CAPABLE), not a join (MP_JOIN). */
    public boolean initial() {
        return (flags & (JOIN_REM | JOIN_LOC)) == 0;
    }

    /**
     * Accepted here: only the side that opened a subflow requests MP_CAPABLE or MP_JOIN (the
     * lower-case m/j flags); the accepting side has only what the peer sent.
     */
    public boolean serverSide() {
        return (flags & (MCAP_LOC | JOIN_LOC)) == 0;
    }

    /** The peer marked this subflow backup (MP_JOIN or MP_PRIO with B): ss's "B". */
    public boolean backupRemote() {
        return (flags & BKUP_REM) != 0;
    }

    /** This side asked for it to be a backup (a backup endpoint): ss's "b". */
    public boolean backupLocal() {
        return (flags & BKUP_LOC) != 0;
    }

    /** The flags as ss prints them after "flags:", e.g. "Mmec", "Jjec". */
    public String flagLetters() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < LETTERS.length(); i++) {
            if ((flags & (1L << i)) != 0) {
                b.append(LETTERS.charAt(i));
            }
        }
        return b.toString();
    }

    /** The ULP name in an INET_DIAG_ULP_INFO value ("mptcp", "tls"), or null. */
    static String ulpName(List<Attr> ulp) {
        Attr name = Attr.find(ulp, INET_ULP_INFO_NAME);
        return name == null ? null : name.string();
    }

    /** The MPTCP attributes of an INET_DIAG_ULP_INFO value, or null when the kernel sent none. */
    static SubflowAttrs parse(List<Attr> ulp) {
        Attr mptcp = Attr.find(ulp, INET_ULP_INFO_MPTCP);
        if (mptcp == null) {
            return null;
        }
        List<Attr> a = mptcp.nested();
        Attr loc = Attr.find(a, TOKEN_LOC);
        if (loc == null) {
            return null; // the kernel had no subflow context to report
        }
        return new SubflowAttrs(u32(a, TOKEN_REM), loc.u32(), u8(a, ID_REM), u8(a, ID_LOC), u32(a, FLAGS));
    }

    private static long u32(List<Attr> a, int kind) {
        Attr x = Attr.find(a, kind);
        return x == null ? 0 : x.u32();
    }

    private static int u8(List<Attr> a, int kind) {
        Attr x = Attr.find(a, kind);
        return x == null ? -1 : x.u8();
    }
}
