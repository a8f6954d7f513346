#pragma once

#include "model/eventlist.h"
#include "model/expectation.h"
#include "model/expectationtext.h"
#include "model/preview.h"
#include "model/recvevent.h"
#include "model/scenario.h"
#include "model/sendevent.h"
#include "model/tcpinfo.h"
#include "model/unrecorded.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <cstdint>
#include <memory>
#include <optional>

// Plain value types of a recorded (or simulated) run. Behaviour lives in the classes that
// make them (runners, simulator) and read them (Analysis, writers, renderer).

namespace sockscope {

struct Lesson;

using SendList = EventList<SendEvent>;
using RecvList = EventList<RecvEvent>;

struct Frame
{
    int id = 0;
    qint64 offset = 0;
    qint64 length = 0;
    // The message's own bytes: after its header, without its delimiter (a preview shorter than
    // this is the start of it). -1 in a trace written before this was recorded.
    qint64 payloadBytes = -1;
    bool complete = true;
    QList<int> recvs;
    QVariantMap fields; // json-header only
    QString error; // what the decoder found wrong (untrusted peer)
    QByteArray preview;
};

// One packet on the wire: a TCP data segment or ACK, or a UDP datagram. A simulated run's
// packets come from the model; a real run's were captured on loopback (capture/), when the
// capture was allowed (Run::wire says which). A captured packet is seen once, as loopback
// delivers it, so it arrives when it leaves (arriveNs == tNs).
struct Segment
{
    qint64 tNs = 0; // when it starts to leave the sender
    qint64 arriveNs = -1; // when it reaches the peer; -1 when lost
    bool ack = false; // TCP: a pure ACK (or one piggybacked on data going the other way)
    qint64 offset = 0; // data: stream offset of its first byte; ACK: next byte expected
    qint64 bytes = 0; // payload bytes (0 for an ACK, a bare FIN or a window probe)
    qint64 window = -1; // ACK: receive window it advertises, -1 for data
    int message = -1; // UDP: the message the datagram carries
    // Observed UDP (a foreign sender, no messages): the recv() that read this captured datagram,
    // -1 when none did or the evidence does not say which (DatagramMatcher).
    int recv = -1;
    bool lost = false; // dropped by the network
    bool dropped = false; // UDP: arrived, but the receive buffer was full
    bool retransmit = false; // TCP: a copy sent again after a timeout
    bool fin = false; // TCP: carries the end of the stream (shutdown)
    bool piggybacked = false; // TCP ACK riding on a data segment of the reverse direction
    bool duplicate = false; // a second copy made by the network
    bool syn = false; // TCP: opens the connection (captured runs)
    bool rst = false; // TCP: resets the connection (captured runs)
};

// Where a run's segments come from: none (a real run without capture, an observe run), the
// simulator's model, or packets captured on loopback.
enum class Wire { None, Simulated, Captured };

// One packet as the capture library handed it over: the raw bytes, so that a pcapng export is
// exactly what was captured.
struct CapturedPacket
{
    qint64 timestampNs = 0; // CLOCK_REALTIME, as the kernel stamped it
    qint64 length = 0; // on the wire; data may be shorter (a long run keeps headers only)
    QByteArray data;
};

// The packets captured while one planned run recorded (its TCP connection and UDP sockets):
// not part of the trace JSON, kept for --pcap.
struct PacketCapture
{
    QString name; // the interface the packets were captured on ("lo")
    QString description; // which runs, which ports
    int linkType = 0; // the pcap link type of data (DLT_EN10MB on Linux loopback)
    QList<CapturedPacket> packets;
    // Packets the kernel could not put in the capture's ring (full during a burst): the lanes
    // lack them, so nothing is matched by position (DatagramMatcher).
    qint64 missed = 0;
};

// Unsent: the sender never handed the message to the kernel whole (the run was stopped, or cut
// at the event cap, before its last byte was sent; or send() refused it, as EMSGSIZE does).
// Lost: a datagram that was sent and never received, though the reader read on (a later
// datagram arrived, or the run ended as planned). Unread: sent whole, but the run ended (stopped,
// failed, cut at the cap) before the reader had read it whole: the kernel may still have held
// it. A TCP message is never lost: what the reader did not read is unread.
enum class Fate { Intact, Merged, Split, Truncated, Lost, Empty, Unsent, Unread };

struct MessageFate
{
    int message = 0;
    int firstSend = -1; // -1 when the sender never got to send it
    qint64 offset = 0; // TCP stream offset of its first byte
    qint64 length = 0; // bytes on the wire (including framing)
    Fate fate = Fate::Intact;
    QList<int> recvs;
    QByteArray preview;
};

struct Summary
{
    qint64 sentBytes = 0;
    qint64 receivedBytes = 0;
    qint64 truncatedBytes = 0; // UDP: bytes cut off by short recv buffers
    qint64 lostBytes = 0; // UDP: bytes of datagrams never received
    int messages = 0;
    int intact = 0;
    int merged = 0;
    int split = 0;
    int truncated = 0;
    int lost = 0;
    int empty = 0;
    int partialSends = 0; // send() calls that accepted fewer bytes than asked
    int recvCalls = 0;
    bool conserved = false;
    int unsent
        = 0; // messages not sent whole (Fate::Unsent); last: older code sets the rest in order
    int unread = 0; // messages sent whole, not read whole before the run ended (Fate::Unread)
    qint64 unreadBytes = 0; // UDP: bytes of those datagrams

