#pragma once

#include "model/trace.h"

#include <optional>

namespace sockscope {

// What goes on the wire for a scenario's messages. TCP: the message, framed by the scenario's
// framing. UDP: a 4-byte big-endian sequence number, then the message, so that loss, reordering
// and truncation are found from the data (fidelity rule 4). An empty UDP message is sent as a
// truly empty datagram, without header: the empty-message lesson is about exactly that datagram.
class WireFormat
{
public:
    static constexpr int kUdpHeader = 4;

    static QList<QByteArray> messages(const Scenario &scenario, Protocol protocol);
    static QByteArray udpDatagram(int sequence, const QByteArray &message);
    // -1 when the datagram is too short to hold a header.
    static int udpSequence(const char *data, qint64 size);
    // The application bytes of a datagram (header stripped), for previews.
    static QByteArray udpBody(const QByteArray &datagram);
    // First kPreviewBytes of data.
    static Preview preview(const char *data, qint64 size);
    // A preview as text: printable ASCII except '\\' as is, anything else as \xNN (the
    // trace contract, core/README.md).
    static QString previewText(QByteArrayView bytes);
    // The inverse of previewText(); nullopt when the text is not a valid preview.
    static std::optional<QByteArray> previewBytes(const QString &text);
    // The reply the server sends for request n in request/response runs.
    static QByteArray reply(int n, int size);
};

} // namespace sockscope
