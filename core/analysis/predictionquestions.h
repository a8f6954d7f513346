#pragma once

#include "model/expectationtext.h"
#include "model/lesson.h"

#include <QList>
#include <QString>

namespace sockscope {

// One question of "Predict, then run": asked before the run, answered by the class with a number
// (or a recv's number, picked on the timeline), and checked against what the run recorded
// (PredictionCheck). The question names what it measures and which run it is about; the run is
// found in the trace by what was recorded (the effective TCP_NODELAY, the decoded framing, the
// request/reply pairing), never by a variant's label.
struct PredictionQuestion
{
    // What is counted or timed, in the run the question is about.
    enum class Measure {
        DataRecvs, // recv() calls that returned data
        MostInOneRecv, // the most messages one recv() returned
        RecvOfMessageEnd, // the recv() holding the last byte of `message` (a pick)
        Arrived, // datagrams that arrived (not lost)
        LongestRecv, // the most bytes one recv() returned
        HeldSends, // send() calls after which bytes were still unsent
        TripMs, // the median request round trip, in ms
        RecvsOfFirstReply, // recv() calls reply m0 came in
        FirstReplyInSecondRead, // bytes of reply m0 in the read meant for reply m1
        PartialSends, // send() calls that accepted only part of their bytes
        SendCalls, // send() calls in all
        StreamBytes, // bytes the reader received in all
        ZeroByteRecvs, // recv() calls that returned 0 bytes
        Recovered, // messages the decoder recovered whole
        Errors, // send() and recv() calls that failed
    };
    // Which run: a TCP stream, UDP, a TCP stream with Nagle on or with TCP_NODELAY (as read back
    // from the socket), a framed or unframed TCP stream, the replies of an exchange, or the
    // first run of the lesson.
    enum class About { Tcp, Udp, NagleOn, Nodelay, Framed, Unframed, Replies, First };
    // How the answer is given and shown: a count of calls, datagrams, messages or bytes, a
    // duration in milliseconds, or a recv's number (picked on the timeline or typed).
    enum class Unit { Count, Bytes, Milliseconds, RecvNumber };

    QString id; // stable within a lesson: "data-recvs/tcp"
    Measure measure = Measure::DataRecvs;
    About about = About::First;
    Unit unit = Unit::Count;
    int message = -1; // RecvOfMessageEnd: the message
    ExpectationText text; // the question, translated on display
    // A prediction is right within tolerance × the measured value, or slack (in the unit),
    // whichever is larger: the times and counts a loaded machine moves are not asked exactly.
    double tolerance = 0;
    double slack = 0;

    bool isPick() const { return unit == Unit::RecvNumber; }
    // The unit written after a number: "ms", "B", or empty.
    QString unitText() const;

    bool operator==(const PredictionQuestion &) const = default;
};

// The questions of a lesson, 2 to 4, chosen by what its scenario is about (TCP and UDP, Nagle
// compared, a request/reply exchange, replies read once, a non-blocking sender, truncation,
// overflow, an empty message, framing), numbered with the scenario as it will run (12 sends,
// message 3). Any lesson gets questions: one the rules do not recognise gets the generic ones
// (recv() calls, messages in one recv()).
class PredictionQuestions
{
public:
    static constexpr int kMost = 4;
    static constexpr int kLeast = 2;

    static QList<PredictionQuestion> of(const Lesson &lesson, const Scenario &scenario);
    static QList<PredictionQuestion> of(const Lesson &lesson)
    {
        return of(lesson, lesson.scenario);
    }
};

} // namespace sockscope
