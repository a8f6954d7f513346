#include "analysis/lessonexpectations.h"

#include "analysis/analysis.h"
#include "analysis/runmeasures.h"
#include "model/errnoname.h"
#include "model/eventcap.h"
#include "model/lessoncatalogue.h"
#include "model/scenariokey.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <optional>
#include <vector>

namespace sockscope {

namespace {

using Text = ExpectationText;

// ---- measuring: everything below reads what Analysis and the recorder left in the trace ----

Text text(const char *source, const QStringList &args = {})
{
    return Text{ QString::fromUtf8(source), args };
}

Text text(const char *source, const QStringList &args, const QList<int> &counts)
{
    return Text{ QString::fromUtf8(source), args, counts };
}

QString num(qint64 n)
{
    return QString::number(n);
}

// The counted nouns of the claims and headlines: an argument of its own, with its number in the
// text's counts, so that it reads "1 recv" and "3 recvs" (and in the plural form of Chinese).
struct Noun
{
    const char *source; // QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n …(s)")
    operator QString() const
    {
        return QString::fromUtf8(source);
    } // NOLINT(google-explicit-constructor)
};

constexpr Noun kMessages{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n message(s)") };
constexpr Noun kRecvs{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n recv(s)") };
constexpr Noun kSends{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n send(s)") };
constexpr Noun kSendCalls{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations",
                                               "%n send() call(s)") };
constexpr Noun kDatagrams{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n datagram(s)") };
constexpr Noun kRequests{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n request(s)") };
constexpr Noun kPartialSends{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations",
                                                  "%n partial send(s)") };
constexpr Noun kErrors{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n error(s)") };
constexpr Noun kFailedCalls{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations",
                                                 "%n send() or recv() call(s)") };
constexpr Noun kPeeks{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n peek(s)") };

int count(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, INT_MAX));
}

constexpr int kNo = -1; // an argument that is no count

// Milliseconds with the digits that matter on a slide: 44, 4.2, 0.35, 0.011.
QString ms(qint64 ns)
{
    const double v = double(ns) / 1e6;
    if (v >= 10)
        return QString::number(v, 'f', 0);
    if (v >= 1)
        return QString::number(v, 'f', 1);
    if (v >= 0.1)
        return QString::number(v, 'f', 2);
    return QString::number(v, 'f', 3);
}

// The measures shared with the prediction questions (RunMeasures).
using Held = RunMeasures::Held;
constexpr auto repliesOf = &RunMeasures::repliesOf;
constexpr auto mostMessagesInOneRecv = &RunMeasures::mostMessagesInOneRecv;
constexpr auto dataRecvs = &RunMeasures::dataRecvs;
constexpr auto zeroByteRecvs = &RunMeasures::zeroByteRecvs;
constexpr auto errors = &RunMeasures::errors;
constexpr auto held = &RunMeasures::held;
constexpr auto trips = &RunMeasures::trips;
constexpr auto median = &RunMeasures::median;
constexpr auto bytesOfMessageIn = &RunMeasures::bytesOfMessageIn;
constexpr auto recovered = &RunMeasures::recovered;

bool loopback(const Run &run)
{
    return run.role == Role::Loopback;
}

// The runs of a trace that carry the headline: what the kernel did (the real runs) when there
// are any, else the simulator's.
bool headlineRun(const Trace &trace, const Run &run)
{
    const bool anyReal = std::any_of(trace.runs.cbegin(), trace.runs.cend(),
                                     [](const Run &r) { return r.mode == Mode::Real; });
    return loopback(run) && (run.mode == Mode::Real || !anyReal);
}

// A TCP byte stream of ours: requests, or a plain stream (not the replies of an exchange).
bool tcpStream(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    return loopback(run) && run.protocol == Protocol::Tcp && run.requestsRun < 0;
}

bool udp(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    return loopback(run) && run.protocol == Protocol::Udp;
}

bool framed(const Run &run)
{
    return run.scenario.framing != QLatin1String("none");
}

bool nagleOn(const Trace &trace, int i)
{
    return tcpStream(trace, i) && trace.runs[i].effective.nodelay == std::optional<bool>(false);
}

bool nodelayOn(const Trace &trace, int i)
{
    return tcpStream(trace, i) && trace.runs[i].effective.nodelay == std::optional<bool>(true);
}

bool exchange(const Trace &trace, int i)
{
    return repliesOf(trace, i) >= 0;
}

// ---- who a headline part is about: what was recorded, with "simulated" for the model's runs

struct Who
{
    const char *real;
    const char *sim;
};

const Who kTcp{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP"),
                QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP, simulated") };
const Who kUdp{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "UDP"),
                QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "UDP, simulated") };
const Who kNagle{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Nagle on"),
                  QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Nagle on, simulated") };
const Who kNodelay{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP_NODELAY"),
                    QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP_NODELAY, simulated") };
const Who kFramingOn{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Framing on"),
                      QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Framing on, simulated") };
const Who kFramingOff{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Framing off"),
                       QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                         "Framing off, simulated") };

const Who kWithoutPeek{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Without peek"),
                        QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "Without peek, simulated") };
const Who kWithPeek{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "With peek"),
                     QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "With peek, simulated") };
const Who kConnected{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Connected"),
                      QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Connected, simulated") };
const Who kUnconnected{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Unconnected"),
                        QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "Unconnected, simulated") };

QString who(const Run &run, const Who &w)
{
    return QString::fromUtf8(run.mode == Mode::Sim ? w.sim : w.real);
}

QString byProtocol(const Run &run)
{
    return who(run, run.protocol == Protocol::Udp ? kUdp : kTcp);
}

QString byNodelay(const Run &run)
{
    return who(run, run.effective.nodelay.value_or(false) ? kNodelay : kNagle);
}

QString byFraming(const Run &run)
{
    return who(run, framed(run) ? kFramingOn : kFramingOff);
}

// ---- headlines: one part per run (or per exchange), std::nullopt for a run it is not about

using Part = std::optional<Text>;

// The messages that went out, not those planned: a run stopped or cut at the event cap never
// sent the rest, and they are in no recv and no ratio of recvs to messages.
qint64 sentMessages(const Run &run)
{
    qint64 neverSent = 0;
    for (const MessageFate &f : run.fates)
        neverSent += f.fate == Fate::Unsent && f.firstSend < 0;
    return run.summary.messages - neverSent;
}

Part messagesInRecvs(const Run &run, const QString &label)
{
    const qint64 sent = sentMessages(run);
    const qint64 neverSent = run.summary.messages - sent;
    // A run that ended early: the messages sent whole that the reader had not read are not in
    // its recvs either, and the headline says so.
    const qint64 unread = run.summary.unread;
    // [never sent][unread]: the clauses a run's headline needs, each one more argument.
    static constexpr const char *kTemplates[2][2] = {
        { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                            "%1: %2 in %3 (at most %4 in one recv)"),
          QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                            "%1: %2 in %3 (at most %4 in one recv); %5 unread") },
        { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                            "%1: %2 in %3 (at most %4 in one recv); %5 never sent"),
          QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                            "%1: %2 in %3 (at most %4 in one recv); %5 never sent, %6 unread") },
    };
    QStringList args{ label, kMessages, kRecvs, num(mostMessagesInOneRecv(run)) };
    QList<int> counts{ kNo, count(sent), count(dataRecvs(run)), kNo };
    for (const qint64 n : { neverSent, unread }) {
        if (n > 0) {
            args << kMessages;
            counts << count(n);
        }
    }
    return text(kTemplates[neverSent > 0 ? 1 : 0][unread > 0 ? 1 : 0], args, counts);
}

Part streamsHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!tcpStream(trace, i) && !udp(trace, i))
        return std::nullopt;
    return messagesInRecvs(run, byProtocol(run));
}

Part nagleHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!nagleOn(trace, i) && !nodelayOn(trace, i))
        return std::nullopt;
    const Held h = held(run);
    if (h.measured == 0)
        return text(
            QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: no kernel evidence recorded"),
            { byNodelay(run) });
    return text(
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: bytes held unsent after %2 of %3"),
        { byNodelay(run), num(h.held), kSends }, { kNo, kNo, count(h.sends) });
}

Part delayedAckHeadline(const Trace &trace, int i)
{
    if (!nagleOn(trace, i) && !nodelayOn(trace, i))
        return std::nullopt;
    const QList<qint64> t = trips(trace, i);
    if (t.isEmpty())
        return std::nullopt;
    return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 ms per request"),
                { byNodelay(trace.runs[i]), ms(median(t)) });
}

Part splitHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!loopback(run) || run.requestsRun < 0 || run.fates.isEmpty())
        return std::nullopt;
    const MessageFate &first = run.fates.first();
    return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                  "%1: reply m0 (%2 B) came in %3; the read for reply m1 "
                                  "returned %4 B of reply m0"),
                { byProtocol(run), num(first.length), kRecvs,
                  num(run.recvs.size() > 1 ? bytesOfMessageIn(run, 0, 1) : 0) },
                { kNo, kNo, count(first.recvs.size()), kNo });
}

Part partialSendHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!tcpStream(trace, i))
        return std::nullopt;
    int eagain = 0;
    for (const SendEvent &s : run.sends)
        eagain += s.error == EAGAIN;
    return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 and %3 EAGAIN in %4"),
                { byProtocol(run), kPartialSends, num(eagain), kSendCalls },
                { kNo, count(run.summary.partialSends), kNo, count(run.sends.size()) });
}

Part truncationHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!udp(trace, i))
        return std::nullopt;
    const qsizetype failed
        = std::count_if(run.recvs.begin(), run.recvs.end(),
                        [](const RecvEvent &r) { return r.error == EMSGSIZE && r.truncated; });
    if (failed > 0) // a simulated Windows: the call failed instead of cutting
        return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                      "%1: %2 of %3 failed with EMSGSIZE, %4 B gone"),
                    { byProtocol(run), num(failed), kRecvs, num(run.summary.truncatedBytes) },
                    { kNo, kNo, count(int(run.recvs.size())), kNo });
    return text(
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 of %3 cut to %4 B, %5 B gone"),
        { byProtocol(run), num(run.summary.truncated), kDatagrams, num(run.scenario.recvSize),
          num(run.summary.truncatedBytes) },
        { kNo, kNo, count(sentMessages(run)), kNo, kNo });
}

