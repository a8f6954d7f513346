#include "model/lessoncatalogue.h"

#include <algorithm>

#include <QMutex>
#include <QMutexLocker>
#include <QtGlobal>

namespace sockscope {

namespace {

using Settings = QList<QPair<QString, QString>>;

Scenario preset(const Settings &settings)
{
    Scenario s;
    for (const auto &[key, value] : settings) {
        const QString error = s.set(key, value);
        Q_ASSERT_X(error.isEmpty(), "LessonCatalogue", qPrintable(error));
        Q_UNUSED(error);
    }
    return s;
}

QPair<QString, QString> kv(const char *key, const char *value)
{
    return { QString::fromLatin1(key), QString::fromUtf8(value) };
}

const LessonVariant kNagleOn{ QT_TRANSLATE_NOOP("sockscope::Lesson", "Nagle on (TCP_NODELAY off)"),
                              { kv("nodelay", "false") } };
const LessonVariant kNagleOff{ QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP_NODELAY on"),
                               { kv("nodelay", "true") } };

// The framing lessons' switch: the same run without the framing (the sticky packets) and with
// it (the fix). "On" is the lesson as it is.
Lesson withFramingSwitch(Lesson lesson)
{
    lesson.switchName = QT_TRANSLATE_NOOP("sockscope::Lesson", "Framing");
    lesson.switchOff = LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "framing off"),
                                      { kv("framing", "none") } };
    lesson.switchOn = LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "framing on"), {} };
    return lesson;
}