    // The count of messages of one fate: the one map from a fate to its field.
    int &messagesOf(Fate fate);
    int messagesOf(Fate fate) const { return const_cast<Summary *>(this)->messagesOf(fate); }
};

struct EffectiveOptions
{
    std::optional<qint64> sndbuf;
    std::optional<qint64> rcvbuf;
    std::optional<bool> nodelay;
    // TCP requests runs only. quickack and rcvlowat are read back only where the run sets them
    // (nullopt otherwise, and where not measured), as getsockopt() said right after they were
    // set (quickack: on at that moment; Linux leaves quick-ACK mode as it pleases, so the runner
    // sets it again after every recv()). cork (TCP_CORK before the first send) and nonblocking
    // (O_NONBLOCK in the sender's file status flags) on every TCP requests run.
    std::optional<bool> cork;
    std::optional<bool> quickack;
    std::optional<qint64> rcvlowat;
    std::optional<bool> nonblocking;
};

enum class Protocol { Tcp, Udp };
// Where runs come from: real loopback sockets, the simulator's imagined network, or both (each
// real run with its prediction, the CLI's `run --mode` and the GUI's mode switch). A Run is
// Real or Sim, never Both.
enum class Mode { Real, Sim, Both };

// Which side of the conversation SockScope played. Loopback: both ends (a lesson), so fates and
// conservation can be computed. The others see one side of an external program's traffic:
// Observer and Relay record recvs only (no sends, no messages), Sender records sends only.
enum class Role { Loopback, Observer, Relay, Sender };

// What an observe session (`sockscope observe`, the window's Observe tab) was set to: where it
// listened and how its recv()s read. Observe and relay traces carry it, so that their captions,
// tables and JSON describe the observation that ran and not a lesson's scenario.
struct ObservationSettings
{
    Protocol protocol = Protocol::Tcp;
    QString address; // where it listened
    quint16 port = 0; // the port it listened on (the kernel's pick when asked for port 0)
    int recvSize = 0; // bytes asked of every recv()
    int readIntervalMs = 0; // 0: recv() as soon as data is ready
    QString framing = QStringLiteral("none"); // TCP only
    qint64 maxFrame = 0; // the largest frame the decoder accepts
    int maxClients = 0; // TCP connections recorded at once
    QString relay; // HOST:PORT of the server a relay forwards to; empty when not relaying
    qint64 durationMs = 0; // 0: until stopped
    bool evidence = true; // FIONREAD before each recv

    bool operator==(const ObservationSettings &) const = default;
};

struct Run
{
    QString label; // e.g. "TCP, Nagle on" or "TCP replies (server → client)"
    Protocol protocol = Protocol::Tcp;
    Mode mode = Mode::Real;
    Role role = Role::Loopback;
    QStringList peers; // external endpoints ("127.0.0.1:5555"): the TCP peer, UDP senders
    Scenario scenario; // the resolved scenario of this run (variant applied)
    EffectiveOptions requested;
    EffectiveOptions effective;
    QList<QByteArray> messages; // what the application meant to send, as it goes on the wire
    SendList sends;
    RecvList recvs;
    QList<Frame> frames;
    QList<MessageFate> fates;
    QList<Segment> segments; // the wire lane, in departure order (see wire)
    Wire wire = Wire::None;
    Summary summary;
    int requestsRun = -1; // a replies run: index in Trace::runs of its requests run
    bool aborted = false; // stopped by the user before the end
    QString error; // socket-level failure, empty when the run completed
    qint64 durationNs = 0;
    // Observed runs: recording stopped before the run ended (a cap, the memory budget), and
    // what was read after that and not recorded. Empty when every call was recorded.
    std::optional<Unrecorded> unrecorded;
    // Real UDP runs (lessons and observe): datagrams the kernel dropped on the receiving socket
    // during the run, from its own counter (SO_MEMINFO's drops at the end minus at the start;
    // the same counter SO_RXQ_OVFL reports with each datagram). nullopt where not measured
    // (simulated and TCP runs, a kernel that does not say).
    std::optional<qint64> kernelDrops;
    // Real TCP runs: TCP_INFO of the socket that sent the run's bytes and of the one that read
    // them, read when the run ended. An observe or relay run has only the receiver (its own
    // socket); nullopt where not measured.
    std::optional<TcpInfo> tcpInfoSender;
    std::optional<TcpInfo> tcpInfoReceiver;
};

struct Trace
{
    Scenario scenario;
    QString lesson;
    QList<Run> runs;
    QStringList notes; // outside the runs (observe: clients turned away, a relay's resets)
    // The lesson's self-check (analysis/LessonExpectations), empty for a trace of no lesson: the
    // headline with the measured numbers, one part per run or pair of runs (shown joined by
    // " · "), and each claim judged against the runs.
    QList<ExpectationText> headline;
    QList<Expectation> expectations;
    // Observe and relay traces: the session's settings. Its scenario then holds only the
    // reader's keys (ObserveOptions::readerScenario).
    std::optional<ObservationSettings> observe;
    // Real runs: the raw packets behind their captured segments, for --pcap. Not in the JSON.
    QList<PacketCapture> captures;
    // A lesson read from a file (io/LessonFile): the whole lesson, written into the trace JSON
    // ("lesson_file"), so that the trace is judged again without the file. Null for a built-in.
    std::shared_ptr<const Lesson> lessonFile;
};

QString protocolName(Protocol p);
QString fateName(Fate f);
QString modeName(Mode m); // "real", "sim", "both" (trace JSON "mode", --mode, settings)
std::optional<Mode> parseMode(const QString &name);
QString roleName(Role r);
QString wireName(Wire w); // "", "simulated", "captured" (trace JSON "wire")
std::optional<Wire>
parseWire(const QString &name); // "loopback", "observer", "relay", "sender" (trace JSON "role")
// True for runs that see one side only: no fates, no conservation check.
inline bool isOneSided(const Run &run)
{
    return run.role != Role::Loopback;
}

} // namespace sockscope
