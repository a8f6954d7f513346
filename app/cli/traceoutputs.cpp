#include "cli/traceoutputs.h"

#include "capture/loopbackcapture.h"
#include "cli/signalstopper.h"
#include "cli/terminalprogress.h"
#include "cli/verbparser.h"
#include "io/chrometracewriter.h"
#include "io/pcapngwriter.h"
#include "io/tracecsvwriter.h"
#include "io/tracejsonwriter.h"
#include "render/timelineexporter.h"

#include <QCoreApplication>

#include <cmath>

namespace sockscope {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("sockscope::TraceOutputs", text);
}

} // namespace

TraceOutputs::TraceOutputs(VerbParser &parser)
    : m_parser(parser),
      m_json(QStringLiteral("json"), tr("Write the trace JSON to FILE."), tr("FILE")),
      m_csv(QStringLiteral("csv"), tr("Write one CSV row per event to FILE."), tr("FILE")),
      m_chrome(QStringLiteral("chrome-trace"),
               tr("Write a Chrome trace (Perfetto, chrome://tracing) to FILE."), tr("FILE")),
      m_pcap(QStringLiteral("pcap"),
             tr("Write the packets as pcapng (Wireshark, tshark) to FILE: those captured on "
                "loopback during real runs and observe, relay and send-to sessions, the "
                "simulated wire lane of simulated runs."),
             tr("FILE")),
      m_png(QStringLiteral("png"), tr("Write the timeline as a PNG image."), tr("FILE")),
      m_svg(QStringLiteral("svg"), tr("Write the timeline as an SVG image."), tr("FILE")),
      m_pdf(QStringLiteral("pdf"), tr("Write the timeline as a PDF page."), tr("FILE")),
      m_scale(QStringLiteral("scale"), tr("PNG pixels per point: 1, 2 or 4."), tr("N"),
              QStringLiteral("1")),
      m_view(QStringLiteral("view"),
             tr("Which picture --png, --svg and --pdf draw: time (the calls on a time axis) or "
                "bytes (the stream's bytes by offset: where the sends and the recvs cut it)."),
             tr("VIEW"), QStringLiteral("time")),
      m_encoding(QStringLiteral("encoding"),
                 tr("How payloads are shown in the table, CSV, Chrome trace and images: utf-8, "
                    "gb18030 (GBK) or hex. The trace JSON keeps its escaped form."),
                 tr("NAME"), QStringLiteral("utf-8"))
{
    using Value = VerbParser::Value;
    for (const QCommandLineOption *file :
         { &m_json, &m_csv, &m_chrome, &m_pcap, &m_png, &m_svg, &m_pdf })
        parser.addOption(*file, Value::File);
    parser.addOption(m_scale, Value::Word,
                     { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("4") });
    parser.addOption(m_view, Value::Word, TimelineExportOptions::viewNames());
    parser.addOption(m_encoding, Value::Word, PreviewText::names());
}

void TraceOutputs::addUntil()
{
    m_until.emplace(QStringLiteral("until-ms"),
                    tr("Draw the PNG, SVG and PDF images as replay shows them at T ms: only what "
                       "had happened by then. The JSON and CSV stay complete."),
                    tr("T"));
    m_parser.addOption(*m_until);
}

QString TraceOutputs::check() const
{
    if (m_until && m_parser.isSet(*m_until)) {
        bool ok = false;
        const QString value = m_parser.value(*m_until);
        const double ms = value.toDouble(&ok);
        if (!ok || !std::isfinite(ms) || ms < 0)
            return tr("--until-ms: expected a number of milliseconds, 0 or more, got \"%1\"")
                .arg(value);
    }
    const QString scale = m_parser.value(m_scale);
    if (scale != QLatin1String("1") && scale != QLatin1String("2") && scale != QLatin1String("4"))
        return tr("--scale: expected 1, 2 or 4, got \"%1\"").arg(scale);
    const QString view = m_parser.value(m_view);
    if (!TimelineExportOptions::parseView(view))
        return tr("--view: expected time or bytes, got \"%1\"").arg(view);
    const QString encoding = m_parser.value(m_encoding);
    const auto parsed = PreviewText::fromName(encoding);
    if (!parsed)
        return tr("--encoding: expected utf-8, gb18030 or hex, got \"%1\"").arg(encoding);
    // Asked for by name, a missing codec is an error rather than a page of escapes.
    if (*parsed == PreviewText::Encoding::Gb18030 && !PreviewText::gb18030Available())
        return tr("--encoding: %1").arg(PreviewText::gb18030Unavailable());
    return {};
}

