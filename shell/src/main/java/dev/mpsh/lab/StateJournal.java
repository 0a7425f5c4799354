package dev.mpsh.lab;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The record of everything a lab created, kept so that {@code lab down} removes exactly that,
 * even after the shell was killed in the middle of {@code lab up}.
 *
 * <p>It is an append-only journal of lines, not a document rewritten in place: each fact is one
 * small append made as soon as it is true, so a kill at any moment leaves every earlier fact
 * readable, and a torn last line (no newline) is simply ignored.
 * <pre>
 * lab NAME scenario ID
 * netns-intent NS NETNS NOT_BEFORE_NANOS     written before 'ip netns add'
 * netns NS NETNS INODE CTIME_NANOS           written once it exists: its identity
 * exec PID START_TICKS                        a setup command's process, as soon as it exists
 * server-intent NAME NS                      written before the server process is started
 * server NAME NS PID START_TICKS PORT        written as soon as the process exists
 * up                                         lab up finished
 * </pre>
 * A server restarted on a lab that is up ('lab up' again after one died) is journaled after
 * {@code up} the same way, intent then process; its later {@code server} line replaces the
 * earlier one of that name.
 */
final class StateJournal {

    /** A namespace the lab created or was about to create. */
    record Netns(String name, String netns, long notBeforeNanos, long inode, long ctimeNanos) {
        boolean identified() {
            return inode != 0;
        }
    }

    /** A server process the lab started. */
    record ServerProcess(String name, String namespace, long pid, long startTime, int port) {
    }

    /** A setup command's process: if the shell dies, it may still be running and must not outlive 'lab down'. */
    record ExecProcess(long pid, long startTime) {
    }

    /** A server about to be started: if the shell dies before its PID is written, it is found by namespace. */
    record ServerIntent(String name, String namespace) {
    }

    /** What a journal says. */
    record State(String lab, String scenario, List<Netns> namespaces, List<ServerProcess> servers,
            List<ServerIntent> serverIntents, List<ExecProcess> execs, boolean complete) {
    }

    private final Path file;

    StateJournal(Path file) {
        this.file = file;
    }

    boolean exists() {
        return Files.exists(file);
    }

    /** Starts a new journal; fails if one exists. */
    void create(String lab, String scenario) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "lab " + lab + " scenario " + scenario + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    }

    void intent(String name, String netns, long notBeforeNanos) throws IOException {
        append("netns-intent " + name + " " + netns + " " + notBeforeNanos);
    }

    void netns(String name, String netns, NetnsId id) throws IOException {
        append("netns " + name + " " + netns + " " + id.inode() + " " + id.ctimeNanos());
    }

    void exec(long pid, long startTime) throws IOException {
        append("exec " + pid + " " + startTime);
    }

    void serverIntent(String name, String namespace) throws IOException {
        append("server-intent " + name + " " + namespace);
    }

    void server(ServerProcess s) throws IOException {
        append("server " + s.name() + " " + s.namespace() + " " + s.pid() + " " + s.startTime() + " " + s.port());
    }

    void up() throws IOException {
        append("up");
    }

    void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    private void append(String line) throws IOException {
        // One write call per fact, with O_APPEND: the line lands whole or not at all in practice.
        Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    /** Reads the journal; null when there is none. */
    State read() throws IOException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return null;
        }
        String lab = null;
        String scenario = null;
        Map<String, Netns> namespaces = new LinkedHashMap<>();
        Map<String, ServerProcess> servers = new LinkedHashMap<>();
        List<ExecProcess> execs = new ArrayList<>();
        List<ServerIntent> intents = new ArrayList<>();
        boolean complete = false;
        int end = text.lastIndexOf('\n');
        for (String line : text.substring(0, end + 1).split("\n")) {
            String[] f = line.split(" ");
            try {
                switch (f[0]) {
                    case "lab" -> {
                        lab = f[1];
                        scenario = f[3];
                    }
                    case "netns-intent" -> namespaces.put(f[2], new Netns(f[1], f[2], Long.parseLong(f[3]), 0, 0));
                    case "netns" -> {
                        Netns intent = namespaces.get(f[2]);
                        namespaces.put(f[2], new Netns(f[1], f[2], intent == null ? 0 : intent.notBeforeNanos(),
                                Long.parseLong(f[3]), Long.parseLong(f[4])));
                    }
                    case "server" -> {
                        servers.put(f[1], new ServerProcess(f[1], f[2], Long.parseLong(f[3]),
                                Long.parseLong(f[4]), Integer.parseInt(f[5])));
                        intents.removeIf(i -> i.name().equals(f[1]));
                    }
                    case "server-intent" -> intents.add(new ServerIntent(f[1], f[2]));
                    case "exec" -> execs.add(new ExecProcess(Long.parseLong(f[1]), Long.parseLong(f[2])));
                    case "up" -> complete = true;
                    default -> throw new IOException("unknown entry '" + f[0] + "'");
                }
            } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IOException("malformed line '" + line + "'");
            }
        }
        if (lab == null) {
            throw new IOException("it has no 'lab' line");
        }
        return new State(lab, scenario, List.copyOf(namespaces.values()), List.copyOf(servers.values()), intents, execs, complete);
    }

    /** The identity of a namespace file: its nsfs inode and that inode's change time. */
    record NetnsId(long inode, long ctimeNanos) {

        /** The identity of /run/netns/NAME now, or null when there is none. */
        static NetnsId of(String netnsName) {
            Path p = LabLayout.netnsPath(netnsName);
            try {
                Map<String, Object> a = Files.readAttributes(p, "unix:ino,ctime");
                return new NetnsId((Long) a.get("ino"), ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS));
            } catch (IOException e) {
                return null;
            }
        }
    }
}