// ---- the peek, too-big and closed-port lessons: what the recorded calls say

// recvmsg(MSG_PEEK | MSG_TRUNC) calls that returned, as the recorder marked them.
int peeks(const Run &run)
{
    int n = 0;
    for (const RecvEvent &r : run.recvs)
        n += r.peek && r.error == 0;
    return n;
}

bool peeked(const Trace &trace, int i)
{
    return udp(trace, i) && peeks(trace.runs[i]) > 0;
}

bool notPeeked(const Trace &trace, int i)
{
    return udp(trace, i) && peeks(trace.runs[i]) == 0;
}

int wholeMessages(const Run &run)
{
    int n = 0;
    for (const MessageFate &f : run.fates)
        n += f.fate == Fate::Intact || f.fate == Fate::Empty;
    return n;
}

Part peekHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!udp(trace, i))
        return std::nullopt;
    if (peeks(run) == 0)
        return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                      "%1: %2 of %3 cut to %4 B, %5 B gone"),
                    { who(run, kWithoutPeek), num(run.summary.truncated), kDatagrams,
                      num(run.scenario.recvSize), num(run.summary.truncatedBytes) },
                    { kNo, kNo, count(sentMessages(run)), kNo, kNo });
    return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                  "%1: %2 told the full size; %3 of %4 read whole"),
                { who(run, kWithPeek), kPeeks, num(wholeMessages(run)), kDatagrams },
                { kNo, count(peeks(run)), kNo, count(sentMessages(run)) });
}

// The largest UDP payload over IPv4: 65,535 − 20 (IP header) − 8 (UDP header).
constexpr qint64 kMaxUdpPayload = 65507;

struct SizeLimit
{
    int fit = 0; // messages of at most 65,507 B
    int fitWhole = 0; // … that arrived whole
    int over = 0; // messages longer than that
    int overRefused = 0; // … whose every send failed with EMSGSIZE and that nothing read
    int emsgsize = 0; // send() calls that failed with EMSGSIZE
    qint64 largest = 0; // the largest datagram a recv read
};

SizeLimit sizeLimit(const Run &run)
{
    SizeLimit l;
    std::vector<int> refusedSends(size_t(run.fates.size()), 0);
    std::vector<int> sendsOf(size_t(run.fates.size()), 0);
    for (const SendEvent &s : run.sends) {
        l.emsgsize += s.error == EMSGSIZE;
        if (s.message >= 0 && s.message < run.fates.size()) {
            ++sendsOf[size_t(s.message)];
            refusedSends[size_t(s.message)] += s.error == EMSGSIZE && s.accepted == 0;
        }
    }
    for (const MessageFate &f : run.fates) {
        if (f.length <= kMaxUdpPayload) {
            ++l.fit;
            l.fitWhole += f.fate == Fate::Intact || f.fate == Fate::Empty;
        } else {
            ++l.over;
            const auto m = size_t(f.message);
            l.overRefused += m < sendsOf.size() && sendsOf[m] > 0 && refusedSends[m] == sendsOf[m]
                && f.recvs.isEmpty();
        }
    }
    for (const RecvEvent &r : run.recvs) {
        if (r.error == 0 && !r.peek)
            l.largest = std::max(l.largest, r.datagramSize.value_or(r.bytes));
    }
    return l;
}

Part tooBigHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!udp(trace, i))
        return std::nullopt;
    const SizeLimit l = sizeLimit(run);
    return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                  "%1: the largest datagram read was %2 B; %3 failed with "
                                  "EMSGSIZE"),
                { byProtocol(run), num(l.largest), kSends }, { kNo, kNo, count(l.emsgsize) });
}

// A UDP run that sent to a closed port (receiver=none), connected or not, as the run's own
// scenario recorded it: connect() either succeeded or the run failed with its error.
bool closedPort(const Trace &trace, int i)
{
    return udp(trace, i) && trace.runs[i].scenario.receiver == Scenario::Receiver::None;
}

bool connectedToClosedPort(const Trace &trace, int i)
{
    return closedPort(trace, i) && trace.runs[i].scenario.connected;
}

bool unconnectedToClosedPort(const Trace &trace, int i)
{
    return closedPort(trace, i) && !trace.runs[i].scenario.connected;
}

int refused(const Run &run)
{
    int n = 0;
    for (const SendEvent &s : run.sends)
        n += s.error == ECONNREFUSED;
    return n;
}

Part closedPortHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!closedPort(trace, i))
        return std::nullopt;
    return text(
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 of %3 failed with ECONNREFUSED"),
        { who(run, run.scenario.connected ? kConnected : kUnconnected), num(refused(run)),
          kSendCalls },
        { kNo, kNo, count(run.sends.size()) });
}

Part overflowHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!udp(trace, i))
        return std::nullopt;
    return text(
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 of %3 lost, %4 reported"),
        { byProtocol(run), num(run.summary.lost), kDatagrams, kErrors },
        { kNo, kNo, count(sentMessages(run)), count(errors(run)) });
}

Part emptyHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (tcpStream(trace, i))
        return text(
            QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 became %3 B in the stream"),
            { byProtocol(run), kMessages, num(run.summary.receivedBytes) },
            { kNo, count(sentMessages(run)), kNo });
    if (udp(trace, i))
        return text(
            QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 of %3 returned 0 bytes"),
            { byProtocol(run), num(zeroByteRecvs(run)), kRecvs },
            { kNo, kNo, count(dataRecvs(run)) });
    return std::nullopt;
}

Part framingHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!tcpStream(trace, i))
        return std::nullopt;
    if (!framed(run))
        return messagesInRecvs(run, byFraming(run));
    return text(
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 of %3 decoded whole from %4"),
        { byFraming(run), num(recovered(run)), kMessages, kRecvs },
        { kNo, kNo, count(sentMessages(run)), count(dataRecvs(run)) });
}

// ---- claims ----

struct Verdict
{
    std::optional<bool> holds;
    Text measured;
    Text reason; // why it does not hold (the kernel's likely reason), or why it does not apply
};

// A claim of the table. Its id names it in a lesson file ("expectations": ["tcp-merges"]): every
// claim has one, stable, lower-case words joined by '-'; one id is one claim (text, about and
// judge), wherever the table lists it.
struct Claim
{
    const char *text; // QT_TRANSLATE_NOOP("sockscope::LessonExpectations", …)
    bool (*about)(const Trace &, int run);
    Verdict (*judge)(const Trace &, int run);
    const char *id = nullptr;
};

struct LessonClaims
{
    const char *lesson;
    Part (*headline)(const Trace &, int run);
    QList<Claim> claims;
};

Verdict verdict(bool holds, Text measured, const char *reason)
{
    return Verdict{ holds, std::move(measured), holds ? Text{} : text(reason) };
}

Verdict merges(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const int most = mostMessagesInOneRecv(run);
    return verdict(most >= 2,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "at most %1 in one recv (%2 for %3)"),
                        { kMessages, kRecvs, kMessages },
                        { count(most), count(dataRecvs(run)), count(sentMessages(run)) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "each message was read before the next one arrived: a "
                                     "loaded machine delayed the sender"));
}

Verdict boundariesLost(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const Summary &s = run.summary;
    // A message the program wrote in several send() calls, each read by a recv() of its own,
    // was split by the sender: it is no sign of a byte stream.
    const int split = s.split - Analysis::splitAtSends(run).messages;
    return verdict(s.merged + split >= 1,
                   // A message both split and sharing a recv counts as split: say what
                   // "merged" counts, or "0 merged" beside a recv of two messages reads wrong.
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "%1 merged whole into a shared recv, %2 split over "
                                          "several; at most %3 in one recv (%4 for %5)"),
                        { num(s.merged), num(split), kMessages, kRecvs, kMessages },
                        { kNo, kNo, count(mostMessagesInOneRecv(run)), count(dataRecvs(run)),
                          count(sentMessages(run)) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "every recv returned exactly one message: the reader kept "
                                     "pace with a sender slowed by a loaded machine"));
}

const char *kNotUdp = QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                        "not what a UDP socket does: was the trace edited?");

Verdict oneDatagramPerRecv(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const int most = mostMessagesInOneRecv(run);
    return verdict(most <= 1,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "datagrams in one recv: at most %1 (%2)"),
                        { num(most), kRecvs }, { kNo, count(dataRecvs(run)) }),
                   kNotUdp);
}

Verdict wholeDatagrams(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const int most = mostMessagesInOneRecv(run);
    return verdict(most <= 1 && run.summary.truncated == 0,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "%1; datagrams in one recv: at most %2; cut short: %3"),
                        { kRecvs, num(most), num(run.summary.truncated) },
                        { count(dataRecvs(run)), kNo, kNo }),
                   run.summary.truncated > 0
                       ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                           "a datagram was longer than the recv() buffer")
                       : kNotUdp);
}

Text heldMeasured(const Held &h)
{
    return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                  "bytes unsent after %1 of %2 (at most %3 B)"),
                { num(h.held), kSends, num(h.most) }, { kNo, count(h.sends), kNo });
}

const char *kNoEvidence
    = QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                        "no kernel evidence was recorded (evidence off, or a platform without "
                        "SIOCOUTQNSD)");

// Measured here: with TCP_NODELAY the first 34 segments of a fresh connection leave and the
// rest wait (initial window 10, grown by the receiver's first quick ACKs), whatever
// net.ipv4.tcp_autocorking says; with initcwnd 20 on the route, the first 44 leave.
const char *kCongestionWindow
    = QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                        "the congestion window was full: a new connection lets a few dozen "
                        "small segments leave before it waits for ACKs, Nagle or not");

Verdict noEvidence()
{
    return Verdict{ std::nullopt,
                    text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "not measured")),
                    text(kNoEvidence) };
}

const char *kSlowedSender
    = QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                        "every piece was acknowledged before the next send(): the sender was "
                        "slowed down (a loaded machine)");

Verdict nagleHolds(const Trace &trace, int i)
{
    const Held h = held(trace.runs[i]);
    if (h.measured == 0)
        return noEvidence();
    return verdict(h.held >= 1, heldMeasured(h), kSlowedSender);
}

Verdict nodelayMostlySends(const Trace &trace, int i)
{
    const Held h = held(trace.runs[i]);
    if (h.measured == 0)
        return noEvidence();
    return verdict(2 * h.held < h.measured, heldMeasured(h), kCongestionWindow);
}

