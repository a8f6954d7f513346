#pragma once

#include "model/trace.h"

#include <optional>

namespace sockscope {

// What goes on the wire for a scenario's messages. TCP: the message, framed by the scenario's
// framing. UDP: the message itself, nothing added (an empty message is a truly empty datagram);
// the receiver attributes datagrams from the kernel's drop counter (fidelity rule 4).
class WireFormat
{
public:
    // client: the number {c} in the payload stands for (one run per client of clients > 1).
    static QList<QByteArray> messages(const Scenario &scenario, Protocol protocol, int client = 0);
    // First kPreviewBytes of data.
    static Preview preview(const char *data, qint64 size);
    // A preview as text: printable ASCII except '\\' as is, anything else as \xNN (the
    // trace contract, core/README.md).
    static QString previewText(QByteArrayView bytes);
    // The inverse of previewText(); nullopt when the text is not a valid preview.
    static std::optional<QByteArray> previewBytes(const QString &text);
    // The same on the text's UTF-8 bytes, into out without allocating: the decoded length (all
    // of it, also past room; only the first room bytes are written), nullopt when not a preview.
    static std::optional<qsizetype> decodePreview(QByteArrayView text, char *out, qsizetype room);
    // The reply the server sends for request n in request/response runs.
    static QByteArray reply(int n, int size);
};

} // namespace sockscope
