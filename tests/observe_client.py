#!/usr/bin/env python3
"""Plays a student's program against `sockscope observe` in the observe tests.

usage: observe_client.py KIND PORT [HOLD_SECONDS]
Each KIND sends a known byte sequence; the tests compare what SockScope recorded with it.
HOLD_SECONDS keeps a TCP connection open after sending (for the concurrent-clients test).
"""
import json
import socket
import struct
import sys
import time


def tcp(port):
    return socket.create_connection(("127.0.0.1", port))


def send_slowly(sock, data, pieces):
    """Sends data in `pieces` parts with short pauses, so the reader sees several recvs."""
    step = max(1, len(data) // pieces)
    for i in range(0, len(data), step):
        sock.sendall(data[i:i + step])
        time.sleep(0.005)


def length_prefixed(port):
    s = tcp(port)
    # Classic student code: struct.pack('!I', len) then the body, back to back.
    for body in [b"hello", b"world", b"", b"sticky packets", b"x" * 3000]:
        s.sendall(struct.pack("!I", len(body)) + body)
    return s


def delimiter(port):
    s = tcp(port)
    send_slowly(s, b"one\ntwo\nthree\n\nfour\n", 7)
    return s


def big_body(port):
    s = tcp(port)
    body = bytes(i % 251 for i in range(100_000))
    s.sendall(struct.pack("!I", len(body)) + body)
    return s


def udp(port):
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for datagram in [b"hello", b"", b"world", b"z" * 2000]:
        s.sendto(datagram, ("127.0.0.1", port))
        time.sleep(0.01)
    s.close()
    return None


def udp_big(port):
    """Datagrams longer than a short recv(): 2000 B and the largest IPv4 datagram, then 10 B."""
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    for size in [2000, 65507, 10]:
        s.sendto(b"d" * size, ("127.0.0.1", port))
        time.sleep(0.1)
    s.close()
    return None


def reset(port):
    """Sends a line, then closes with SO_LINGER 0: the kernel resets the connection."""
    s = tcp(port)
    s.sendall(b"hello\n")
    time.sleep(0.3)
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    s.close()
    return None


def malformed(port, what):
    s = tcp(port)
    if what == "huge-length":
        s.sendall(b"\xff\xff\xff\xff" + b"A" * 200_000)
    elif what == "header-not-json":
        header = b"{this is not json"
        s.sendall(struct.pack("!I", len(header)) + header + b"body")
    elif what == "header-without-size":
        header = json.dumps({"name": "a.bin"}).encode()
        s.sendall(struct.pack("!I", len(header)) + header + b"body")
    elif what == "no-delimiter":
        send_slowly(s, b"A" * 300_000, 10)
    else:
        raise SystemExit("unknown malformed kind " + what)
    return s


def main():
    kind, port = sys.argv[1], int(sys.argv[2])
    hold = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    if kind == "length":
        s = length_prefixed(port)
    elif kind == "delimiter":
        s = delimiter(port)
    elif kind == "big":
        s = big_body(port)
    elif kind == "udp":
        s = udp(port)
    elif kind == "udp-big":
        s = udp_big(port)
    elif kind == "reset":
        s = reset(port)
    elif kind.startswith("malformed:"):
        s = malformed(port, kind.split(":", 1)[1])
    else:
        raise SystemExit("unknown kind " + kind)
    if s is not None:
        time.sleep(hold)
        s.close()
    print("sent", flush=True)


if __name__ == "__main__":
    try:
        main()
    except (BrokenPipeError, ConnectionResetError):
        # Expected when SockScope turns the client away (--max-clients, relay to nothing).
        print("closed by the server", flush=True)
        sys.exit(3)