// The run with Nagle on that a TCP_NODELAY run compares with: the same mode, in the same trace.
int nagleTwin(const Trace &trace, int i)
{
    for (int j = 0; j < trace.runs.size(); ++j) {
        if (nagleOn(trace, j) && trace.runs[j].mode == trace.runs[i].mode
            && held(trace.runs[j]).measured > 0)
            return j;
    }
    return -1;
}

bool nodelayWithTwin(const Trace &trace, int i)
{
    return nodelayOn(trace, i) && nagleTwin(trace, i) >= 0;
}

Verdict nodelayFewerThanNagle(const Trace &trace, int i)
{
    const Held nodelay = held(trace.runs[i]);
    const Held nagle = held(trace.runs[nagleTwin(trace, i)]);
    if (nodelay.measured == 0)
        return noEvidence();
    Verdict v = verdict(nodelay.held < nagle.held,
                        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                               "bytes unsent after %1 with TCP_NODELAY, %2 "
                                               "with Nagle on"),
                             { kSends, num(nagle.held) }, { count(nodelay.held), kNo }),
                        // Nagle held nothing: the comparison failed on that side.
                        nagle.held == 0 ? kSlowedSender : kCongestionWindow);
    // Each side its own reason, from its own numbers: Nagle held nothing (a slowed sender)
    // while TCP_NODELAY held bytes, which Nagle cannot do. Held at the end of the burst, every
    // send from the first held one on, it is the congestion window (measured: the same with
    // net.ipv4.tcp_autocorking=0); held between sends that left, autocorking: a small write
    // waiting while an earlier packet of the connection is still in the device's queue.
    if (v.holds == false && nagle.held == 0 && nodelay.held > 0 && nodelay.heldAtTheEnd)
        v.reason = text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "two things at once: with Nagle on every piece was "
                                          "acknowledged before the next send() (the sender was "
                                          "slowed down, a loaded machine); with TCP_NODELAY the "
                                          "last %1 waited because the congestion window was "
                                          "full: a new connection lets a few dozen small "
                                          "segments leave before it waits for ACKs"),
                        { kSends }, { count(nodelay.held) });
    else if (v.holds == false && nagle.held == 0 && nodelay.held > 0)
        v.reason = text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "two things at once: with Nagle on every piece was "
                                          "acknowledged before the next send() (the sender was "
                                          "slowed down, a loaded machine); with TCP_NODELAY "
                                          "bytes stayed unsent after %1 because TCP "
                                          "autocorking (tcp_autocorking) holds a small write "
                                          "while an earlier packet is still in the device "
                                          "queue"),
                        { kSends }, { count(nodelay.held) });
    return v;
}

Text tripsMeasured(const QList<qint64> &t)
{
    return text(
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "median %1 ms over %2 (%3 – %4 ms)"),
        { ms(median(t)), kRequests, ms(t.first()), ms(t.last()) },
        { kNo, count(t.size()), kNo, kNo });
}

Verdict noTrips()
{
    return Verdict{ std::nullopt,
                    text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "no request answered")),
                    text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                           "no reply arrived, so there is no round trip")) };
}

bool nagleExchange(const Trace &trace, int i)
{
    return nagleOn(trace, i) && exchange(trace, i);
}

bool nodelayExchangeReal(const Trace &trace, int i)
{
    return nodelayOn(trace, i) && exchange(trace, i) && trace.runs[i].mode == Mode::Real;
}

bool nodelayExchangeSim(const Trace &trace, int i)
{
    return nodelayOn(trace, i) && exchange(trace, i) && trace.runs[i].mode == Mode::Sim;
}

constexpr qint64 kMs = 1'000'000;

Verdict nagleStalls(const Trace &trace, int i)
{
    const QList<qint64> t = trips(trace, i);
    if (t.isEmpty())
        return noTrips();
    return verdict(median(t) >= 30 * kMs, tripsMeasured(t),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "the server acknowledged at once (Linux's quick-ACK mode), "
                                     "or this kernel's delayed ACK is shorter"));
}

Verdict nodelayFast(const Trace &trace, int i)
{
    const QList<qint64> t = trips(trace, i);
    if (t.isEmpty())
        return noTrips();
    return verdict(median(t) < 2 * kMs, tripsMeasured(t),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "a loaded machine: the client or the server waited for a "
                                     "CPU"));
}

Verdict nodelayOneRoundTrip(const Trace &trace, int i)
{
    const QList<qint64> t = trips(trace, i);
    if (t.isEmpty())
        return noTrips();
    return verdict(median(t) <= qint64(trace.runs[i].scenario.rttMs) * kMs + 2 * kMs,
                   tripsMeasured(t),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "the simulated network delayed the requests (loss, "
                                     "bandwidth or reordering)"));
}

bool repliesRun(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    return loopback(run) && run.protocol == Protocol::Tcp && run.requestsRun >= 0
        && !run.fates.isEmpty();
}

Verdict replySplit(const Trace &trace, int i)
{
    const MessageFate &first = trace.runs[i].fates.first();
    return verdict(
        first.recvs.size() >= 2,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "reply m0 (%1 B) came in %2"),
             { num(first.length), kRecvs }, { kNo, count(first.recvs.size()) }),
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "one recv() took the whole reply"));
}

Verdict secondReadGetsFirstReply(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const qint64 bytes = run.recvs.size() > 1 ? bytesOfMessageIn(run, 0, 1) : 0;
    return verdict(bytes > 0,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "the read for reply m1 returned %1 B of reply m0"),
                        { num(bytes) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "the client had read all of reply m0 before"));
}

Verdict partialSends(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    int eagain = 0;
    for (const SendEvent &s : run.sends)
        eagain += s.error == EAGAIN;
    return verdict(
        run.summary.partialSends + eagain >= 1,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1, %2 failed with EAGAIN, in %3"),
             { kPartialSends, num(eagain), kSendCalls },
             { count(run.summary.partialSends), kNo, count(run.sends.size()) }),
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                          "the buffers never filled: the reader kept up"));
}

Verdict everyByteArrives(const Trace &trace, int i)
{
    const Summary &s = trace.runs[i].summary;
    return verdict(s.conserved && s.receivedBytes == s.sentBytes,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 of %2 B received"),
                        { num(s.receivedBytes), num(s.sentBytes) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "bytes are missing: see the conservation check"));
}

Verdict datagramsCut(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    bool everyLongOneCut = true;
    int failed = 0; // a simulated Windows fails the recvfrom() instead of cutting
    for (const RecvEvent &r : run.recvs) {
        if (r.error == 0 && r.datagramSize && *r.datagramSize > r.requested)
            everyLongOneCut &= r.truncated && r.bytes == r.requested;
        failed += r.error == EMSGSIZE && r.truncated ? 1 : 0;
    }
    if (failed > 0)
        return verdict(false,
                       text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                              "%1 of %2 failed with EMSGSIZE, %3 B gone"),
                            { num(failed), kRecvs, num(run.summary.truncatedBytes) },
                            { kNo, count(int(run.recvs.size())), kNo }),
                       QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                         "the modelled system fails the recvfrom() and returns "
                                         "no bytes (Windows' WSAEMSGSIZE)"));
    return verdict(
        run.summary.truncated >= 1 && everyLongOneCut,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 of %2 cut to %3 B, %4 B gone"),
             { num(run.summary.truncated), kDatagrams, num(run.scenario.recvSize),
               num(run.summary.truncatedBytes) },
             { kNo, count(sentMessages(run)), kNo, kNo }),
        run.summary.truncated == 0 ? QT_TRANSLATE_NOOP(
            "sockscope::LessonExpectations", "no datagram was longer than the recv() buffer")
                                   : kNotUdp);
}

Verdict nextReadNextDatagram(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    int readTwice = 0;
    for (const MessageFate &f : run.fates)
        readTwice += f.recvs.size() > 1;
    const int most = mostMessagesInOneRecv(run);
    return verdict(
        readTwice == 0 && most <= 1,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1, %2 read by more than one"),
             { kRecvs, kDatagrams }, { count(dataRecvs(run)), count(readTwice) }),
        kNotUdp);
}

QString firstError(const Run &run)
{
    for (const SendEvent &s : run.sends) {
        if (s.error != 0)
            return ErrnoName::name(s.error);
    }
    for (const RecvEvent &r : run.recvs) {
        if (r.error != 0)
            return ErrnoName::name(r.error);
    }
    return {};
}

Verdict noErrors(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const int n = errors(run);
    Verdict v = verdict(n == 0,
                        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 failed"),
                             { kFailedCalls }, { count(n) }),
                        nullptr);
    if (n > 0)
        v.reason
            = text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "the kernel reported %1"),
                   { firstError(run) });
    return v;
}

Verdict someLost(const Trace &trace, int i)
{
    const Summary &s = trace.runs[i].summary;
    return verdict(
        s.lost >= 1,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 of %2 lost (%3 B), %4 arrived"),
             { num(s.lost), kDatagrams, num(s.lostBytes),
               num(s.messages - s.lost - s.unsent - s.unread) },
             { kNo, count(s.messages), kNo, kNo }),
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                          "the reader emptied the buffer in time, or the effective "
                          "buffer is larger"));
}

// The kernel's own count of the datagrams it dropped on the receiving socket, against what the
// sequence numbers found missing: two independent measures of one loss.
Verdict kernelCountsLoss(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const qint64 drops = run.kernelDrops.value_or(-1);
    return verdict(drops == run.summary.lost,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "the kernel dropped %1; found lost: %2"),
                        { kDatagrams, num(run.summary.lost) }, { count(drops), kNo }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "another program sent to the socket, or a datagram was "
                                     "lost before it reached the socket"));
}

// A real UDP run whose receiving socket reported the kernel's drop counter.
bool udpKernelCounted(const Trace &trace, int i)
{
    return udp(trace, i) && trace.runs[i].mode == Mode::Real && trace.runs[i].kernelDrops;
}

bool hasEmptyMessage(const Run &run)
{
    return std::any_of(run.fates.cbegin(), run.fates.cend(),
                       [](const MessageFate &f) { return f.fate == Fate::Empty; });
}

Verdict noEmptyMessage()
{
    return Verdict{
        std::nullopt, text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "no empty message")),
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "this run sent no empty message"))
    };
}

