"""An MPTCP echo server that is not mpsh: listens on HOST:PORT, prints "listening", echoes every
connection in a thread of its own until its standard input closes."""
import socket
import sys
import threading

host, port = sys.argv[1], int(sys.argv[2])
server = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_MPTCP)
server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
server.bind((host, port))
server.listen(16)


def echo(conn):
    with conn:
        while True:
            data = conn.recv(65536)
            if not data:
                return
            conn.sendall(data)


def serve():
    while True:
        conn, _ = server.accept()
        threading.Thread(target=echo, args=(conn,), daemon=True).start()


threading.Thread(target=serve, daemon=True).start()
print("listening", flush=True)
sys.stdin.read()
