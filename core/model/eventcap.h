#pragma once

#include <QCoreApplication>
#include <QRegularExpression>

#include <atomic>
#include <optional>

namespace sockscope {

// The event cap: one run records at most limit() sends and limit() recvs. A 1,000,000-message
// lesson sent in 64 parts, or a non-blocking sender spinning on EAGAIN, would otherwise grow
// the trace until memory runs out. The runners stop a run that reaches it and show notice() as
// the run's error; `sockscope run --max-events N` sets it (process-wide, read when a run starts).
// It is part of the data's shape, not only of recording: the trace reader bounds the files it
// reads by the size of a trace at the default cap (TraceValidator::kMaxInputBytes).
class EventCap
{
public:
    static constexpr qint64 kDefault = 10'000'000;
    static qint64 limit() { return s_limit.load(std::memory_order_relaxed); }
    static void setLimit(qint64 events) { s_limit.store(events, std::memory_order_relaxed); }
    static QString notice(qint64 events)
    {
        return QCoreApplication::translate("sockscope::EventCap", kNotice).arg(events);
    }

    // The cap a run's error names when it is notice(): in the language shown or in English (a
    // trace keeps the words it was recorded in); nullopt for any other error, a socket's.
    static std::optional<qint64> fromNotice(const QString &error)
    {
        static const QRegularExpression number(QStringLiteral("\\d+"));
        for (auto match = number.globalMatch(error); match.hasNext();) {
            bool ok = false;
            const qint64 events = match.next().captured().toLongLong(&ok);
            if (ok
                && (error == notice(events) || error == QString::fromLatin1(kNotice).arg(events)))
                return events;
        }
        return std::nullopt;
    }

private:
    static constexpr char kNotice[] = QT_TRANSLATE_NOOP("sockscope::EventCap",
                                                        "recording stopped: the run reached the "
                                                        "event cap of %1 events (--max-events)");
    static inline std::atomic<qint64> s_limit{ kDefault };
};

} // namespace sockscope