QList<Lesson> makeLessons()
{
    QList<Lesson> lessons;
    lessons.append(
        Lesson{ QStringLiteral("side-by-side"),
                QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP and UDP side by side"),
                QT_TRANSLATE_NOOP(
                    "sockscope::Lesson",
                    "The same small messages over TCP and UDP at once, read by a slow reader"),
                QT_TRANSLATE_NOOP(
                    "sockscope::Lesson",
                    "Both senders send 12 short messages, one every 10 ms; both readers call "
                    "recv(1024) only every 50 ms. Look at the receiver lanes: the TCP recvs "
                    "return several messages glued together (\"sticky packets\"), because TCP "
                    "delivers a byte stream and keeps no message boundaries. Each UDP recv "
                    "returns exactly one datagram, because UDP keeps every boundary."),
                preset({ kv("protocol", "both"), kv("count", "12"), kv("interval_ms", "10"),
                         kv("read_interval_ms", "50") }),
                {} });
    lessons.append(
        Lesson{ QStringLiteral("tcp-slow-reader"),
                QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP: a slow reader merges messages"),
                QT_TRANSLATE_NOOP("sockscope::Lesson",
                                  "10 small sends; the reader calls recv(1024) every 50 ms"),
                QT_TRANSLATE_NOOP(
                    "sockscope::Lesson",
                    "The sender writes a message every 10 ms; the receiver reads only every "
                    "50 ms. Meanwhile the kernel queues the bytes in the receive buffer, and one "
                    "recv returns all that is queued, up to its size: several sends in one recv. "
                    "The receiver cannot tell where one message ended: that is the application's "
                    "job (see the framing lessons)."),
                preset({ kv("protocol", "tcp"), kv("count", "10"), kv("interval_ms", "10"),
                         kv("read_interval_ms", "50") }),
                {} });
    lessons.append(Lesson{
        QStringLiteral("tcp-nagle"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP: Nagle's algorithm holds small sends"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "Back-to-back small sends, TCP_NODELAY off vs on"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "The sender calls send() 40 times back to back with a few bytes each. With "
            "Nagle's algorithm on (the default), while earlier data is not yet "
            "acknowledged the kernel keeps new small pieces in the send queue and sends "
            "them together later: watch the \"unsent after send\" evidence grow. With "
            "TCP_NODELAY each send leaves at once while the congestion window allows; only "
            "when a long burst has filled it (a few dozen unacknowledged segments at the "
            "start of a connection) do the last sends wait for ACKs, Nagle or not."),
        preset({ kv("protocol", "tcp"), kv("count", "40"), kv("payload", "nagle-{n};") }),
        { kNagleOn, kNagleOff } });
    lessons.append(Lesson{
        QStringLiteral("tcp-nagle-delayed-ack"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP: Nagle meets delayed ACK (the 40 ms stall)"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "write-write-read request/response, Nagle on vs off: ~40 ms per request"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "The client writes each request with two send() calls (header, then body) "
            "and waits for the reply. With Nagle on, the body must wait until the header "
            "is acknowledged, but the server delays its ACK (Linux: about 40 ms) "
            "hoping to piggyback it on a reply it cannot write before it has the body. "
            "Most requests stall ~40 ms (the first may not: a new connection acknowledges "
            "at once for a while). With TCP_NODELAY the body leaves at once and the "
            "exchange takes microseconds on loopback."),
        preset({ kv("protocol", "tcp"), kv("count", "8"), kv("parts", "2"),
                 kv("payload", "GET /item/{n} HTTP/1.0\r\n\r\n"), kv("reply_size", "64") }),
        { kNagleOn, kNagleOff } });
    lessons.append(Lesson{
        QStringLiteral("tcp-split"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP: one send split over many recvs"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "A 5 KiB reply read with one recv(1024), then the next request"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "The server answers each request with one 5120-byte send(). The client "
            "naively calls recv(1024) once and assumes it has the whole reply. The rest "
            "stays queued, so when the client reads \"reply m1\" it really gets more of "
            "reply m0. One send can be split over many recvs: a reader must loop until "
            "it has the length it expects."),
        preset({ kv("protocol", "tcp"), kv("count", "3"), kv("payload", "GET /file/{n}\n"),
                 kv("reply_size", "5120"), kv("reply_read", "once"), kv("recv_size", "1024") }),
        {} });
    lessons.append(Lesson{
        QStringLiteral("tcp-partial-send"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP: send() may accept only part of the data"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "Non-blocking socket, small SO_SNDBUF, slow reader: partial sends"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "The sender's socket is non-blocking and its send buffer small; the reader "
            "is slow. When the buffers are full, send() returns fewer bytes than asked, "
            "or fails with EAGAIN. A correct program loops (\"sendall\") until every "
            "byte is accepted: each of those calls is drawn as its own send."),
        preset({ kv("protocol", "tcp"), kv("count", "6"), kv("size", "16384"),
                 kv("payload", "block-{n}:"), kv("nonblocking", "true"), kv("sndbuf", "4096"),
                 kv("rcvbuf", "4096"), kv("recv_size", "8192"), kv("read_interval_ms", "20") }),
        {} });
    lessons.append(Lesson{
        QStringLiteral("sleep-does-not-help"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP: sleeping between sends is not framing"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "A sender that sleeps 20 ms between sends, a fast and a slow reader"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "The sender sleeps 20 ms after every send(), a common \"fix\" for sticky packets. "
            "The fast reader waits in recv(): each message has arrived before the next one is "
            "sent, so every recv returns one message and the fix seems to work. The slow "
            "reader reads only every 100 ms (a busy program, a loaded machine): the kernel "
            "queues the messages meanwhile and one recv returns several, sleeps or not. "
            "Sleeping changes the timing, not the byte stream: only framing marks where a "
            "message ends."),
        preset({ kv("protocol", "tcp"), kv("count", "10"), kv("interval_ms", "20") }),
        { LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "fast reader"),
                         { kv("read_interval_ms", "0") } },
          LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "slow reader"),
                         { kv("read_interval_ms", "100") } } } });
    lessons.append(Lesson{
        QStringLiteral("tcp-cork"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP_CORK: small sends held on purpose"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "20 small sends with TCP_NODELAY, corked vs not: one segment vs many"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "The sender writes 20 small pieces back to back with TCP_NODELAY on. Uncorked, "
            "each send() leaves at once as a segment of its own (TCP_INFO counts the data "
            "segments, in the run's summary). With TCP_CORK the program asks the kernel to "
            "hold partial segments on purpose: each send() only queues its bytes (watch "
            "\"unsent after send\" grow) until the program removes the cork after its last "
            "send, and they leave together in one segment. A corked kernel holds data for at "
            "most 200 ms. The simulator does not model TCP_CORK: run this lesson on real "
            "sockets."),
        preset({ kv("protocol", "tcp"), kv("count", "20"), kv("payload", "part-{n};"),
                 kv("nodelay", "true") }),
        { LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP_CORK"),
                         { kv("cork", "true") } },
          LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "no cork"),
                         { kv("cork", "false") } } } });
    lessons.append(Lesson{
        QStringLiteral("tcp-quickack"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP_QUICKACK: the server ends the 40 ms stall"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "write-write-read with Nagle on, the server with and without "
                          "TCP_QUICKACK"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "The client of the delayed-ACK lesson again: each request in two send() calls, "
            "Nagle on. With the kernel's delayed ACK the body waits about 40 ms for the "
            "header's ACK. With TCP_QUICKACK the server acknowledges at once, so the body "
            "leaves at once and a request takes microseconds, Nagle still on. TCP_QUICKACK is "
            "not permanent: Linux leaves quick-ACK mode again on its own, so the server sets "
            "it again after every recv(). Compare tcp-nagle-delayed-ack, where the client "
            "fixes the same stall with TCP_NODELAY."),
        preset({ kv("protocol", "tcp"), kv("count", "8"), kv("parts", "2"),
                 kv("payload", "GET /item/{n} HTTP/1.0\r\n\r\n"), kv("reply_size", "64") }),
        { LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "delayed ACK"),
                         { kv("quickack", "false") } },
          LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "TCP_QUICKACK"),
                         { kv("quickack", "true") } } } });
    lessons.append(Lesson{
        QStringLiteral("tcp-rcvlowat"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "SO_RCVLOWAT: recv() waits for enough bytes"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "A small message every 5 ms, recv(1024) with SO_RCVLOWAT 64 vs the "
                          "default"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "The sender writes a 6- or 7-byte message every 5 ms, with TCP_NODELAY so that "
            "each leaves at once. A plain blocking recv() returns as soon as any byte is "
            "queued: about one message per call. With "
            "SO_RCVLOWAT 64 the same recv(1024) waits in the kernel until at least 64 bytes "
            "are queued, so every recv returns 64 bytes or more, except the last: once the "
            "sender has closed, recv() returns what is left. The mark says how long to wait, "
            "not where a message ends: the recvs still cut messages anywhere."),
        preset({ kv("protocol", "tcp"), kv("count", "40"), kv("interval_ms", "5"),
                 kv("nodelay", "true") }),
        { LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "default (1 byte)"),
                         { kv("rcvlowat", "0") } },
          LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "SO_RCVLOWAT 64"),
                         { kv("rcvlowat", "64") } } } });
    lessons.append(Lesson{
        QStringLiteral("send-vs-sendall"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "Blocking send() vs a non-blocking send loop"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "32 KiB messages into a small buffer: one blocking send() each vs "
                          "partial sends and EAGAIN"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "Each 32 KiB message goes into a small send buffer (SO_SNDBUF 4096) towards a "
            "slow reader. On a blocking socket send() waits in the kernel until the buffer has "
            "taken every byte and returns the whole length: one long call per message (Linux "
            "returns less only when a signal interrupts it). On a non-blocking socket send() "
            "takes what fits and returns that count, or fails with EAGAIN when nothing fits: "
            "the program must wait until the socket is writable and call again until every "
            "byte is accepted, which is what Python's sendall() does for it. tcp-partial-send "
            "shows the non-blocking loop alone."),
        preset({ kv("protocol", "tcp"), kv("count", "4"), kv("size", "32768"),
                 kv("payload", "block-{n}:"), kv("sndbuf", "4096"), kv("rcvbuf", "4096"),
                 kv("recv_size", "8192"), kv("read_interval_ms", "20") }),
        { LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "blocking send()"),
                         { kv("nonblocking", "false") } },
          LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "non-blocking send loop"),
                         { kv("nonblocking", "true") } } } });
    lessons.append(Lesson{
        QStringLiteral("concurrent-clients"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "Three clients, one server: a stream each"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "Three TCP clients send to one server at once; one lane per "
                          "connection"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "Three clients connect to one listening socket at the same time, as to a "
            "threading socketserver: the server accepts each connection and reads it in a "
            "thread of its own. Each client sends its own numbered messages every 10 ms "
            "(c0-msg-0; from client 0, c1-msg-0; from client 1, …). Each connection is a byte "
            "stream of its own, drawn as its own lanes: its recvs return only its client's "
            "bytes, in the order that client sent them, although the clients send at the "
            "same moments. Connections never mix; within one, only framing finds the "
            "messages again."),
        preset({ kv("protocol", "tcp"), kv("clients", "3"), kv("count", "8"),
                 kv("interval_ms", "10"), kv("payload", "c{c}-msg-{n};") }),
        {} });
    lessons.append(Lesson{
        QStringLiteral("udp-boundaries"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "UDP keeps message boundaries"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "Datagrams hello, world, sdfas: one recv each"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "Three datagrams are sent before the reader even starts. Unlike TCP, each "
            "recvfrom returns exactly one datagram, never two glued together and never "
            "half of one."),
        preset({ kv("protocol", "udp"), kv("count", "3"),
                 kv("payload", R"(["hello","world","sdfas"])"), kv("read_delay_ms", "100") }),
        {} });
    lessons.append(Lesson{
        QStringLiteral("udp-truncation"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "UDP: a short buffer truncates the datagram"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "100-byte datagrams read with recvfrom(10)"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "Each 100-byte datagram is read with a 10-byte buffer. recvfrom returns the "
            "first 10 bytes and the other 90 are gone for good: the next call returns "
            "the next datagram, not the rest. Linux does this silently (MSG_TRUNC tells "
            "the true size); Windows reports WSAEMSGSIZE."),
        preset({ kv("protocol", "udp"), kv("count", "5"), kv("size", "100"),
                 kv("payload", "datagram-{n}|"), kv("recv_size", "10") }),
        {} });
    lessons.append(Lesson{
        QStringLiteral("udp-peek"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "UDP: peek at the size first, then read it whole"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "100-byte datagrams, a 10-byte buffer: truncated, or MSG_PEEK | "
                          "MSG_TRUNC first"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "The fix for truncation. Each 100-byte datagram meets a reader whose buffer holds 10 "
            "bytes. Without peek, recvfrom returns 10 bytes and the other 90 are gone. With "
            "peek, the reader first calls recv(MSG_PEEK | MSG_TRUNC): the datagram stays "
            "queued, and Linux returns its full length, 100, although it copied only 10 bytes. "
            "The reader then calls recv with a buffer of exactly that size and gets the whole "
            "datagram. In the recv lane each outlined \"peek\" box is a call of its own, "
            "followed by the read that takes the datagram: a peek reads nothing away, so each "
            "datagram is still read once."),
        preset({ kv("protocol", "udp"), kv("count", "5"), kv("size", "100"),
                 kv("payload", "datagram-{n}|"), kv("recv_size", "10") }),
        { LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "without peek"),
                         { kv("peek", "false") } },
          LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "peek, then read the size"),
                         { kv("peek", "true") } } } });
    lessons.append(Lesson{
        QStringLiteral("udp-overflow"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "UDP: a full receive buffer drops datagrams"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "A burst of 100 datagrams into SO_RCVBUF 4096, slow reader: silent loss"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "100 datagrams of 100 bytes arrive in a burst while the reader is still "
            "asleep. The receive buffer (4096 requested, doubled by the kernel) holds "
            "only a handful, because the kernel also counts its own per-datagram "
            "overhead. The rest are dropped: no error for the sender or the receiver, "
            "they are simply lost."),
        preset({ kv("protocol", "udp"), kv("count", "100"), kv("size", "100"),
                 kv("payload", "burst-{n}|"), kv("rcvbuf", "4096"), kv("read_delay_ms", "200"),
                 kv("read_interval_ms", "2") }),
        {} });
    lessons.append(Lesson{
        QStringLiteral("udp-too-big"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "UDP: 65,507 bytes is the largest datagram"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "Datagrams of 65,506 to 65,509 B: above 65,507 send() fails with "
                          "EMSGSIZE"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "An IPv4 packet is at most 65,535 bytes long, and its IP and UDP headers take 28 of "
            "them (20 + 8): a UDP datagram carries at most 65,507 bytes. The sender sends four "
            "datagrams, each one byte longer than the one before, from 65,506 to 65,509 bytes; "
            "the reader's buffer holds 65,536. The first two arrive whole. The sends of 65,508 "
            "and 65,509 bytes fail with EMSGSIZE (drawn as failed sends): the kernel refuses the "
            "whole datagram and nothing of it is sent, since UDP never splits a message over "
            "several datagrams. Set size to 65,509 and size step to -1 to see that the socket "
            "goes on sending after a refused datagram."),
        preset({ kv("protocol", "udp"), kv("count", "4"), kv("size", "65506"), kv("size_step", "1"),
                 kv("payload", "big-{n}|"), kv("interval_ms", "10"), kv("recv_size", "65536") }),
        {} });
    lessons.append(Lesson{
        QStringLiteral("udp-connrefused"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "UDP: a connected socket hears that nobody listens"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "Sending to a closed port: connected, a later send() fails with "
                          "ECONNREFUSED; unconnected, nothing"),
        QT_TRANSLATE_NOOP(
            "sockscope::Lesson",
            "Nothing listens on the receiver's port: it was bound and closed again before the "
            "first send. Each datagram that arrives there is dropped, and the kernel answers "
            "with an ICMP \"port unreachable\" message. A UDP socket that called connect() has "
            "one fixed peer, and the kernel passes it the ICMP errors about that peer: the first "
            "send() succeeds, and the next one fails with ECONNREFUSED (drawn as a failed send) "
            "and sends nothing. The error is reported once, so the send after it goes out "
            "again. The unconnected socket (sendto() with an address every time) never hears of "
            "the ICMP message: every send succeeds and every datagram is lost without a word."),
        preset({ kv("protocol", "udp"), kv("count", "4"), kv("interval_ms", "10"),
                 kv("payload", "ping-{n};"), kv("receiver", "none") }),
        { LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "connected (connect(), send())"),
                         { kv("connect", "true") } },
          LessonVariant{ QT_TRANSLATE_NOOP("sockscope::Lesson", "unconnected (sendto())"),
                         { kv("connect", "false") } } } });
    lessons.append(
        Lesson{ QStringLiteral("empty-message"),
                QT_TRANSLATE_NOOP("sockscope::Lesson", "Sending zero bytes"),
                QT_TRANSLATE_NOOP("sockscope::Lesson", "An empty message over TCP and UDP"),
                QT_TRANSLATE_NOOP(
                    "sockscope::Lesson",
                    "The sender sends \"hello\", an empty message, then \"world\". Over TCP the "
                    "empty send() puts nothing in the stream: the reader sees helloworld, and "
                    "a recv that returns 0 bytes means the peer closed the connection. Over UDP "
                    "the empty datagram is real: recvfrom returns it as 0 bytes."),
                preset({ kv("protocol", "both"), kv("count", "3"),
                         kv("payload", R"(["hello","","world"])"), kv("read_delay_ms", "100") }),
                {} });
    lessons.append(withFramingSwitch(
        Lesson{ QStringLiteral("framing-length-prefix"),
                QT_TRANSLATE_NOOP("sockscope::Lesson", "Framing: a length prefix"),
                QT_TRANSLATE_NOOP("sockscope::Lesson",
                                  "The slow reader again, with a 4-byte length header"),
                QT_TRANSLATE_NOOP(
                    "sockscope::Lesson",
                    "Same traffic as the slow-reader lesson, but every message starts with its "
                    "length as a 4-byte big-endian number (Python: struct.pack('!I', n)). The "
                    "receiver's decoder reads the length, then exactly that many bytes, so it "
                    "recovers every message although the recvs still merge them."),
                preset({ kv("protocol", "tcp"), kv("count", "10"), kv("interval_ms", "10"),
                         kv("read_interval_ms", "50"), kv("framing", "length:4:be") }),
                {} }));
    lessons.append(withFramingSwitch(Lesson{
        QStringLiteral("framing-delimiter"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "Framing: a delimiter"),
        QT_TRANSLATE_NOOP("sockscope::Lesson", "Newline-terminated messages"),
        QT_TRANSLATE_NOOP("sockscope::Lesson",
                          "Every message ends with a newline. The decoder collects bytes until it "
                          "sees one, so it recovers each message whatever the recvs cut. The "
                          "delimiter must never occur inside a message."),
        preset({ kv("protocol", "tcp"), kv("count", "10"), kv("interval_ms", "10"),
                 kv("read_interval_ms", "50"), kv("payload", "line {n}"),
                 kv("framing", "delimiter:\\n") }),
        {} }));
    lessons.append(withFramingSwitch(
        Lesson{ QStringLiteral("framing-json-header"),
                QT_TRANSLATE_NOOP("sockscope::Lesson", "Framing: header length, JSON header, body"),
                QT_TRANSLATE_NOOP(
                    "sockscope::Lesson",
                    "The classic file transfer: length, JSON header with the size, then the body"),
                QT_TRANSLATE_NOOP(
                    "sockscope::Lesson",
                    "Each file is sent as a 4-byte header length, a JSON header such as "
                    "{\"name\": \"msg-0.bin\", \"size\": 3000}, then the 3000-byte body. The "
                    "receiver reads the header length, then the header, then counts off exactly "
                    "\"size\" body bytes, although the body arrives in many recvs."),
                preset({ kv("protocol", "tcp"), kv("count", "3"), kv("size", "3000"),
                         kv("payload", "file {n} contents. "), kv("interval_ms", "20"),
                         kv("read_interval_ms", "10"), kv("framing", "json-header:4:be:size") }),
                {} }));
    return lessons;
}

} // namespace