QString TraceOutputs::checkWire(Wire wire) const
{
    if (!m_parser.isSet(m_pcap))
        return {};
    switch (wire) {
    case Wire::Simulated:
        return {};
    case Wire::Captured:
        if (const QString why = LoopbackCapture::probe(); !why.isEmpty())
            return tr("--pcap: %1").arg(why);
        return {};
    case Wire::OffLoopback:
        return tr("--pcap: SockScope captures packets on the loopback device only, and this "
                  "session listens on, relays to or sends to another address");
    }
    return {};
}

bool TraceOutputs::wantsPackets() const
{
    return m_parser.isSet(m_pcap);
}

PreviewText::Encoding TraceOutputs::encoding() const
{
    return PreviewText::fromName(m_parser.value(m_encoding)).value_or(PreviewText::Encoding::Utf8);
}

bool TraceOutputs::wantsImages() const
{
    return m_parser.isSet(m_png) || m_parser.isSet(m_svg) || m_parser.isSet(m_pdf);
}

QString TraceOutputs::write(const Trace &trace) const
{
    // Refused before any file is written, so that no output stands without the others.
    if (m_parser.isSet(m_pcap) && !PcapngWriter::hasWire(trace))
        return PcapngWriter::noWire();
    QString error;
    // A long write says how far it is on a terminal; a signal (Ctrl+C) that comes during the
    // writing cancels it: the file being written is left as it was, and no further one starts.
    TerminalProgress progress;
    progress.setStop(
        [before = SignalStopper::received()] { return SignalStopper::received() > before; });
    using Callback = ProgressMeter::Callback;
    auto once = [&](const QCommandLineOption &option, auto writer) {
        if (!error.isEmpty() || !m_parser.isSet(option))
            return;
        const QString path = m_parser.value(option);
        error = writer(trace, path, progress.writing(path));
        progress.clear();
    };
    const PreviewText::Encoding payloads = encoding();
    // The contract's escaped previews, whatever --encoding.
    once(m_json, [](const Trace &t, const QString &path, const Callback &meter) {
        return TraceJsonWriter::write(t, path, meter);
    });
    once(m_csv, [payloads](const Trace &t, const QString &path, const Callback &meter) {
        return TraceCsvWriter::write(t, path, payloads, meter);
    });
    once(m_chrome, [payloads](const Trace &t, const QString &path, const Callback &meter) {
        return ChromeTraceWriter::write(t, path, payloads, meter);
    });
    once(m_pcap, [](const Trace &t, const QString &path, const Callback &meter) {
        return PcapngWriter::write(t, path, meter);
    });
    TimelineExportOptions image;
    image.scale = m_parser.value(m_scale).toDouble();
    if (m_until && m_parser.isSet(*m_until))
        image.replayNs = m_parser.value(*m_until).toDouble() * 1e6;
    image.style.payloadEncoding = payloads;
    image.view = TimelineExportOptions::parseView(m_parser.value(m_view))
                     .value_or(TimelineExportOptions::View::Time);
    once(m_png, [&image](const Trace &t, const QString &path, const Callback &meter) {
        return TimelineExporter::exportPng(t, path, image, meter);
    });
    once(m_svg, [&image](const Trace &t, const QString &path, const Callback &meter) {
        return TimelineExporter::exportSvg(t, path, image, meter);
    });
    once(m_pdf, [&image](const Trace &t, const QString &path, const Callback &meter) {
        return TimelineExporter::exportPdf(t, path, image, meter);
    });
    return error;
}

} // namespace sockscope
