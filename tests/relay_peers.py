#!/usr/bin/env python3
"""Both ends of a relay test: a server that answers every request with its bytes reversed, and
a client that sends 100 KB of arbitrary bytes through `sockscope observe --relay`.

usage: relay_peers.py server            prints its port, serves one client, exits
       relay_peers.py client RELAY_PORT prints "exact" when the answer is byte-exact
"""
import socket
import sys

PAYLOAD = bytes((i * 7 + i // 256) % 256 for i in range(100_000))


def serve():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    print(srv.getsockname()[1], flush=True)
    conn, _ = srv.accept()
    data = b""
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            break
        data += chunk
    conn.sendall(data[::-1])
    conn.close()


def client(port):
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall(PAYLOAD)
    s.shutdown(socket.SHUT_WR)  # the server answers once it has everything
    answer = b""
    while True:
        chunk = s.recv(65536)
        if not chunk:
            break
        answer += chunk
    print("exact" if answer == PAYLOAD[::-1] else "differs %d" % len(answer), flush=True)


if __name__ == "__main__":
    serve() if sys.argv[1] == "server" else client(int(sys.argv[2]))
