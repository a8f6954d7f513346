#include "analysis/predictioncheck.h"

#include "analysis/runmeasures.h"

#include <QCoreApplication>

#include <algorithm>
#include <climits>
#include <cmath>

namespace sockscope {

namespace {

using Q = PredictionQuestion;
using Text = ExpectationText;

constexpr int kNo = -1;

const char *const kRecvsNoun = QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n recv(s)");
const char *const kMessagesNoun
    = QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n message(s)");
const char *const kDatagramsNoun
    = QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n datagram(s)");
const char *const kSendsNoun = QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n send(s)");
const char *const kSendCallsNoun
    = QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n send() call(s)");
const char *const kPartialSendsNoun
    = QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n partial send(s)");
const char *const kErrorsNoun = QT_TRANSLATE_N_NOOP("sockscope::LessonExpectations", "%n error(s)");

Text text(const char *source, const QStringList &args = {}, const QList<int> &counts = {})
{
    return Text{ QString::fromUtf8(source), args, counts };
}

QString noun(const char *source)
{
    return QString::fromUtf8(source);
}

int count(qint64 n)
{
    return int(std::clamp<qint64>(n, 0, INT_MAX));
}

// Who a measured answer is about, in the words of the lesson's headline.
QString who(const Run &run, Q::About about)
{
    const bool sim = run.mode == Mode::Sim;
    switch (about) {
    case Q::About::NagleOn:
    case Q::About::Nodelay:
        if (run.effective.nodelay.value_or(false))
            return noun(
                sim ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP_NODELAY, simulated")
                    : QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP_NODELAY"));
        return noun(sim ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Nagle on, simulated")
                        : QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Nagle on"));
    case Q::About::Framed:
    case Q::About::Unframed:
        if (run.scenario.framing != QLatin1String("none"))
            return noun(
                sim ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Framing on, simulated")
                    : QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Framing on"));
        return noun(
            sim ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Framing off, simulated")
                : QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "Framing off"));
    case Q::About::Tcp:
    case Q::About::Udp:
    case Q::About::Replies:
    case Q::About::First:
        break;
    }
    if (run.protocol == Protocol::Udp)
        return noun(sim ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "UDP, simulated")
                        : QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "UDP"));
    return noun(sim ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP, simulated")
                    : QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "TCP"));
}

// The runs a prediction is checked against: what the kernel did (the real runs) when there are
// any, else the simulator's; loopback runs only (both ends known).
bool candidate(const Trace &trace, const Run &run)
{
    const bool anyReal = std::any_of(trace.runs.cbegin(), trace.runs.cend(),
                                     [](const Run &r) { return r.mode == Mode::Real; });
    return run.role == Role::Loopback && (run.mode == Mode::Real || !anyReal);
}

bool about(const Trace &trace, int i, Q::About a)
{
    const Run &run = trace.runs[i];
    if (!candidate(trace, run))
        return false;
    const bool tcpStream = run.protocol == Protocol::Tcp && run.requestsRun < 0;
    const bool framed = run.scenario.framing != QLatin1String("none");
    switch (a) {
    case Q::About::Tcp:
        return tcpStream;
    case Q::About::Udp:
        return run.protocol == Protocol::Udp;
    case Q::About::NagleOn:
        return tcpStream && run.effective.nodelay == std::optional<bool>(false);
    case Q::About::Nodelay:
        return tcpStream && run.effective.nodelay == std::optional<bool>(true);
    case Q::About::Framed:
        return tcpStream && framed;
    case Q::About::Unframed:
        return tcpStream && !framed;
    case Q::About::Replies:
        return run.requestsRun >= 0;
    case Q::About::First:
        return run.requestsRun < 0;
    }
    return false;
}

int runAbout(const Trace &trace, const Q &q)
{
    for (int i = 0; i < trace.runs.size(); ++i) {
        if (!about(trace, i, q.about))
            continue;
        // A round trip needs the replies of the run: an exchange's requests.
        if (q.measure == Q::Measure::TripMs && RunMeasures::repliesOf(trace, i) < 0)
            continue;
        return i;
    }
    return -1;
}

QString ms(double v)
{
    const double a = std::abs(v);
    return QString::number(v, 'f', a >= 10 ? 0 : a >= 1 ? 1 : a >= 0.1 ? 2 : 3);
}

PredictionAnswer answer(int run, double value, Text words)
{
    return PredictionAnswer{ value, run, std::move(words) };
}

} // namespace