Verdict tcpEmptyAddsNothing(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!hasEmptyMessage(run))
        return noEmptyMessage();
    // Only the last recv may return 0 bytes: the peer closing the connection.
    int early = 0;
    for (qsizetype r = 0; r + 1 < run.recvs.size(); ++r)
        early += run.recvs[r].error == 0 && run.recvs[r].bytes == 0;
    return verdict(early == 0,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "%1 B received; recvs of 0 bytes before the close: %2"),
                        { num(run.summary.receivedBytes), num(early) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "a recv returned 0 bytes before the end: not what a TCP "
                                     "socket does: was the trace edited?"));
}

Verdict udpEmptyArrives(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!hasEmptyMessage(run))
        return noEmptyMessage();
    int empties = 0;
    int arrived = 0;
    for (const MessageFate &f : run.fates) {
        if (f.fate != Fate::Empty)
            continue;
        ++empties;
        for (int r : f.recvs) {
            if (r >= 0 && r < run.recvs.size() && run.recvs[r].bytes == 0
                && run.recvs[r].error == 0) {
                ++arrived;
                break;
            }
        }
    }
    return verdict(arrived == empties,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "empty datagrams read as a recv of 0 bytes: %1 of %2"),
                        { num(arrived), num(empties) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "the empty datagram was lost (UDP may drop any datagram)"));
}

// Each peek was followed by the read of the datagram it looked at: the next recv that is no
// peek read a datagram of the size the peek returned, with a buffer of that size.
Verdict peekTellsSize(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    int n = 0;
    int followed = 0;
    int beyondBuffer = 0; // the size returned was more than the peek's buffer held
    qint64 size = 0;
    qint64 buffer = 0;
    for (qsizetype p = 0; p < run.recvs.size(); ++p) {
        const RecvEvent peek = run.recvs.at(p);
        if (!peek.peek || peek.error != 0)
            continue;
        ++n;
        const qint64 told = peek.datagramSize.value_or(-1);
        if (told > peek.requested) {
            ++beyondBuffer;
            size = told;
            buffer = peek.requested;
        }
        for (qsizetype r = p + 1; r < run.recvs.size(); ++r) {
            const RecvEvent read = run.recvs.at(r);
            if (read.peek)
                continue;
            followed += read.error == 0 && read.datagramSize == told && read.requested == told
                && !read.truncated;
            break;
        }
    }
    return verdict(
        n >= 1 && followed == n && beyondBuffer >= 1,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                               "%1 of %2 followed by a read of the size they returned "
                               "(%3 B from a %4 B buffer)"),
             { num(followed), kPeeks, num(size), num(buffer) }, { kNo, count(n), kNo, kNo }),
        beyondBuffer == 0 ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                              "no datagram was longer than the peek's buffer")
                          : QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                              "another datagram came first: a second sender "
                                              "wrote to the port"));
}

// Every message read whole by exactly one recv: the peeks counted no datagram twice.
Verdict peekReadsWhole(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const Summary &s = run.summary;
    bool once = true;
    for (const MessageFate &f : run.fates)
        once &= f.recvs.size() == 1;
    return verdict(
        s.truncated == 0 && s.lost == 0 && once && s.conserved && s.receivedBytes == s.sentBytes,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                               "%1 of %2 read whole by one recv each; %3 of %4 B received"),
             { num(wholeMessages(run)), kDatagrams, num(s.receivedBytes), num(s.sentBytes) },
             { kNo, count(s.messages), kNo, kNo }),
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                          "a datagram was lost or cut: see the conservation check"));
}

Verdict fitsArrive(const Trace &trace, int i)
{
    const SizeLimit l = sizeLimit(trace.runs[i]);
    return verdict(l.fit >= 1 && l.fitWhole == l.fit,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "%1 of %2 arrived whole; the largest was %3 B"),
                        { num(l.fitWhole), kDatagrams, num(l.largest) },
                        { kNo, count(l.fit), kNo }),
                   l.fit == 0 ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                  "no message was 65,507 B or shorter")
                              : QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                  "the receive buffer was full: a loaded "
                                                  "machine delayed the reader"));
}

Verdict tooBigRefused(const Trace &trace, int i)
{
    const SizeLimit l = sizeLimit(trace.runs[i]);
    return verdict(l.over >= 1 && l.overRefused == l.over,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "%1 of %2 longer than 65,507 B refused with EMSGSIZE"),
                        { num(l.overRefused), kDatagrams }, { kNo, count(l.over) }),
                   l.over == 0 ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                   "no message was longer than 65,507 B")
                               : QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                   "a datagram longer than 65,507 B was sent "
                                                   "or read"));
}

Verdict firstSendSucceeds(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (run.sends.isEmpty())
        return verdict(false, text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "no send")),
                       QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "nothing was sent"));
    const SendEvent first = run.sends.at(0);
    if (first.error != 0)
        return verdict(false,
                       text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                              "the first send() failed with %1"),
                            { ErrnoName::name(first.error) }),
                       QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                         "an earlier datagram to the port left an error "
                                         "behind"));
    return verdict(
        true,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "the first send() accepted %1 B"),
             { num(first.accepted) }),
        nullptr);
}

Verdict laterSendRefused(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    int later = 0; // refused after a send that went out, and sent nothing
    bool sentBefore = false;
    for (const SendEvent &s : run.sends) {
        later += sentBefore && s.error == ECONNREFUSED && s.accepted == 0;
        sentBefore = sentBefore || s.error == 0;
    }
    return verdict(later >= 1,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "%1 of %2 failed with ECONNREFUSED"),
                        { num(later), kSendCalls }, { kNo, count(run.sends.size()) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "no ICMP error reached the socket before its last send"));
}

Verdict unconnectedSilent(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const int n = errors(run);
    Verdict v = verdict(
        n == 0 && run.summary.lost == run.summary.messages,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 failed; %2 of %3 lost"),
             { kFailedCalls, num(run.summary.lost), kDatagrams },
             { count(n), kNo, count(run.summary.messages) }),
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                          "a datagram was read: something was listening on the port"));
    if (n > 0)
        v.reason
            = text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "the kernel reported %1"),
                   { firstError(run) });
    return v;
}

bool framedStream(const Trace &trace, int i)
{
    return tcpStream(trace, i) && framed(trace.runs[i]);
}

Verdict everyMessageDecoded(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const int n = recovered(run);
    Verdict v = verdict(
        n == run.summary.messages && n == run.fates.size(),
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 of %2 decoded whole"),
             { num(n), kMessages }, { kNo, count(run.summary.messages) }),
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "the stream ended inside a frame"));
    for (const Frame &f : run.frames) {
        if (!v.holds.value_or(true) && !f.error.isEmpty()) {
            v.reason = text(
                QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "the decoder stopped: %1"),
                { f.error });
            break;
        }
    }
    return v;
}

// ---- the lessons of socket options and program shapes ---------------------------------------

const Who kFastReader{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "fast reader"),
                       QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                         "fast reader, simulated") };
const Who kSlowReader{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "slow reader"),
                       QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                         "slow reader, simulated") };
const Who kCorked{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP_CORK"),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP_CORK, simulated") };
const Who kUncorked{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "no cork"),
                     QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "no cork, simulated") };
const Who kQuickack{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP_QUICKACK"),
                     QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                       "TCP_QUICKACK, simulated") };
const Who kDelayedAck{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "delayed ACK"),
                       QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                         "delayed ACK, simulated") };
const Who kLowat{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "SO_RCVLOWAT"),
                  QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "SO_RCVLOWAT, simulated") };
const Who kNoLowat{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "default SO_RCVLOWAT"),
                    QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                      "default SO_RCVLOWAT, simulated") };
const Who kBlocking{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "blocking send()"),
                     QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                       "blocking send(), simulated") };
const Who kNonblocking{ QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "non-blocking send()"),
                        QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "non-blocking send(), simulated") };

constexpr Noun kDataSegments{ QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations",
                                                  "%n data segment(s)") };

// The reader's cadence as the runner applied it (recorded in the run's scenario): a reader that
// waits in recv() reads each message as it comes.
bool fastReader(const Trace &trace, int i)
{
    return tcpStream(trace, i) && trace.runs[i].scenario.readIntervalMs == 0;
}

bool slowReader(const Trace &trace, int i)
{
    return tcpStream(trace, i) && trace.runs[i].scenario.readIntervalMs > 0;
}

Part sleepHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!tcpStream(trace, i))
        return std::nullopt;
    return messagesInRecvs(run, who(run, fastReader(trace, i) ? kFastReader : kSlowReader));
}

Verdict oneMessagePerRecv(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const int most = mostMessagesInOneRecv(run);
    const Summary &s = run.summary;
    return verdict(most <= 1 && s.split == 0,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "at most %1 in one recv, %2 split (%3 for %4)"),
                        { kMessages, num(s.split), kRecvs, kMessages },
                        { count(most), kNo, count(dataRecvs(run)), count(sentMessages(run)) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "the reader was late by more than the sender's sleep: a "
                                     "loaded machine"));
}

// TCP_CORK as getsockopt() read it back right after it was set.
bool corked(const Trace &trace, int i)
{
    return tcpStream(trace, i) && trace.runs[i].effective.cork == std::optional<bool>(true);
}

bool uncorked(const Trace &trace, int i)
{
    return tcpStream(trace, i) && trace.runs[i].effective.cork == std::optional<bool>(false);
}

Part corkHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!corked(trace, i) && !uncorked(trace, i))
        return std::nullopt;
    const QString name = who(run, corked(trace, i) ? kCorked : kUncorked);
    if (!run.tcpInfoSender)
        return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                      "%1: %2, data segments not measured"),
                    { name, kSends }, { kNo, count(Analysis::sendsWithBytes(run)) });
    return text(
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 in %3"),
        { name, kSends, kDataSegments },
        { kNo, count(Analysis::sendsWithBytes(run)), count(run.tcpInfoSender->dataSegsOut) });
}

Verdict corkHolds(const Trace &trace, int i)
{
    const Held h = held(trace.runs[i]);
    if (h.measured == 0)
        return noEvidence();
    return verdict(2 * h.held > h.measured, heldMeasured(h),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "the corked bytes left before the uncork: a full segment, "
                                     "or the kernel's 200 ms ceiling"));
}

