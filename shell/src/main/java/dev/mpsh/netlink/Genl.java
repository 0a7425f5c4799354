package dev.mpsh.netlink;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Generic netlink (<linux/genetlink.h>): the genlmsghdr and family resolution through nlctrl. */
public final class Genl {
    /** sizeof(struct genlmsghdr): u8 cmd, u8 version, u16 reserved. */
    public static final int HEADER = 4;
    /** GENL_ID_CTRL: the nlctrl family. */
    public static final int ID_CTRL = 0x10;
    public static final int CTRL_CMD_GETFAMILY = 3;
    public static final int CTRL_ATTR_FAMILY_ID = 1;
    public static final int CTRL_ATTR_FAMILY_NAME = 2;
    public static final int CTRL_ATTR_VERSION = 3;
    public static final int CTRL_ATTR_MCAST_GROUPS = 7;
    public static final int CTRL_ATTR_MCAST_GRP_NAME = 1;
    public static final int CTRL_ATTR_MCAST_GRP_ID = 2;

    private Genl() {
    }

    /** A resolved family: its id (the nlmsg_type of its messages), version and multicast groups. */
    public record Family(String name, int id, int version, Map<String, Integer> groups) {
        /** The id of a multicast group; a one-line error if the family has no such group. */
        public int group(String group) throws IOException {
            Integer g = groups.get(group);
            if (g == null) {
                throw new IOException("generic netlink family " + name + " has no group " + group + " (it has " + groups.keySet() + ")");
            }
            return g;
        }
    }

    /** A genlmsghdr followed by attributes. */
    public static AttrWriter payload(int cmd, int version) {
        return new AttrWriter().raw(new byte[] {(byte) cmd, (byte) version, 0, 0});
    }

    /** The genlmsghdr cmd of a message. */
    public static int cmd(NetlinkMessage m) {
        if (m.payload().length < HEADER) {
            throw new NetlinkFormatException("generic netlink message shorter than its header");
        }
        return m.payload()[0] & 0xff;
    }

    /** The attributes after the genlmsghdr. */
    public static List<Attr> attrs(NetlinkMessage m) {
        if (m.payload().length < HEADER) {
            throw new NetlinkFormatException("generic netlink message shorter than its header");
        }
        return Attr.parse(m.payload(), HEADER, m.payload().length - HEADER);
    }

    /** Asks nlctrl for a family by name. ENOENT becomes "the kernel has no generic netlink family X". */
    public static Family resolve(NetlinkSocket sock, String name) throws IOException {
        List<NetlinkMessage> reply;
        try {
            reply = sock.request(ID_CTRL, 0, payload(CTRL_CMD_GETFAMILY, 1).string(CTRL_ATTR_FAMILY_NAME, name).bytes());
        } catch (NetlinkException e) {
            if (e.errno() == dev.mpsh.linux.Errno.ENOENT) {
                throw new IOException("the kernel has no generic netlink family " + name + " (is the module loaded?)", e);
            }
            throw e;
        }
        if (reply.isEmpty()) {
            throw new IOException("nlctrl sent no reply for family " + name);
        }
        return parseFamily(reply.get(0));
    }

    /** Parses a CTRL_CMD_NEWFAMILY reply. */
    public static Family parseFamily(NetlinkMessage m) {
        List<Attr> attrs = attrs(m);
        Attr id = Attr.find(attrs, CTRL_ATTR_FAMILY_ID);
        Attr name = Attr.find(attrs, CTRL_ATTR_FAMILY_NAME);
        Attr version = Attr.find(attrs, CTRL_ATTR_VERSION);
        if (id == null || name == null) {
            throw new NetlinkFormatException("nlctrl reply without family id or name");
        }
        Map<String, Integer> groups = new LinkedHashMap<>();
        Attr grps = Attr.find(attrs, CTRL_ATTR_MCAST_GROUPS);
        if (grps != null) {
            for (Attr g : grps.nested()) {
                List<Attr> ga = g.nested();
                Attr gn = Attr.find(ga, CTRL_ATTR_MCAST_GRP_NAME);
                Attr gi = Attr.find(ga, CTRL_ATTR_MCAST_GRP_ID);
                if (gn != null && gi != null) {
                    groups.put(gn.string(), (int) gi.u32());
                }
            }
        }
        return new Family(name.string(), id.u16(), version != null ? (int) version.u32() : 0, Map.copyOf(groups));
    }

}