const QList<Lesson> &LessonCatalogue::all()
{
    static const QList<Lesson> lessons = makeLessons();
    return lessons;
}

namespace {

struct FileLessons
{
    QMutex mutex;
    QList<std::shared_ptr<const Lesson>> lessons;
    // Replaced or removed: kept, so that a pointer find() gave out never dangles.
    QList<std::shared_ptr<const Lesson>> retired;
};

FileLessons &fileLessons()
{
    static FileLessons f;
    return f;
}

} // namespace

QList<std::shared_ptr<const Lesson>> LessonCatalogue::fromFiles()
{
    FileLessons &f = fileLessons();
    const QMutexLocker lock(&f.mutex);
    return f.lessons;
}

QList<const Lesson *> LessonCatalogue::everyLesson()
{
    QList<const Lesson *> lessons;
    for (const Lesson &lesson : all())
        lessons << &lesson;
    for (const auto &lesson : fromFiles())
        lessons << lesson.get();
    return lessons;
}

bool LessonCatalogue::isBuiltIn(const QString &name)
{
    return std::any_of(all().cbegin(), all().cend(),
                       [&](const Lesson &lesson) { return lesson.name == name; });
}

const Lesson *LessonCatalogue::find(const QString &name)
{
    for (const Lesson &lesson : all()) {
        if (lesson.name == name)
            return &lesson;
    }
    for (const auto &lesson : fromFiles()) {
        if (lesson->name == name)
            return lesson.get();
    }
    return nullptr;
}

const Lesson *LessonCatalogue::of(const Trace &trace)
{
    return trace.lessonFile ? trace.lessonFile.get() : find(trace.lesson);
}

bool LessonCatalogue::addFromFile(const Lesson &lesson)
{
    if (isBuiltIn(lesson.name))
        return false;
    FileLessons &f = fileLessons();
    const QMutexLocker lock(&f.mutex);
    auto added = std::make_shared<const Lesson>(lesson);
    for (auto &existing : f.lessons) {
        if (existing->name == lesson.name) {
            f.retired.append(existing);
            existing = added;
            return true;
        }
    }
    f.lessons.append(added);
    return true;
}

void LessonCatalogue::removeFromFiles(const QString &name)
{
    FileLessons &f = fileLessons();
    const QMutexLocker lock(&f.mutex);
    f.lessons.removeIf([&](const auto &lesson) {
        if (lesson->name != name)
            return false;
        f.retired.append(lesson);
        return true;
    });
}

} // namespace sockscope