Verdict corkFewSegments(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const int sends = Analysis::sendsWithBytes(run);
    if (!run.tcpInfoSender)
        return Verdict{
            std::nullopt, text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "not measured")),
            text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP_INFO was not read"))
        };
    const qint64 segments = run.tcpInfoSender->dataSegsOut;
    return verdict(4 * segments <= sends,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 for %2"),
                        { kDataSegments, kSends }, { count(segments), count(sends) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "the corked bytes left before the uncork: a full segment, "
                                     "or the kernel's 200 ms ceiling"));
}

Verdict uncorkedSendsLeave(const Trace &trace, int i)
{
    const Held h = held(trace.runs[i]);
    if (h.measured == 0)
        return noEvidence();
    return verdict(2 * h.held < h.measured, heldMeasured(h),
                   trace.runs[i].effective.nodelay.value_or(false)
                       ? kCongestionWindow
                       : QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                           "Nagle's algorithm held them: TCP_NODELAY was off"));
}

// TCP_QUICKACK as read back on the server after it was first set.
bool quickack(const Trace &trace, int i)
{
    return trace.runs[i].effective.quickack == std::optional<bool>(true);
}

bool delayedAckExchange(const Trace &trace, int i)
{
    return nagleExchange(trace, i) && !quickack(trace, i);
}

bool quickackExchangeReal(const Trace &trace, int i)
{
    return nagleExchange(trace, i) && quickack(trace, i) && trace.runs[i].mode == Mode::Real;
}

bool quickackExchangeSim(const Trace &trace, int i)
{
    return nagleExchange(trace, i) && quickack(trace, i) && trace.runs[i].mode == Mode::Sim;
}

Part quickackHeadline(const Trace &trace, int i)
{
    if (!exchange(trace, i) || !tcpStream(trace, i))
        return std::nullopt;
    const QList<qint64> t = trips(trace, i);
    if (t.isEmpty())
        return std::nullopt;
    const Run &run = trace.runs[i];
    return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 ms per request"),
                { who(run, quickack(trace, i) ? kQuickack : kDelayedAck), ms(median(t)) });
}

Verdict quickackFast(const Trace &trace, int i)
{
    const QList<qint64> t = trips(trace, i);
    if (t.isEmpty())
        return noTrips();
    return verdict(median(t) < 2 * kMs, tripsMeasured(t),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "a loaded machine: the client or the server waited for a "
                                     "CPU"));
}

// Simulated: the header's ACK comes back after one round trip, then the body and its reply.
Verdict quickackTwoRoundTrips(const Trace &trace, int i)
{
    const QList<qint64> t = trips(trace, i);
    if (t.isEmpty())
        return noTrips();
    return verdict(median(t) <= 2 * qint64(trace.runs[i].scenario.rttMs) * kMs + 2 * kMs,
                   tripsMeasured(t),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "the simulated network delayed the requests (loss, "
                                     "bandwidth or reordering)"));
}

// The low-water mark as read back from the server's socket (Linux's default is 1 byte).
qint64 lowat(const Run &run)
{
    return run.effective.rcvlowat.value_or(1);
}

bool withLowat(const Trace &trace, int i)
{
    return tcpStream(trace, i) && lowat(trace.runs[i]) > 1;
}

struct RecvSizes
{
    int recvs = 0; // recvs with data
    qint64 smallestButLast = -1; // -1 with fewer than two
    qint64 last = 0;
};

RecvSizes recvSizes(const Run &run)
{
    RecvSizes sizes;
    for (const RecvEvent &r : run.recvs) {
        if (r.error != 0 || r.bytes == 0)
            continue;
        if (sizes.recvs > 0)
            sizes.smallestButLast = sizes.smallestButLast < 0
                ? sizes.last
                : std::min(sizes.smallestButLast, sizes.last);
        sizes.last = r.bytes;
        ++sizes.recvs;
    }
    return sizes;
}

// The twin of a run with the mark: the same mode without it, in the same trace.
int noLowatTwin(const Trace &trace, int i)
{
    for (int j = 0; j < trace.runs.size(); ++j) {
        if (tcpStream(trace, j) && lowat(trace.runs[j]) <= 1
            && trace.runs[j].mode == trace.runs[i].mode)
            return j;
    }
    return -1;
}

bool withLowatAndTwin(const Trace &trace, int i)
{
    return withLowat(trace, i) && noLowatTwin(trace, i) >= 0;
}

Part lowatHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!tcpStream(trace, i))
        return std::nullopt;
    const RecvSizes sizes = recvSizes(run);
    if (!withLowat(trace, i))
        return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2, the smallest %3 B"),
                    { who(run, kNoLowat), kRecvs,
                      num(std::min(sizes.smallestButLast < 0 ? sizes.last : sizes.smallestButLast,
                                   sizes.last)) },
                    { kNo, count(sizes.recvs), kNo });
    return text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                  "%1: %2 with a %3 B mark, the smallest but the last %4 B"),
                { who(run, kLowat), kRecvs, num(lowat(run)), num(sizes.smallestButLast) },
                { kNo, count(sizes.recvs), kNo, kNo });
}

Verdict recvsReachTheMark(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    const RecvSizes sizes = recvSizes(run);
    // Linux waits for min(SO_RCVLOWAT, the size asked).
    const qint64 mark = std::min<qint64>(lowat(run), run.scenario.recvSize);
    return verdict(sizes.recvs >= 2 && sizes.smallestButLast >= mark,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "%1; the smallest but the last %2 B, the last %3 B "
                                          "(mark %4 B)"),
                        { kRecvs, num(sizes.smallestButLast), num(sizes.last), num(mark) },
                        { count(sizes.recvs), kNo, kNo, kNo }),
                   sizes.recvs < 2
                       ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                           "everything came in one recv: the reader was late")
                       : QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                           "a recv returned early: a signal or a stop "
                                           "interrupted it"));
}

Verdict fewerRecvsWithLowat(const Trace &trace, int i)
{
    const RecvSizes with = recvSizes(trace.runs[i]);
    const RecvSizes without = recvSizes(trace.runs[noLowatTwin(trace, i)]);
    return verdict(
        with.recvs < without.recvs,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 with the mark, %2 without"),
             { kRecvs, num(without.recvs) }, { count(with.recvs), kNo }),
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                          "the reader without the mark was late too: a loaded "
                          "machine merged its recvs"));
}

// O_NONBLOCK as fcntl() read it back on the sender.
bool nonblockingSender(const Trace &trace, int i)
{
    return tcpStream(trace, i) && trace.runs[i].effective.nonblocking.value_or(false);
}

bool blockingSender(const Trace &trace, int i)
{
    return tcpStream(trace, i) && trace.runs[i].effective.nonblocking == std::optional<bool>(false);
}

qint64 longestSendNs(const Run &run)
{
    qint64 longest = 0;
    for (const SendEvent &s : run.sends)
        longest = std::max(longest, s.durNs);
    return longest;
}

Part sendAllHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (nonblockingSender(trace, i)) {
        int eagain = 0;
        for (const SendEvent &s : run.sends)
            eagain += s.error == EAGAIN;
        return text(
            QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 and %3 EAGAIN in %4"),
            { who(run, kNonblocking), kPartialSends, num(eagain), kSendCalls },
            { kNo, count(run.summary.partialSends), kNo, count(run.sends.size()) });
    }
    if (!blockingSender(trace, i))
        return std::nullopt;
    return text(
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 for %3, the longest %4 ms"),
        { who(run, kBlocking), kSendCalls, kMessages, ms(longestSendNs(run)) },
        { kNo, count(run.sends.size()), count(sentMessages(run)), kNo });
}

Verdict oneWholeSendPerMessage(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    bool whole = run.sends.size() == run.messages.size();
    for (const SendEvent &s : run.sends)
        whole = whole && s.error == 0 && s.accepted == s.requested;
    return verdict(whole,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 for %2, %3"),
                        { kSendCalls, kMessages, kPartialSends },
                        { count(run.sends.size()), count(run.messages.size()),
                          count(run.summary.partialSends) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "a signal interrupted a blocking send() after it had "
                                     "taken part of the bytes"));
}

constexpr qint64 kBlockedNs = 5 * kMs;

Verdict blockingSendWaits(const Trace &trace, int i)
{
    const qint64 longest = longestSendNs(trace.runs[i]);
    return verdict(
        longest >= kBlockedNs,
        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "the longest send() took %1 ms"),
             { ms(longest) }),
        QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                          "the buffers took every message at once: the reader kept "
                          "up"));
}

// The runs of the connections of one PlannedRun with several clients: plain TCP streams of
// the same mode and of a scenario with clients > 1, in trace order.
QList<int> connectionsLike(const Trace &trace, int i)
{
    QList<int> runs;
    for (int j = 0; j < trace.runs.size(); ++j) {
        if (tcpStream(trace, j) && trace.runs[j].mode == trace.runs[i].mode
            && trace.runs[j].scenario == trace.runs[i].scenario)
            runs << j;
    }
    return runs;
}

bool clientConnection(const Trace &trace, int i)
{
    return tcpStream(trace, i) && trace.runs[i].scenario.clients > 1;
}

Part clientsHeadline(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    if (!tcpStream(trace, i))
        return std::nullopt;
    const int client = int(connectionsLike(trace, i).indexOf(i));
    return text(
        run.mode == Mode::Sim
            ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "client %1, simulated: %2 in %3")
            : QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "client %1: %2 in %3"),
        { num(client), kMessages, kRecvs },
        { kNo, count(sentMessages(run)), count(dataRecvs(run)) });
}

// Every recv's bytes, as far as the preview shows them, are the bytes this connection's client
// sent at that offset of its own stream, and each recv starts where the one before ended.
Verdict ownBytesInOrder(const Trace &trace, int i)
{
    const Run &run = trace.runs[i];
    QByteArray stream;
    for (const QByteArray &m : run.messages)
        stream += m;
    int recvs = 0;
    int matching = 0;
    qint64 expected = 0;
    for (const RecvEvent &r : run.recvs) {
        if (r.error != 0 || r.bytes == 0)
            continue;
        ++recvs;
        const QByteArray seen = r.preview.toByteArray();
        matching += r.offset == expected && seen == stream.mid(r.offset, seen.size());
        expected = r.offset + r.bytes;
    }
    return verdict(recvs > 0 && matching == recvs && expected == stream.size(),
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "%1 of %2 hold this client's next bytes; %3 of %4 B"),
                        { num(matching), kRecvs, num(expected), num(stream.size()) },
                        { kNo, count(recvs), kNo, kNo }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "a recv held bytes this client did not send there: was "
                                     "the trace edited?"));
}

