#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sockscope {

// Every knob of a run. A plain value: the runners, the simulator and the GUI read it; fromJson()/
// set() are the only ways text becomes a Scenario, and both validate. Each key (name, range, words)
// is an entry of ScenarioKey's table, which set(), fromJson(), toJson(), keys() and validate() go
// through; a new member needs an entry there.
struct Scenario
{
    enum class Protocols { Tcp, Udp, Both };
    enum class ReplyRead { Full, Once };
    enum class Platform { Linux, Windows, Macos };
    enum class Receiver { Present, None };

    Protocols protocol = Protocols::Both;
    int count = 10;
    int size = -1; // bytes per message; -1 = "auto", the rendered payload's length
    int sizeStep = 0; // message n is size (or its payload's length) + n × sizeStep bytes, >= 0
    int intervalMs = 0; // pause between messages; 0 = back to back
    QStringList payload{ QStringLiteral("msg-{n};") }; // cycled per message, {n} = message number
    bool nodelay = false; // TCP_NODELAY
    int sndbuf = 0; // SO_SNDBUF request; 0 = kernel default
    int rcvbuf = 0; // SO_RCVBUF request; 0 = kernel default
    int recvSize = 1024; // size passed to every recv()
    int readIntervalMs = 0; // 0 = read when data is ready, else one recv() every N ms
    int readDelayMs = 0; // the reader starts this late
    // UDP: recvmsg(MSG_PEEK | MSG_TRUNC) first (the datagram's full length, left queued), then
    // one recvmsg() with a buffer of that length
    bool peek = false;
    // UDP: None = no socket on the receiver's port (bound, then closed before the first send)
    Receiver receiver = Receiver::Present;
    bool nonblocking = false; // O_NONBLOCK sender: partial sends and EAGAIN become visible
    bool connected = false; // UDP: connect() the sender to the receiver's port, then send()
    QString framing = QStringLiteral("none");
    int parts = 1; // send() calls per message (2 = the write-write-read pattern)
    int replySize = 0; // TCP: >0 = request/response, the server answers each message
    ReplyRead replyRead = ReplyRead::Full; // Once = the client's classic single recv() per reply
    bool evidence = true; // record kernel evidence (costs an ioctl per call)
    bool cork = false; // TCP_CORK on the sender from the first send, removed after the last
    bool quickack = false; // TCP_QUICKACK on the server, set again after every recv()
    int rcvlowat = 0; // SO_RCVLOWAT on the server; 0 = the kernel's default (1 byte)
    int clients = 1; // TCP: clients connecting to the one server at once, one run each

    // The imagined network of --mode sim (the real runners ignore these). Defaults: a 20 ms round
    // trip, a nearby server, is long enough that Nagle and delayed ACK show on a millisecond
    // axis and short enough that every lesson ends quickly; MSS 1460 is Ethernet's; no loss,
    // reordering or duplication unless asked, so the lessons show their own phenomenon only.
    int rttMs = 20; // round-trip time (propagation, both ways)
    int bandwidthKbps = 0; // link rate in kbit/s, 0 = unlimited
    int mss = 1460; // TCP maximum segment size
    double loss = 0; // probability that a packet is lost, 0..1
    double reorder = 0; // probability that a packet is held back behind later ones
    double duplicate = 0; // probability that a packet arrives twice
    // The operating system whose documented socket behaviour the simulator models
    // (model/PlatformProfile): delayed-ACK timer, UDP truncation, largest datagram, buffers.
    Platform platform = Platform::Linux;
    // The receiver's delayed ACK timeout; -1 = auto (the platform's: Linux 40, Windows 200,
    // macOS 100), 0 = off.
    int delayedAckMs = -1;
    qint64 seed = 1; // random seed: same seed and scenario, same trace

    static QStringList keys();

    // One clear sentence naming the offending key, or an empty string when all is well.
    QString validate() const;

    // Applies key=value (the CLI's --set and scenario files share it). Returns an error sentence.
    QString set(const QString &key, const QString &value);

    QJsonObject toJson() const;
    static std::optional<Scenario> fromJson(const QJsonObject &json, QString *error);
    static std::optional<Scenario> fromFile(const QString &path, QString *error);
    QString saveFile(const QString &path) const;

    // Message n as the application hands it over (before any framing); {c} reads 0, client 0's.
    QByteArray message(int n) const;

    // message(n) for many n: the payload is split at {n} and converted to UTF-8 once, and each
    // message is built as bytes. (A QString replace and a UTF-8 conversion per message were
    // three quarters of a million-message simulation.)
    class MessageBuilder
    {
    public:
        // client: what {c} in the templates stands for (the client's number, 0 with one).
        explicit MessageBuilder(const Scenario &scenario, int client = 0);
        // Appends message n to out; returns its length.
        qsizetype append(QByteArray &out, int n) const;
        // message(n).size() without building it, to allocate once.
        qsizetype length(int n) const;
        // The longest of the first count messages' lengths, or a little more (every template
        // measured with the last message's number); without building any.
        qsizetype longest(int count) const;
        QByteArray message(int n) const;

    private:
        // Message n's length from its base (size, or its text's own length): base + n × size_step,
        // at least 0.
        qsizetype sizeOf(int n, qsizetype base) const;
        QList<QList<QByteArray>> m_pieces; // per payload entry: the UTF-8 text between {n}s
        int m_size;
        int m_step;
    };

    bool hasTcp() const { return protocol != Protocols::Udp; }
    bool hasUdp() const { return protocol != Protocols::Tcp; }

    // One line of the parameters, for captions and the CLI header. Keys in perRun (nodelay,
    // sndbuf, rcvbuf, framing, read_interval_ms, nonblocking, cork, quickack, rcvlowat) differ
    // between the runs of one trace (a lesson's variants): they read "per run" rather than one
    // value that some runs did not have.
    QString describe(const QStringList &perRun = {}) const;
    // describe() without the receiver's keys, for a trace whose receiver is not SockScope's
    // (send-to: an external server reads).
    QString describeSender() const;
    // One line of the simulated network's keys, for sim runs' captions and reports.
    QString describeNetwork() const;

    bool operator==(const Scenario &) const = default;

private:
    // The message sizes in describe(): "size auto", "100 B each", "65506 B, then 1 B more each".
    QString sizes() const;
    QString setValue(const QString &key, const QJsonValue &value);
    // The longest message's length in bytes (size, or the payload's own when size is auto).
    qint64 longestMessage() const;
};

} // namespace sockscope
