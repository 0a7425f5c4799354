"""A program that is not mpsh: opens N MPTCP connections to HOST:PORT, echoes one line on
each, prints "ready" and keeps them open until its standard input closes."""
import socket
import sys

host, port, count = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
held = []
for _ in range(count):
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_MPTCP)
    s.connect((host, port))
    s.sendall(b"hello\n")
    got = b""
    while not got.endswith(b"\n"):
        chunk = s.recv(100)
        if not chunk:
            sys.exit("the server closed the connection")
        got += chunk
    held.append(s)
print("ready", flush=True)
sys.stdin.read()