struct Span
{
    qint64 from = -1;
    qint64 to = -1;
};

// From the connection's first send to its last recv with data.
Span activeSpan(const Run &run)
{
    Span span;
    for (const SendEvent &s : run.sends) {
        if (span.from < 0 || s.tNs < span.from)
            span.from = s.tNs;
    }
    for (const RecvEvent &r : run.recvs) {
        if (r.bytes > 0)
            span.to = std::max(span.to, r.tNs + r.durNs);
    }
    return span;
}

Verdict connectionsOverlap(const Trace &trace, int i)
{
    const Span mine = activeSpan(trace.runs[i]);
    int overlapping = 0;
    const QList<int> others = connectionsLike(trace, i);
    for (int j : others) {
        const Span theirs = activeSpan(trace.runs[j]);
        overlapping += j != i && mine.from >= 0 && theirs.from >= 0 && mine.from < theirs.to
            && theirs.from < mine.to;
    }
    return verdict(overlapping >= 1 && overlapping == others.size() - 1,
                   text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                          "sent and read while %1 of the %2 other connections "
                                          "did"),
                        { num(overlapping), num(others.size() - 1) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "a connection had finished before another began: a "
                                     "loaded machine delayed a client"));
}

// ---- the table: every lesson's headline and claims -----------------------------------------

const char *const kMergesClaim
    = QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                        "TCP: a recv returns bytes of two or more messages (no message "
                        "boundaries)");
const char *const kBoundariesClaim
    = QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                        "The recvs do not follow the messages: some message is merged with "
                        "another or split over several recvs");
const char *const kDecodedClaim = QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                    "With framing, the decoder recovers every "
                                                    "message whole");

bool tcpStreamAny(const Trace &trace, int i)
{
    return tcpStream(trace, i);
}

bool udpAny(const Trace &trace, int i)
{
    return udp(trace, i);
}

QList<LessonClaims> makeTable()
{
    const QList<Claim> framingClaims{
        { kBoundariesClaim, tcpStreamAny, boundariesLost, "boundaries-lost" },
        { kDecodedClaim, framedStream, everyMessageDecoded, "framing-decodes-all" }
    };
    return {
        { "side-by-side",
          streamsHeadline,
          { { kMergesClaim, tcpStreamAny, merges, "tcp-merges" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "UDP: every recv returns at most one datagram, never two"),
              udpAny, oneDatagramPerRecv, "udp-one-datagram-per-recv" } } },
        { "tcp-slow-reader",
          streamsHeadline,
          { { kMergesClaim, tcpStreamAny, merges, "tcp-merges" } } },
        { "tcp-nagle",
          nagleHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Nagle on: bytes stay unsent after some sends (held back until "
                                "the data before is acknowledged)"),
              nagleOn, nagleHolds, "nagle-holds" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "TCP_NODELAY: most sends leave at once (bytes unsent after "
                                "fewer than half of them)"),
              nodelayOn, nodelayMostlySends, "nodelay-mostly-sends" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "TCP_NODELAY: bytes stay unsent after fewer sends than with "
                                "Nagle on"),
              nodelayWithTwin, nodelayFewerThanNagle, "nodelay-fewer-held" } } },
        { "tcp-nagle-delayed-ack",
          delayedAckHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Nagle on: the median request takes 30 ms or more (the body "
                                "waits for the delayed ACK)"),
              nagleExchange, nagleStalls, "nagle-request-stalls" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "TCP_NODELAY: the median request takes less than 2 ms"),
              nodelayExchangeReal, nodelayFast, "nodelay-request-fast" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "TCP_NODELAY: the median request takes at most the network's "
                                "round trip (rtt_ms) plus 2 ms"),
              nodelayExchangeSim, nodelayOneRoundTrip, "nodelay-request-one-rtt" } } },
        { "tcp-split",
          splitHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "One send() of reply m0 is split over two or more recvs"),
              repliesRun, replySplit, "reply-split" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "The client's read for reply m1 returns bytes of reply m0"),
              repliesRun, secondReadGetsFirstReply, "next-read-gets-previous-reply" } } },
        { "tcp-partial-send",
          partialSendHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Some send() accepts fewer bytes than asked, or fails with "
                                "EAGAIN"),
              tcpStreamAny, partialSends, "partial-sends" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Every byte arrives all the same: the sender loops until each "
                                "one is accepted"),
              tcpStreamAny, everyByteArrives, "every-byte-arrives" } } },
        { "sleep-does-not-help",
          sleepHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Fast reader: every recv returns one whole message (the sleeps "
                                "seem to work)"),
              fastReader, oneMessagePerRecv, "fast-reader-one-message-per-recv" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Slow reader: a recv returns bytes of two or more messages, "
                                "sleeps or not"),
              slowReader, merges, "slow-reader-merges" } } },
        { "tcp-cork",
          corkHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "TCP_CORK: bytes stay unsent after most sends (held until the "
                                "uncork)"),
              corked, corkHolds, "cork-holds" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "TCP_CORK: the sends leave in at most a quarter as many data "
                                "segments (TCP_INFO)"),
              corked, corkFewSegments, "cork-few-segments" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "No cork: most sends leave at once (bytes unsent after fewer "
                                "than half of them)"),
              uncorked, uncorkedSendsLeave, "uncorked-sends-leave" } } },
        { "tcp-quickack",
          quickackHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Delayed ACK: the median request takes 30 ms or more (the body "
                                "waits for the header's ACK)"),
              delayedAckExchange, nagleStalls, "delayed-ack-stalls" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "TCP_QUICKACK: the median request takes less than 2 ms, Nagle "
                                "still on"),
              quickackExchangeReal, quickackFast, "quickack-fast" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "TCP_QUICKACK: the median request takes at most two round "
                                "trips (rtt_ms) plus 2 ms"),
              quickackExchangeSim, quickackTwoRoundTrips, "quickack-two-round-trips" } } },
        { "tcp-rcvlowat",
          lowatHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "SO_RCVLOWAT: every recv but the last returns at least the mark"),
              withLowat, recvsReachTheMark, "rcvlowat-recvs-reach-the-mark" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "SO_RCVLOWAT: fewer recvs than without the mark"),
              withLowatAndTwin, fewerRecvsWithLowat, "rcvlowat-fewer-recvs" } } },
        { "send-vs-sendall",
          sendAllHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Blocking: one send() per message takes all of it"),
              blockingSender, oneWholeSendPerMessage, "blocking-one-whole-send" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Blocking: a send() waits in the kernel (5 ms or more) until "
                                "the buffer has taken it"),
              blockingSender, blockingSendWaits, "blocking-send-waits" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Non-blocking: some send() accepts fewer bytes than asked, or "
                                "fails with EAGAIN"),
              nonblockingSender, partialSends, "nonblocking-partial-sends" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Non-blocking: every byte arrives all the same, as the loop "
                                "calls again"),
              nonblockingSender, everyByteArrives, "nonblocking-every-byte-arrives" } } },
        { "concurrent-clients",
          clientsHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Each connection's recvs return only its own client's bytes, "
                                "in the order sent"),
              clientConnection, ownBytesInOrder, "clients-own-bytes-in-order" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "The connections send and read at the same time"),
              clientConnection, connectionsOverlap, "clients-overlap" } } },
        { "udp-boundaries",
          streamsHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Every recvfrom returns one whole datagram: never two, never "
                                "part of one"),
              udpAny, wholeDatagrams, "udp-whole-datagrams" } } },
        { "udp-truncation",
          truncationHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "A datagram longer than the buffer is cut to the buffer's size; "
                                "the rest is gone"),
              udpAny, datagramsCut, "udp-datagram-cut" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "The next recvfrom returns the next datagram, not the rest of "
                                "the last one"),
              udpAny, nextReadNextDatagram, "udp-next-read-next-datagram" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "No error is reported: Linux truncates silently"),
              udpAny, noErrors, "udp-truncation-silent" } } },
        { "udp-peek",
          peekHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Without peek: a datagram longer than the buffer is cut to the "
                                "buffer's size; the rest is gone"),
              notPeeked, datagramsCut, "udp-without-peek-cut" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "With peek: recv(MSG_PEEK | MSG_TRUNC) returns the datagram's "
                                "full size and leaves it queued for the next recv"),
              peeked, peekTellsSize, "udp-peek-tells-size" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "With peek: every datagram is read whole, by one recv"),
              peeked, peekReadsWhole, "udp-peek-reads-whole" } } },
        { "udp-overflow",
          overflowHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Some datagrams are lost while the receive buffer is full"),
              udpAny, someLost, "udp-some-lost" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Neither send() nor recv() reports an error for them"),
              udpAny, noErrors, "udp-loss-silent" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "The kernel's drop counter (SO_RXQ_OVFL) counts exactly the "
                                "datagrams found lost"),
              udpKernelCounted, kernelCountsLoss, "udp-kernel-counts-loss" } } },
        { "udp-too-big",
          tooBigHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Every datagram of at most 65,507 B arrives whole"),
              udpAny, fitsArrive, "udp-fits-arrive" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Every send() of more than 65,507 B fails with EMSGSIZE, and "
                                "nothing of it arrives"),
              udpAny, tooBigRefused, "udp-too-big-refused" } } },
        { "udp-connrefused",
          closedPortHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Connected: the first send() succeeds"),
              connectedToClosedPort, firstSendSucceeds, "udp-connected-first-send-succeeds" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Connected: a later send() fails with ECONNREFUSED and sends "
                                "nothing"),
              connectedToClosedPort, laterSendRefused, "udp-connected-later-send-refused" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Unconnected: every sendto() succeeds, and every datagram is "
                                "lost without an error"),
              unconnectedToClosedPort, unconnectedSilent, "udp-unconnected-silent" } } },
        { "empty-message",
          emptyHeadline,
          { { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "TCP: the empty send() adds nothing to the stream; only the "
                                "close reads as 0 bytes"),
              tcpStreamAny, tcpEmptyAddsNothing, "tcp-empty-send-adds-nothing" },
            { QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "UDP: the empty datagram arrives as a recv of 0 bytes"),
              udpAny, udpEmptyArrives, "udp-empty-datagram-arrives" } } },
        { "framing-length-prefix", framingHeadline, framingClaims },
        { "framing-delimiter", framingHeadline, framingClaims },
        { "framing-json-header", framingHeadline, framingClaims },
    };
}

