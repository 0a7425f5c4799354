package dev.mpsh.lab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/**
 * A plain-TCP echo server with the command line and log lines of dev.mpsh.echo.EchoServer, for
 * the lab engine's tests until the MPTCP one lands: the engine only needs a process that
 * listens in its namespace. Select it with -Dmpsh.echo.main=dev.mpsh.lab.StandInEchoServer.
 */
public final class StandInEchoServer {
    private StandInEchoServer() {
    }

    public static void main(String[] args) throws IOException {
        String listen = null;
        String name = "echo";
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (args[i].equals("--listen")) {
                listen = args[i + 1];
            } else if (args[i].equals("--name")) {
                name = args[i + 1];
            }
        }
        if (listen == null) {
            System.err.println("usage: StandInEchoServer --listen HOST:PORT --name NAME");
            System.exit(2);
        }
        int colon = listen.lastIndexOf(':');
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getByName(listen.substring(0, colon)),
                    Integer.parseInt(listen.substring(colon + 1))));
            System.out.println(name + " listening on " + listen + " (tcp)");
            System.out.flush();
            while (true) {
                Socket s = server.accept();
                System.out.println(name + " accepted " + s.getRemoteSocketAddress());
                System.out.flush();
                Thread t = new Thread(() -> echo(s));
                t.setDaemon(true);
                t.start();
            }
        }
    }

    private static void echo(Socket s) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // the peer went away
        }
    }
}
