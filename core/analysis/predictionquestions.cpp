#include "analysis/predictionquestions.h"

#include <QCoreApplication>

#include <algorithm>

namespace sockscope {

namespace {

using Q = PredictionQuestion;

// The questions' words are in the self-check's context (ExpectationText's), which holds the
// counted nouns they share.
const char *kSendsNoun = QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n send(s)");
const char *kDatagramsNoun = QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n datagram(s)");
const char *kMessagesNoun = QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n message(s)");

constexpr int kNo = -1;

ExpectationText words(const char *source, const QStringList &args = {},
                      const QList<int> &counts = {})
{
    return ExpectationText{ QString::fromUtf8(source), args, counts };
}

QString aboutName(Q::About about)
{
    switch (about) {
    case Q::About::Tcp:
        return QStringLiteral("tcp");
    case Q::About::Udp:
        return QStringLiteral("udp");
    case Q::About::NagleOn:
        return QStringLiteral("nagle");
    case Q::About::Nodelay:
        return QStringLiteral("nodelay");
    case Q::About::Framed:
        return QStringLiteral("framed");
    case Q::About::Unframed:
        return QStringLiteral("unframed");
    case Q::About::Replies:
        return QStringLiteral("replies");
    case Q::About::First:
        break;
    }
    return QStringLiteral("first");
}

Q question(const char *id, Q::Measure measure, Q::About about, ExpectationText text,
           Q::Unit unit = Q::Unit::Count, double tolerance = 0, double slack = 0)
{
    Q q;
    q.id = QString::fromLatin1(id) + QLatin1Char('/') + aboutName(about);
    q.measure = measure;
    q.about = about;
    q.unit = unit;
    q.text = std::move(text);
    q.tolerance = tolerance;
    q.slack = slack;
    return q;
}

// The longest message the scenario sends, in bytes, before any framing.
qsizetype longest(const Scenario &s)
{
    const Scenario::MessageBuilder builder(s);
    return builder.longest(s.count);
}

bool hasEmptyMessage(const Scenario &s)
{
    const Scenario::MessageBuilder builder(s);
    for (int n = 0; n < std::min(s.count, 1000); ++n) {
        if (builder.length(n) == 0)
            return true;
    }
    return false;
}

// The message a pick question asks about: the fourth (message 3) when there is one, or the
// last; a message with bytes, since an empty one ends in no recv.
int pickMessage(const Scenario &s)
{
    const Scenario::MessageBuilder builder(s);
    for (int m = std::min(3, s.count - 1); m >= 0; --m) {
        if (builder.length(m) > 0)
            return m;
    }
    return -1;
}

// TCP: "these 12 sends" when each message is one send(), else "these 6 messages".
Q recvCount(Q::About about, const Scenario &s, bool udp)
{
    const bool oneSendEach = s.parts == 1 && !s.nonblocking;
    return question(
        "data-recvs", Q::Measure::DataRecvs, about,
        udp ? words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                      "How many recvfrom() calls will return data for these %1?"),
                    { QString::fromUtf8(kDatagramsNoun) }, { s.count })
            : words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                      "How many recv() calls will TCP need for these %1?"),
                    { QString::fromUtf8(oneSendEach ? kSendsNoun : kMessagesNoun) }, { s.count }),
        Q::Unit::Count, udp ? 0 : 0.34);
}

Q mostInOneRecv(Q::About about, bool udp)
{
    return question(
        "most-in-one-recv", Q::Measure::MostInOneRecv, about,
        udp ? words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                      "At most how many datagrams will one recvfrom() "
                                      "return?"))
            : words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                      "At most how many messages will one recv() return?")),
        Q::Unit::Count, udp ? 0 : 0.34);
}

Q pick(Q::About about, int message)
{
    Q q = question(
        "recv-of-message-end", Q::Measure::RecvOfMessageEnd, about,
        words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                "Which recv() will return the end of message %1? (recvs are "
                                "numbered from 0)"),
              { QString::number(message) }, { kNo }),
        Q::Unit::RecvNumber);
    q.message = message;
    return q;
}

} // namespace

QString PredictionQuestion::unitText() const
{
    switch (unit) {
    case Unit::Bytes:
        return QCoreApplication::translate("sockscope::LessonExpectations", "B");
    case Unit::Milliseconds:
        return QCoreApplication::translate("sockscope::LessonExpectations", "ms");
    case Unit::Count:
    case Unit::RecvNumber:
        break;
    }
    return {};
}