// The headlines by id, for lesson files ("headline": "streams"). A new headline function of the
// table needs its entry here.
struct HeadlineId
{
    const char *id;
    Part (*headline)(const Trace &, int run);
    const char *text; // what it shows, for README's table (English, not translated)
};

const QList<HeadlineId> &headlines()
{
    static const QList<HeadlineId> ids{
        { "streams", streamsHeadline,
          "each TCP or UDP run: messages sent, recvs, most messages in one recv, messages never "
          "sent and messages unread (if any)" },
        { "nagle", nagleHeadline,
          "each TCP run by effective TCP_NODELAY: sends after which bytes were held unsent" },
        { "delayed-ack", delayedAckHeadline,
          "each request/reply exchange by TCP_NODELAY: median ms per request" },
        { "split", splitHeadline,
          "the replies run: recvs of reply m0, bytes of it in the read for m1" },
        { "partial-send", partialSendHeadline,
          "each TCP run: partial sends, EAGAIN, send() calls" },
        { "truncation", truncationHeadline,
          "each UDP run: datagrams cut to the buffer, bytes gone" },
        { "overflow", overflowHeadline, "each UDP run: datagrams lost, errors reported" },
        { "empty", emptyHeadline, "TCP: bytes in the stream; UDP: recvs that returned 0 bytes" },
        { "framing", framingHeadline, "each TCP run: messages decoded whole (framed) or per recv" },
        { "sleep", sleepHeadline,
          "each TCP run by its reader: messages sent, recvs, most messages in one recv, messages "
          "never sent and messages unread (if any)" },
        { "cork", corkHeadline,
          "each TCP run by effective TCP_CORK: sends held unsent, data segments (TCP_INFO)" },
        { "quickack", quickackHeadline,
          "each request/reply exchange by effective TCP_QUICKACK: median ms per request" },
        { "rcvlowat", lowatHeadline,
          "each TCP run by effective SO_RCVLOWAT: recvs, the smallest before the last" },
        { "send-all", sendAllHeadline,
          "each TCP run by O_NONBLOCK: sends per message, partial sends, the longest wait" },
        { "clients", clientsHeadline,
          "each client's connection: messages, recvs, its own bytes in order" },
        { "peek", peekHeadline,
          "each UDP run: without peek datagrams cut, with peek sizes told and datagrams read "
          "whole" },
        { "too-big", tooBigHeadline,
          "each UDP run: datagrams up to 65,507 B that arrived, longer ones refused with "
          "EMSGSIZE" },
        { "closed-port", closedPortHeadline,
          "each UDP run to a closed port, connected or not: sends that failed with ECONNREFUSED" },
    };
    return ids;
}

// What a teacher's own claim is about ("about"), by id: the runs the table's claims pick.
struct AboutId
{
    const char *id;
    bool (*about)(const Trace &, int run);
    const char *text;
};

bool anyLoopback(const Trace &trace, int i)
{
    return loopback(trace.runs[i]);
}

const QList<AboutId> &abouts()
{
    static const QList<AboutId> ids{
        { "any", anyLoopback, "every run of the lesson (both ends played by SockScope)" },
        { "tcp", tcpStreamAny, "a TCP byte stream (not the replies of a request/reply exchange)" },
        { "udp", udpAny, "a UDP run" },
        { "nagle-on", nagleOn, "a TCP stream whose socket read back TCP_NODELAY off" },
        { "nodelay-on", nodelayOn, "a TCP stream whose socket read back TCP_NODELAY on" },
        { "framed", framedStream, "a TCP stream with a framing decoder" },
        { "replies", repliesRun, "the replies of a request/reply exchange" },
    };
    return ids;
}

// What a teacher's own claim counts on a run ("measure"), by id.
struct MeasureId
{
    const char *id;
    qint64 (*measure)(const Trace &, int run);
    const char *text;
};

const QList<MeasureId> &measures()
{
    static const QList<MeasureId> ids{
        { "messages", [](const Trace &t, int i) { return qint64(t.runs[i].summary.messages); },
          "messages the sender sent" },
        { "sends", [](const Trace &t, int i) { return qint64(t.runs[i].sends.size()); },
          "send() calls" },
        { "recvs", [](const Trace &t, int i) { return qint64(dataRecvs(t.runs[i])); },
          "recvs that returned data (on UDP also empty datagrams)" },
        { "messages-per-recv-max",
          [](const Trace &t, int i) { return qint64(mostMessagesInOneRecv(t.runs[i])); },
          "the most messages one recv returned bytes of" },
        { "partial-sends",
          [](const Trace &t, int i) { return qint64(t.runs[i].summary.partialSends); },
          "sends that accepted fewer bytes than asked" },
        { "held-sends", [](const Trace &t, int i) { return qint64(held(t.runs[i]).held); },
          "sends after which bytes stayed unsent (kernel evidence)" },
        { "lost", [](const Trace &t, int i) { return qint64(t.runs[i].summary.lost); },
          "messages (datagrams) sent that never arrived" },
        { "unsent", [](const Trace &t, int i) { return qint64(t.runs[i].summary.unsent); },
          "messages never sent whole (the run ended first, or send() refused them)" },
        { "unread", [](const Trace &t, int i) { return qint64(t.runs[i].summary.unread); },
          "messages sent whole that the reader had not read whole when the run ended" },
        { "truncated", [](const Trace &t, int i) { return qint64(t.runs[i].summary.truncated); },
          "datagrams cut to the receive buffer" },
        { "errors", [](const Trace &t, int i) { return qint64(errors(t.runs[i])); },
          "send() and recv() calls that failed" },
        { "decoded-whole", [](const Trace &t, int i) { return qint64(recovered(t.runs[i])); },
          "messages the framing decoder recovered whole" },
        { "received-bytes",
          [](const Trace &t, int i) { return qint64(t.runs[i].summary.receivedBytes); },
          "bytes the receiver read" },
    };
    return ids;
}

struct ComparisonId
{
    const char *id;
    bool (*holds)(qint64 measured, qint64 bound);
    const char *measuredText; // QT_TRANSLATE_NOOP("sockscope::LessonExpectations", …)
};

const QList<ComparisonId> &comparisons()
{
    static const QList<ComparisonId> ids{
        { "at-least", [](qint64 m, qint64 b) { return m >= b; },
          QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 = %2 (at least %3)") },
        { "at-most", [](qint64 m, qint64 b) { return m <= b; },
          QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 = %2 (at most %3)") },
        { "equals", [](qint64 m, qint64 b) { return m == b; },
          QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 = %2 (exactly %3)") },
    };
    return ids;
}

template<typename T> const T *byId(const QList<T> &ids, const QString &id)
{
    for (const T &entry : ids) {
        if (id == QLatin1String(entry.id))
            return &entry;
    }
    return nullptr;
}

const QList<LessonClaims> &table()
{
    static const QList<LessonClaims> entries = makeTable();
    return entries;
}

const LessonClaims *entryOf(const QString &lesson)
{
    for (const LessonClaims &entry : table()) {
        if (lesson == QLatin1String(entry.lesson))
            return &entry;
    }
    return nullptr;
}

Expectation judged(const Trace &trace, const Lesson &lesson, const Text &claim, Verdict v, int i)
{
    const Run &run = trace.runs[i];
    // A claim that does not hold on a stopped or failed run, or one whose lesson the user
    // changed, is not the kernel's doing: it does not apply.
    if (!v.holds.value_or(true)) {
        const QStringList changed = LessonExpectations::changedKeys(lesson, run);
        if (run.aborted) {
            v = Verdict{ std::nullopt, v.measured,
                         text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                "the run was stopped before the end")) };
        } else if (const std::optional<qint64> cap = EventCap::fromNotice(run.error)) {
            v = Verdict{ std::nullopt, v.measured,
                         text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                "recording stopped at the event cap of %1 "
                                                "calls (--max-events)"),
                              { QString::number(*cap) }) };
        } else if (!run.error.isEmpty()) {
            v = Verdict{ std::nullopt, v.measured,
                         text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                "the run failed: %1"),
                              { run.error }) };
        } else if (!changed.isEmpty()) {
            v = Verdict{ std::nullopt, v.measured,
                         text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                "you changed %1: the claim is about the "
                                                "lesson's own settings"),
                              { changed.join(QStringLiteral(", ")) }) };
        }
    }
    return Expectation{ trace.lesson, i, claim, v.holds, v.measured, v.reason };
}

const Claim *claimById(const QString &id)
{
    for (const LessonClaims &entry : table()) {
        for (const Claim &claim : entry.claims) {
            if (claim.id && id == QLatin1String(claim.id))
                return &claim;
        }
    }
    return nullptr;
}

// A lesson's self-check: the table's entry for a built-in lesson, the ids a lesson file names
// for one from a file (its reader refused unknown ids).
struct Checks
{
    Part (*headline)(const Trace &, int run) = nullptr;
    QList<Claim> claims;
    QList<LessonCheck> own;
};

std::optional<Checks> checksFor(const Lesson &lesson, bool fromFile)
{
    if (!fromFile) {
        const LessonClaims *entry = entryOf(lesson.name);
        if (!entry)
            return std::nullopt;
        return Checks{ entry->headline, entry->claims, {} };
    }
    Checks checks;
    if (const HeadlineId *h = byId(headlines(), lesson.checks.headline))
        checks.headline = h->headline;
    for (const QString &id : lesson.checks.claims) {
        if (const Claim *claim = claimById(id))
            checks.claims << *claim;
    }
    checks.own = lesson.checks.own;
    return checks;
}

// A teacher's own claim on run i: the measure against the bound.
Verdict ownVerdict(const Trace &trace, const LessonCheck &check, int i)
{
    const MeasureId *measure = byId(measures(), check.measure);
    const ComparisonId *comparison = byId(comparisons(), check.comparison);
    if (!measure || !comparison)
        return Verdict{ std::nullopt, Text{},
                        text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                               "this SockScope does not know what to measure")) };
    const qint64 value = measure->measure(trace, i);
    return verdict(comparison->holds(value, check.bound),
                   text(comparison->measuredText, { check.measure, num(value), num(check.bound) }),
                   QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                     "the measured number is outside the lesson's bound"));
}

} // namespace

