#pragma once

#include "model/previewtext.h"

#include <QCommandLineOption>
#include <QString>

#include <optional>

namespace sockscope {

struct Trace;
class VerbParser;

// The files a verb can write its trace to: --json, --csv, --chrome-trace, --pcap and the images
// --png,
// --svg, --pdf (with --scale and --view), and --encoding, how payloads read in the table, the CSV,
// the Chrome trace and the images. One place, so run, observe and show write them the same way.
class TraceOutputs
{
public:
    // Adds the options to the parser; the parser must outlive this object.
    explicit TraceOutputs(VerbParser &parser);
    // Adds --until-ms (run and show): the images are drawn as replay shows them at that time,
    // the data files stay whole. Not for observe: a live recording is not replayed.
    void addUntil();

    // Checks the values that can be checked before a run (the PNG scale): an error sentence.
    QString check() const;
    // What a verb's trace will hold on the wire, checked before it runs: --pcap needs a
    // simulated run or a capture on loopback (which needs permission); a session whose packets
    // go to or come from another machine (OffLoopback) does not pass the loopback device.
    enum class Wire { Simulated, Captured, OffLoopback };
    QString checkWire(Wire wire) const;
    bool wantsImages() const;
    // --pcap is asked for: the captured packets must be kept whole.
    bool wantsPackets() const;
    // --encoding, checked by check().
    PreviewText::Encoding encoding() const;
    // Writes every file asked for; an error sentence naming the file, or empty. On a terminal a
    // long write shows how far it is; a signal taken by a SignalStopper during the writing
    // cancels it ("cannot write … (cancelled)"), leaving that file as it was.
    QString write(const Trace &trace) const;

private:
    VerbParser &m_parser;
    QCommandLineOption m_json;
    QCommandLineOption m_csv;
    QCommandLineOption m_chrome;
    QCommandLineOption m_pcap;
    QCommandLineOption m_png;
    QCommandLineOption m_svg;
    QCommandLineOption m_pdf;
    QCommandLineOption m_scale;
    QCommandLineOption m_view;
    std::optional<QCommandLineOption> m_until;
    QCommandLineOption m_encoding;
};

} // namespace sockscope