PredictionAnswer PredictionCheck::measure(const Trace &trace, const PredictionQuestion &q)
{
    const int i = runAbout(trace, q);
    if (i < 0)
        return {};
    const Run &run = trace.runs[i];
    const QString w = who(run, q.about);
    const bool udp = run.protocol == Protocol::Udp;
    switch (q.measure) {
    case Q::Measure::DataRecvs: {
        const int n = RunMeasures::dataRecvs(run);
        return answer(
            i, n,
            text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 returned data"),
                 { w, noun(kRecvsNoun) }, { kNo, n }));
    }
    case Q::Measure::MostInOneRecv: {
        const int n = RunMeasures::mostMessagesInOneRecv(run);
        return answer(
            i, n,
            text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: at most %2 in one recv"),
                 { w, noun(udp ? kDatagramsNoun : kMessagesNoun) }, { kNo, n }));
    }
    case Q::Measure::RecvOfMessageEnd: {
        if (q.message < 0 || q.message >= run.fates.size() || run.fates[q.message].recvs.isEmpty())
            return {};
        const int r = run.fates[q.message].recvs.last();
        return answer(i, r,
                      text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                             "%1: recv #%2 returned the end of message %3"),
                           { w, QString::number(r), QString::number(q.message) }));
    }
    case Q::Measure::Arrived: {
        const int arrived
            = run.summary.messages - run.summary.lost - run.summary.unsent - run.summary.unread;
        return answer(
            i, arrived,
            text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 of %3 arrived"),
                 { w, QString::number(arrived), noun(kDatagramsNoun) },
                 { kNo, kNo, count(run.summary.messages) }));
    }
    case Q::Measure::LongestRecv: {
        qint64 most = 0;
        for (const RecvEvent &r : run.recvs)
            most = std::max(most, r.bytes);
        return answer(i, double(most),
                      text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                             "%1: one recv returned at most %2 B"),
                           { w, QString::number(most) }));
    }
    case Q::Measure::HeldSends: {
        const RunMeasures::Held h = RunMeasures::held(run);
        if (h.measured == 0)
            return {};
        return answer(i, h.held,
                      text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                             "%1: bytes held unsent after %2 of %3"),
                           { w, QString::number(h.held), noun(kSendsNoun) },
                           { kNo, kNo, count(h.sends) }));
    }
    case Q::Measure::TripMs: {
        const QList<qint64> t = RunMeasures::trips(trace, i);
        if (t.isEmpty())
            return {};
        const double v = double(RunMeasures::median(t)) / 1e6;
        return answer(
            i, v,
            text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 ms per request"),
                 { w, ms(v) }));
    }
    case Q::Measure::RecvsOfFirstReply: {
        if (run.fates.isEmpty())
            return {};
        const int n = int(run.fates.first().recvs.size());
        return answer(
            i, n,
            text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: reply m0 came in %2"),
                 { w, noun(kRecvsNoun) }, { kNo, n }));
    }
    case Q::Measure::FirstReplyInSecondRead: {
        if (run.recvs.size() < 2)
            return {};
        const qint64 b = RunMeasures::bytesOfMessageIn(run, 0, 1);
        return answer(i, double(b),
                      text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                             "%1: the read for reply m1 returned %2 B of reply "
                                             "m0"),
                           { w, QString::number(b) }));
    }
    case Q::Measure::PartialSends:
        return answer(i, run.summary.partialSends,
                      text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2"),
                           { w, noun(kPartialSendsNoun) }, { kNo, run.summary.partialSends }));
    case Q::Measure::SendCalls: {
        const int n = int(run.sends.size());
        return answer(i, n,
                      text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2"),
                           { w, noun(kSendCallsNoun) }, { kNo, n }));
    }
    case Q::Measure::StreamBytes:
        return answer(
            i, double(run.summary.receivedBytes),
            text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 B in the stream"),
                 { w, QString::number(run.summary.receivedBytes) }));
    case Q::Measure::ZeroByteRecvs: {
        const int n = RunMeasures::zeroByteRecvs(run);
        return answer(i, n,
                      text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                             "%1: %2 of %3 returned 0 bytes"),
                           { w, QString::number(n), noun(kRecvsNoun) },
                           { kNo, kNo, count(RunMeasures::dataRecvs(run)) }));
    }
    case Q::Measure::Recovered: {
        const int n = RunMeasures::recovered(run);
        return answer(
            i, n,
            text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                   "%1: %2 of %3 decoded whole from %4"),
                 { w, QString::number(n), noun(kMessagesNoun), noun(kRecvsNoun) },
                 { kNo, kNo, count(run.summary.messages), count(RunMeasures::dataRecvs(run)) }));
    }
    case Q::Measure::Errors: {
        const int n = RunMeasures::errors(run);
        return answer(i, n,
                      text(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1: %2 reported"),
                           { w, noun(kErrorsNoun) }, { kNo, n }));
    }
    }
    return {};
}