QStringList LessonExpectations::changedKeys(const Lesson &lesson, const Run &run)
{
    QSet<QString> planned;
    for (const LessonVariant &variant : lesson.variants) {
        for (const auto &setting : variant.settings)
            planned.insert(setting.first);
    }
    for (const LessonVariant *side : { &lesson.switchOff, &lesson.switchOn }) {
        for (const auto &setting : side->settings)
            planned.insert(setting.first);
    }
    QStringList changed;
    for (const ScenarioKey &key : ScenarioKey::all()) {
        if (planned.contains(key.key()) || (key.network && run.mode != Mode::Sim))
            continue;
        // A replies run decodes no framing of its own.
        if (run.requestsRun >= 0 && key.key() == QLatin1String("framing"))
            continue;
        if (key.text(run.scenario) != key.text(lesson.scenario))
            changed << key.key();
    }
    return changed;
}

QStringList LessonExpectations::changedKeys(const Lesson &lesson, const Trace &trace)
{
    QStringList changed;
    for (const Run &run : trace.runs) {
        for (const QString &key : changedKeys(lesson, run)) {
            if (!changed.contains(key))
                changed << key;
        }
    }
    // In the key table's order, whichever run changed a key first.
    QStringList ordered;
    for (const ScenarioKey &key : ScenarioKey::all()) {
        if (changed.contains(key.key()))
            ordered << key.key();
    }
    return ordered;
}

QList<const char *> LessonExpectations::missingVariants(const Lesson &lesson, const Trace &trace)
{
    QList<const char *> missing;
    for (const LessonVariant &variant : lesson.variants) {
        const bool recorded
            = std::any_of(trace.runs.cbegin(), trace.runs.cend(), [&variant](const Run &run) {
                  Scenario withVariant = run.scenario;
                  for (const auto &[key, value] : variant.settings)
                      withVariant.set(key, value);
                  return withVariant == run.scenario;
              });
        if (!recorded)
            missing << variant.label;
    }
    return missing;
}

void LessonExpectations::judge(Trace &trace)
{
    trace.headline.clear();
    trace.expectations.clear();
    // A trace of a lesson file carries the lesson: it is judged without the file.
    const Lesson *lesson
        = trace.lessonFile ? trace.lessonFile.get() : LessonCatalogue::find(trace.lesson);
    const std::optional<Checks> checks
        = lesson ? checksFor(*lesson, trace.lessonFile || lesson->fromFile()) : std::nullopt;
    if (!checks)
        return;
    for (int i = 0; i < trace.runs.size(); ++i) {
        if (checks->headline && headlineRun(trace, trace.runs[i])) {
            if (const Part part = checks->headline(trace, i))
                trace.headline << *part;
        }
        for (const Claim &claim : checks->claims) {
            if (claim.about(trace, i))
                trace.expectations
                    << judged(trace, *lesson, text(claim.text), claim.judge(trace, i), i);
        }
        for (const LessonCheck &check : checks->own) {
            const AboutId *about = byId(abouts(), check.about);
            if (about && about->about(trace, i))
                trace.expectations
                    << judged(trace, *lesson, Text{ QString::fromUtf8(check.text), {} },
                              ownVerdict(trace, check, i), i);
        }
    }
    // No run the lesson speaks of (the user changed the protocol): say what there is.
    if (trace.headline.isEmpty()) {
        for (int i = 0; i < trace.runs.size(); ++i) {
            if (headlineRun(trace, trace.runs[i]) && trace.runs[i].requestsRun < 0)
                trace.headline << *messagesInRecvs(trace.runs[i], byProtocol(trace.runs[i]));
        }
    }
}

namespace {

template<typename T> QStringList idsOf(const QList<T> &entries)
{
    QStringList ids;
    for (const T &entry : entries)
        ids << QString::fromLatin1(entry.id);
    return ids;
}

QString cell(QString text)
{
    return text.replace(QLatin1Char('|'), QStringLiteral("\\|"));
}

} // namespace

QStringList LessonExpectations::headlineIds()
{
    return idsOf(headlines());
}

QStringList LessonExpectations::claimIds()
{
    QStringList ids;
    for (const LessonClaims &entry : table()) {
        for (const Claim &claim : entry.claims) {
            const QString id = QString::fromLatin1(claim.id ? claim.id : "");
            if (!ids.contains(id))
                ids << id;
        }
    }
    return ids;
}

QStringList LessonExpectations::aboutIds()
{
    return idsOf(abouts());
}

QStringList LessonExpectations::measureIds()
{
    return idsOf(measures());
}

QStringList LessonExpectations::comparisonIds()
{
    return idsOf(comparisons());
}

LessonChecks LessonExpectations::checksOf(const QString &lesson)
{
    LessonChecks checks;
    const LessonClaims *entry = entryOf(lesson);
    if (!entry)
        return checks;
    for (const HeadlineId &h : headlines()) {
        if (h.headline == entry->headline)
            checks.headline = QString::fromLatin1(h.id);
    }
    for (const Claim &claim : entry->claims)
        checks.claims << QString::fromLatin1(claim.id ? claim.id : "");
    return checks;
}

bool LessonExpectations::sameClaim(const QString &id, const QString &lesson, int index)
{
    const LessonClaims *entry = entryOf(lesson);
    const Claim *claim = claimById(id);
    if (!entry || !claim || index < 0 || index >= entry->claims.size())
        return false;
    const Claim &listed = entry->claims[index];
    return claim->about == listed.about && claim->judge == listed.judge
        && qstrcmp(claim->text, listed.text) == 0;
}

QString LessonExpectations::markdownTable()
{
    QString md = QStringLiteral("| Headline | Shows |\n|---|---|\n");
    for (const HeadlineId &h : headlines())
        md += QStringLiteral("| `%1` | %2 |\n")
                  .arg(QLatin1String(h.id), cell(QString::fromUtf8(h.text)));
    md += QStringLiteral("\n| Claim | Lessons | Says |\n|---|---|---|\n");
    for (const QString &id : claimIds()) {
        const Claim *claim = claimById(id);
        QStringList lessons;
        for (const LessonClaims &entry : table()) {
            for (const Claim &c : entry.claims) {
                if (c.id && id == QLatin1String(c.id))
                    lessons << QString::fromLatin1(entry.lesson);
            }
        }
        md += QStringLiteral("| `%1` | %2 | %3 |\n")
                  .arg(id, lessons.join(QStringLiteral(", ")),
                       cell(claim ? QString::fromUtf8(claim->text) : QString()));
    }
    md += QStringLiteral("\n| About | Runs |\n|---|---|\n");
    for (const AboutId &a : abouts())
        md += QStringLiteral("| `%1` | %2 |\n")
                  .arg(QLatin1String(a.id), cell(QString::fromUtf8(a.text)));
    md += QStringLiteral("\n| Measure | Counts on each run |\n|---|---|\n");
    for (const MeasureId &m : measures())
        md += QStringLiteral("| `%1` | %2 |\n")
                  .arg(QLatin1String(m.id), cell(QString::fromUtf8(m.text)));
    return md;
}

QStringList LessonExpectations::lessons()
{
    QStringList names;
    for (const LessonClaims &entry : table())
        names << QString::fromLatin1(entry.lesson);
    return names;
}

QString LessonExpectations::headline(const Trace &trace)
{
    QStringList parts;
    for (const ExpectationText &part : trace.headline)
        parts << part.translated();
    return parts.join(QStringLiteral(" · "));
}

QString LessonExpectations::mark(const Expectation &expectation)
{
    if (!expectation.holds)
        return QStringLiteral("–");
    return *expectation.holds ? QStringLiteral("✓") : QStringLiteral("⚠");
}

QList<LessonExpectations::Line> LessonExpectations::brief(const Trace &trace)
{
    QList<Line> out;
    QList<ExpectationText> done; // claims already given their one line
    for (const Expectation &e : trace.expectations) {
        if (!e.holds.value_or(false)) {
            out.append({ mark(e), describe(trace, e), e.holds });
            continue;
        }
        if (done.contains(e.claim))
            continue;
        QStringList runs;
        qsizetype judged = 0;
        for (const Expectation &other : trace.expectations) {
            if (other.claim != e.claim)
                continue;
            ++judged;
            if (other.holds.value_or(false) && other.run >= 0 && other.run < trace.runs.size())
                runs.append(trace.runs[other.run].label);
        }
        done.append(e.claim);
        QString text = e.claim.translated();
        if (judged > 1) // judged on several runs: the ones it holds on (the others have a line)
            text += QStringLiteral(" — ")
                + runs.join(QCoreApplication::translate("sockscope::LessonExpectations", ", "));
        out.append({ mark(e), text, e.holds });
    }
    return out;
}

QString LessonExpectations::describe(const Trace &trace, const Expectation &expectation)
{
    QString measured = expectation.measured.translated();
    const bool known = expectation.run >= 0 && expectation.run < trace.runs.size();
    // A claim judged on several runs (each variant of a framing lesson) is listed once per
    // run: each line names its run, or two identical lines would leave the class guessing.
    qsizetype judged = 0;
    for (const Expectation &e : trace.expectations)
        judged += e.claim == expectation.claim ? 1 : 0;
    if (known && trace.runs[expectation.run].mode == Mode::Sim)
        measured = QCoreApplication::translate("sockscope::LessonExpectations", "simulated: %1")
                       .arg(measured);
    if (known && judged > 1)
        measured = QCoreApplication::translate("sockscope::LessonExpectations", "%1: %2")
                       .arg(trace.runs[expectation.run].label, measured);
    QString line = expectation.claim.translated() + QStringLiteral(" — ") + measured;
    if (!expectation.holds.value_or(false) && !expectation.reason.isEmpty()) {
        const QString reason = expectation.reason.translated();
        line += QStringLiteral(" (")
            + (expectation.holds
                   ? QCoreApplication::translate("sockscope::LessonExpectations", "likely: %1")
                   : QCoreApplication::translate("sockscope::LessonExpectations",
                                                 "does not apply: %1"))
                  .arg(reason)
            + QLatin1Char(')');
    }
    return line;
}

} // namespace sockscope