QList<PredictionQuestion> PredictionQuestions::of(const Lesson &lesson, const Scenario &s)
{
    QList<Q> qs;
    const int n = s.count;
    const bool nagleCompared = lesson.variedKeys().contains(QStringLiteral("nodelay"));
    const bool exchange = s.hasTcp() && s.replySize > 0;
    const bool framing = s.framing != QLatin1String("none") || lesson.hasSwitch();

    if (exchange && s.replyRead == Scenario::ReplyRead::Once) {
        qs << question(
            "recvs-of-first-reply", Q::Measure::RecvsOfFirstReply, Q::About::Replies,
            words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                    "The server sends reply m0 (%1 B) with one send(). In how "
                                    "many recv() calls will it arrive?"),
                  { QString::number(s.replySize) }, { kNo }));
        qs << question(
            "first-reply-in-second-read", Q::Measure::FirstReplyInSecondRead, Q::About::Replies,
            words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                    "How many bytes of reply m0 will the read meant for reply "
                                    "m1 return?")),
            Q::Unit::Bytes);
    }
    if (exchange) {
        if (nagleCompared) {
            // The stall is ~40 ms when it happens: a quarter either way is right; the fast side
            // is right at anything under a millisecond and a half.
            qs << question(
                "trip-ms", Q::Measure::TripMs, Q::About::NagleOn,
                words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                        "How long will each request take with Nagle on?")),
                Q::Unit::Milliseconds, 0.25, 1.5);
            qs << question(
                "trip-ms", Q::Measure::TripMs, Q::About::Nodelay,
                words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                        "How long will each request take with TCP_NODELAY?")),
                Q::Unit::Milliseconds, 0.25, 1.5);
        } else if (s.replyRead != Scenario::ReplyRead::Once) {
            qs << question("trip-ms", Q::Measure::TripMs, Q::About::Tcp,
                           words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                   "How long will each request take?")),
                           Q::Unit::Milliseconds, 0.25, 1.5);
        }
    } else if (s.hasTcp() && nagleCompared) {
        qs << question(
            "held-sends", Q::Measure::HeldSends, Q::About::NagleOn,
            words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                    "With Nagle on: after how many of the %1 will bytes still "
                                    "wait unsent in the kernel?"),
                  { QString::fromUtf8(kSendsNoun) }, { n }),
            Q::Unit::Count, 0.25, 2);
        qs << question(
            "held-sends", Q::Measure::HeldSends, Q::About::Nodelay,
            words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                    "With TCP_NODELAY: after how many of the %1 will bytes "
                                    "still wait unsent in the kernel?"),
                  { QString::fromUtf8(kSendsNoun) }, { n }),
            Q::Unit::Count, 0.25, 2);
    }
    if (s.hasTcp() && s.nonblocking && !exchange) {
        qs << question(
            "partial-sends", Q::Measure::PartialSends, Q::About::Tcp,
            words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                    "How many send() calls will accept only part of their "
                                    "bytes?")),
            Q::Unit::Count, 0.34, 1);
        qs << question(
            "send-calls", Q::Measure::SendCalls, Q::About::Tcp,
            words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                    "How many send() calls will it take to send the %1?"),
                  { QString::fromUtf8(kMessagesNoun) }, { n }),
            Q::Unit::Count, 0.25, 1);
    }
    if (framing && s.hasTcp() && !exchange) {
        qs << question(
            "recovered", Q::Measure::Recovered, Q::About::Framed,
            words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                    "With the framing: how many of the %1 will the decoder "
                                    "recover whole?"),
                  { QString::fromUtf8(kMessagesNoun) }, { n }));
    }
    if (hasEmptyMessage(s)) {
        if (s.hasTcp() && !exchange) {
            const Scenario::MessageBuilder builder(s);
            qint64 bytes = 0;
            for (int m = 0; m < n; ++m)
                bytes += builder.length(m);
            qs << question(
                "stream-bytes", Q::Measure::StreamBytes, Q::About::Tcp,
                words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                        "The messages hold %1 B in all, one of them empty. How "
                                        "many bytes will the TCP reader receive?"),
                      { QString::number(bytes) }, { kNo }),
                Q::Unit::Bytes);
        }
        if (s.hasUdp())
            qs << question(
                "zero-byte-recvs", Q::Measure::ZeroByteRecvs, Q::About::Udp,
                words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                        "How many UDP recvfrom() calls will return 0 bytes?")));
    }
    // A TCP stream's recvs: how many, and where a message ends (a pick on the timeline).
    if (s.hasTcp() && !exchange && !nagleCompared) {
        const Q::About about = framing ? Q::About::Framed : Q::About::Tcp;
        qs << recvCount(about, s, false);
        if (const int m = pickMessage(s); m >= 0 && n > 1)
            qs << pick(about, m);
    }
    if (s.hasUdp()) {
        const bool truncates = longest(s) > s.recvSize;
        const bool overflows = s.rcvbuf > 0 && n >= 20;
        if (truncates)
            qs << question(
                "longest-recv", Q::Measure::LongestRecv, Q::About::Udp,
                words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                        "Each datagram holds %1 B and recvfrom() is given %2 "
                                        "B. How many bytes will one recvfrom() return at "
                                        "most?"),
                      { QString::number(longest(s)), QString::number(s.recvSize) }, { kNo, kNo }),
                Q::Unit::Bytes);
        if (overflows)
            qs << question("arrived", Q::Measure::Arrived, Q::About::Udp,
                           words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                                   "How many of the %1 will arrive?"),
                                 { QString::fromUtf8(kDatagramsNoun) }, { n }),
                           Q::Unit::Count, 0.3, 2);
        if (truncates || overflows)
            qs << question(
                "errors", Q::Measure::Errors, Q::About::Udp,
                words(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                        "How many errors will send() and recvfrom() report?")));
        else if (!hasEmptyMessage(s))
            qs << recvCount(Q::About::Udp, s, true);
    }
    if (s.hasTcp() && !exchange && !nagleCompared)
        qs << mostInOneRecv(framing ? Q::About::Framed : Q::About::Tcp, false);
    else if (s.hasTcp() && nagleCompared && !exchange)
        qs << recvCount(Q::About::NagleOn, s, false);
    if (s.hasUdp() && !s.hasTcp())
        qs << mostInOneRecv(Q::About::Udp, true);

    // Any lesson, one the rules above do not know included: the generic questions.
    if (qs.size() < kLeast)
        qs << recvCount(Q::About::First, s, s.protocol == Scenario::Protocols::Udp)
           << mostInOneRecv(Q::About::First, s.protocol == Scenario::Protocols::Udp);
    // One question per id, the first asked; at most kMost.
    QList<Q> out;
    for (const Q &q : std::as_const(qs)) {
        const bool seen = std::any_of(out.cbegin(), out.cend(),
                                      [&q](const Q &other) { return other.id == q.id; });
        if (!seen && out.size() < kMost)
            out << q;
    }
    return out;
}

} // namespace sockscope
