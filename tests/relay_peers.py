#!/usr/bin/env python3
"""Both ends of a relay test: servers and clients that talk through `sockscope observe --relay`
and say what they saw of the other end, as a real client or server would see it.

usage: relay_peers.py SERVER_KIND          prints its port, serves one client, exits
       relay_peers.py CLIENT_KIND RELAY_PORT

servers: server          answers every request with its bytes reversed, once the client
                         half-closed (shut down its sending side)
         server-late     the same, but answers 0.3 s after the half-close, in pieces
         server-reset    reads a request line, answers "partial answer\\n", then resets the
                         connection (SO_LINGER 0)
         server-read     reads until the end; prints "eof N" or "reset N" (N bytes read)
         server-stream   sends until the connection fails; prints "reset N" or "epipe N" (N
                         bytes sent)
clients: client          sends 100 KB, half-closes, prints "exact" when the answer is the bytes
                         reversed
         client-read     sends a request line 50 ms after connecting, reads until the end;
                         prints "eof N" (a clean close after N bytes) or "reset N"
                         (ECONNRESET after N bytes)
         client-reset    sends "hello\\n", then resets the connection (SO_LINGER 0)
         client-quit     sends a request line, reads one chunk, closes with the rest unread
"""
import socket
import struct
import sys
import time

PAYLOAD = bytes((i * 7 + i // 256) % 256 for i in range(100_000))
REQUEST = b"GET / HTTP/1.0\r\n\r\n"
ANSWER = b"partial answer\n"


def reset(sock):
    """Closes with SO_LINGER 0: the kernel sends RST instead of FIN."""
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def read_to_end(sock):
    """Reads until the peer closes or resets; "eof N" or "reset N"."""
    n = 0
    while True:
        try:
            chunk = sock.recv(65536)
        except ConnectionResetError:
            return "reset %d" % n
        if not chunk:
            return "eof %d" % n
        n += len(chunk)


def read_all(conn):
    data = b""
    while True:
        chunk = conn.recv(65536)
        if not chunk:
            return data
        data += chunk


def serve(kind):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    print(srv.getsockname()[1], flush=True)
    conn, _ = srv.accept()
    if kind == "server":
        conn.sendall(read_all(conn)[::-1])
        conn.close()
    elif kind == "server-late":
        answer = read_all(conn)[::-1]
        time.sleep(0.3)
        step = len(answer) // 4 + 1
        for i in range(0, len(answer), step):
            conn.sendall(answer[i:i + step])
            time.sleep(0.05)
        conn.close()
    elif kind == "server-reset":
        request = b""
        while not request.endswith(b"\n"):
            chunk = conn.recv(1024)
            if not chunk:
                break
            request += chunk
        conn.sendall(ANSWER)
        time.sleep(0.1)
        reset(conn)
    elif kind == "server-read":
        print(read_to_end(conn), flush=True)
    elif kind == "server-stream":
        sent = 0
        try:
            while True:
                sent += conn.send(b"s" * 65536)
        except ConnectionResetError:
            print("reset %d" % sent, flush=True)
        except BrokenPipeError:
            print("epipe %d" % sent, flush=True)


def client(kind, port):
    s = socket.create_connection(("127.0.0.1", port))
    if kind == "client":
        s.sendall(PAYLOAD)
        s.shutdown(socket.SHUT_WR)  # the server answers once it has everything
        answer = read_all(s)
        print("exact" if answer == PAYLOAD[::-1] else "differs %d" % len(answer), flush=True)
    elif kind == "client-read":
        time.sleep(0.05)  # a request that comes a moment after the handshake, as curl's may
        s.sendall(REQUEST + b"\n")
        print(read_to_end(s), flush=True)
    elif kind == "client-reset":
        s.sendall(b"hello\n")
        time.sleep(0.2)
        reset(s)
    elif kind == "client-quit":
        s.sendall(REQUEST + b"\n")
        s.recv(1024)
        s.close()  # unread bytes: the kernel resets the connection


if __name__ == "__main__":
    if sys.argv[1].startswith("server"):
        serve(sys.argv[1])
    else:
        client(sys.argv[1], int(sys.argv[2]))
