"""Both ends for bench/snapshot.sh: 'server HOST PORT' accepts MPTCP connections and holds them;
'client HOST PORT N' opens N MPTCP connections, sends one byte on each (so the kernel adds its
joins), prints "ready" and holds them. Both run until their standard input closes."""
import socket
import sys
import threading

role, host, port = sys.argv[1], sys.argv[2], int(sys.argv[3])
held = []
if role == "server":
    srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_MPTCP)
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, port))
    srv.listen(4096)

    def accept():
        while True:
            held.append(srv.accept()[0])

    threading.Thread(target=accept, daemon=True).start()
    print("listening", flush=True)
else:
    for _ in range(int(sys.argv[4])):
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_MPTCP)
        s.connect((host, port))
        s.sendall(b"x")
        held.append(s)
    print("ready", flush=True)
sys.stdin.read()