PredictionCheck::Verdict PredictionCheck::verdict(const PredictionQuestion &q,
                                                  std::optional<double> predicted,
                                                  const PredictionAnswer &a)
{
    if (!a.value)
        return Verdict::NotMeasured;
    if (!predicted)
        return Verdict::NoPrediction;
    const double margin = std::max(q.tolerance * std::abs(*a.value), q.slack);
    // Whole numbers are compared as whole numbers: 2.6 of a tolerance is 2.
    const double allowed = q.unit == Q::Unit::Milliseconds ? margin : std::floor(margin + 1e-9);
    return std::abs(*predicted - *a.value) <= allowed + 1e-9 ? Verdict::Right : Verdict::Off;
}

QString PredictionCheck::mark(Verdict v)
{
    switch (v) {
    case Verdict::Right:
        return QStringLiteral("✓");
    case Verdict::Off:
        return QStringLiteral("✗");
    case Verdict::NoPrediction:
    case Verdict::NotMeasured:
        break;
    }
    return QStringLiteral("–");
}

QString PredictionCheck::format(const PredictionQuestion &q, double value)
{
    switch (q.unit) {
    case Q::Unit::Milliseconds:
        return QCoreApplication::translate("sockscope::LessonExpectations", "%1 ms").arg(ms(value));
    case Q::Unit::Bytes:
        return QCoreApplication::translate("sockscope::LessonExpectations", "%1 B")
            .arg(qint64(std::llround(value)));
    case Q::Unit::RecvNumber:
        return QCoreApplication::translate("sockscope::LessonExpectations", "recv #%1")
            .arg(qint64(std::llround(value)));
    case Q::Unit::Count:
        break;
    }
    return QString::number(qint64(std::llround(value)));
}

QString PredictionCheck::describe(const PredictionQuestion &q, std::optional<double> predicted,
                                  const PredictionAnswer &a)
{
    const auto tr = [](const char *source) {
        return QCoreApplication::translate("sockscope::LessonExpectations", source);
    };
    const Verdict v = verdict(q, predicted, a);
    if (v == Verdict::NotMeasured)
        return tr(QT_TRANSLATE_NOOP("sockscope::LessonExpectations",
                                    "not measured: this run has nothing it asks about (a "
                                    "setting changed what ran, or the run stopped early)"));
    const QString measured = a.text.translated();
    if (v == Verdict::NoPrediction)
        return tr(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "no prediction; %1"))
            .arg(measured);
    const QString said = q.isPick()
        ? tr(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "you picked %1"))
              .arg(format(q, *predicted))
        : tr(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "you said %1"))
              .arg(format(q, *predicted));
    if (v == Verdict::Right)
        return tr(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1; %2")).arg(said, measured);
    const double diff = *predicted - *a.value;
    QString off;
    if (q.isPick()) {
        off = text(diff > 0 ? QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 too late")
                            : QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 too early"),
                   { noun(kRecvsNoun) }, { count(std::llround(std::abs(diff))) })
                  .translated();
    } else {
        Q plain = q;
        plain.unit = q.unit == Q::Unit::RecvNumber ? Q::Unit::Count : q.unit;
        off = (diff > 0 ? tr(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 too high"))
                        : tr(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1 too low")))
                  .arg(format(plain, std::abs(diff)));
    }
    return tr(QT_TRANSLATE_NOOP("sockscope::LessonExpectations", "%1; %2 — %3"))
        .arg(said, measured, off);
}

} // namespace sockscope
