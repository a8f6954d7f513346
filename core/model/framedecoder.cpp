#include "model/framedecoder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <cstring>
#include <optional>
#include <utility>

namespace sockscope {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("sockscope::FrameDecoder", text, disambiguation, n);
}

// Knuth–Morris–Pratt failure function: lets the delimiter scan resume a partial match across
// recv boundaries without looking back, so any chunking costs O(n).
QList<int> failureFunction(const QByteArray &pattern)
{
    QList<int> f(pattern.size(), 0);
    int k = 0;
    for (qsizetype i = 1; i < pattern.size(); ++i) {
        while (k > 0 && pattern[i] != pattern[k])
            k = f[k - 1];
        if (pattern[i] == pattern[k])
            ++k;
        f[i] = k;
    }
    return f;
}

// JSON numbers are doubles; a byte count must be a whole, non-negative one that a double
// represents exactly (2^53).
std::optional<qint64> byteCount(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d < 0 || d > 9007199254740992.0 || d != std::floor(d))
        return std::nullopt;
    return qint64(d);
}

QVariant boundedValue(const QJsonValue &value)
{
    QByteArray text;
    if (value.isObject())
        text = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    else if (value.isArray())
        text = QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    else if (value.isString())
        text = value.toString().toUtf8();
    if (text.size() <= FrameDecoder::kMaxFieldText)
        return value.toVariant();
    return QString(
        QString::fromUtf8(text.left(FrameDecoder::kMaxFieldText))
        + QCoreApplication::translate("sockscope::FrameDecoder", "… (%1 bytes)").arg(text.size()));
}

// The header comes from the peer and ends up in the trace and on screen: keep at most
// kMaxFields fields (the size field always among them), and show a value whose JSON is longer
// than kMaxFieldText as clipped text.
QVariantMap boundedFields(const QJsonObject &header, const QString &sizeField)
{
    QVariantMap out;
    out.insert(sizeField, header.value(sizeField).toVariant());
    for (auto it = header.begin(); it != header.end(); ++it) {
        if (it.key() == sizeField)
            continue;
        if (out.size() == FrameDecoder::kMaxFields) {
            out.insert(
                QStringLiteral("…"),
                QCoreApplication::translate("sockscope::FrameDecoder", "%1 more fields not kept")
                    .arg(header.size() - FrameDecoder::kMaxFields));
            break;
        }
        out.insert(it.key().left(FrameDecoder::kMaxFieldText), boundedValue(it.value()));
    }
    return out;
}

} // namespace

FrameDecoder::FrameDecoder(const FramingSpec &spec, qint64 maxFrame, qsizetype maxFrames)
    : m_spec(spec), m_maxFrame(maxFrame), m_maxFrames(maxFrames),
      m_delimiterFailure(failureFunction(spec.delimiter))
{ }

void FrameDecoder::feed(const char *data, qint64 size, int recvId)
{
    if (m_spec.kind == FramingSpec::Kind::None || m_failed || m_finished)
        return;
    while (size > 0 && !m_failed) {
        if (!m_inFrame)
            startFrame();
        touch(recvId);
        if (m_current.id >= m_maxFrames) {
            fail(tr("more than %1 frames: decoding stopped to bound memory").arg(m_maxFrames));
            break;
        }
        qint64 used = 0;
        switch (m_stage) {
        case Stage::Prefix:
            used = consumePrefix(data, size);
            break;
        case Stage::Header:
            used = consumeHeader(data, size);
            break;
        case Stage::Body:
            used = consumeBody(data, size);
            break;
        case Stage::Scan:
            used = consumeScan(data, size);
            break;
        }
        data += used;
        size -= used;
    }
}

void FrameDecoder::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_inFrame && !m_failed)
        emitFrame(false, tr("the stream ended before the frame was complete"));
}

QList<Frame> FrameDecoder::takeFrames()
{
    return std::exchange(m_frames, {});
}

bool FrameDecoder::failed() const
{
    return m_failed;
}

void FrameDecoder::startFrame()
{
    m_current = Frame{};
    m_current.id = m_nextId++;
    m_current.offset = m_position;
    m_inFrame = true;
    m_matched = 0;
    m_buffer.clear();
    switch (m_spec.kind) {
    case FramingSpec::Kind::Length:
    case FramingSpec::Kind::JsonHeader:
        m_stage = Stage::Prefix;
        m_need = m_spec.width;
        break;
    case FramingSpec::Kind::Fixed:
        m_stage = Stage::Body;
        m_need = m_spec.width;
        break;
    case FramingSpec::Kind::Delimiter:
    case FramingSpec::Kind::None:
        m_stage = Stage::Scan;
        m_need = 0;
        break;
    }
}

qint64 FrameDecoder::heldBytes() const
{
    return qint64(m_buffer.capacity()) + qint64(m_current.recvs.capacity()) * qint64(sizeof(int));
}

void FrameDecoder::touch(int recvId)
{
    if (m_current.recvs.isEmpty() || m_current.recvs.constLast() != recvId)
        m_current.recvs.append(recvId);
}

void FrameDecoder::keepPreview(const char *data, qint64 size)
{
    m_current.payloadBytes = std::max<qint64>(m_current.payloadBytes, 0) + size;
    const qint64 room = kPreviewBytes - m_current.preview.size();
    if (room > 0)
        m_current.preview.append(data, qMin(room, size));
}

qint64 FrameDecoder::consumePrefix(const char *data, qint64 size)
{
    const qint64 used = qMin(m_need, size);
    m_buffer.append(data, used);
    m_need -= used;
    m_position += used;
    if (m_need > 0)
        return used;

    const quint64 announced = m_spec.readLength(m_buffer.constData());
    m_buffer.clear();
    if (announced > quint64(m_maxFrame)) {
        const QString what = m_spec.kind == FramingSpec::Kind::JsonHeader
            ? tr("the length prefix announces a %1-byte JSON header, more than the %2-byte limit")
            : tr("the length prefix announces a %1-byte frame, more than the %2-byte limit");
        fail(what.arg(announced).arg(m_maxFrame));
        return used;
    }
    m_need = qint64(announced);
    if (m_spec.kind == FramingSpec::Kind::Length) {
        m_stage = Stage::Body;
        if (m_need == 0)
            emitFrame(true);
        return used;
    }
    m_stage = Stage::Header;
    // Grow towards the announced size as bytes arrive rather than trusting the peer's claim
    // up front; the buffer never exceeds the announced size, itself capped by maxFrame.
    m_buffer.reserve(qMin<qint64>(m_need, 64 * 1024));
    if (m_need == 0)
        parseHeader();
    return used;
}

qint64 FrameDecoder::consumeHeader(const char *data, qint64 size)
{
    const qint64 used = qMin(m_need, size);
    const qint64 wanted = m_buffer.size() + m_need;
    if (m_buffer.size() + used > m_buffer.capacity())
        m_buffer.reserve(
            qMin(wanted, qMax<qint64>(2 * m_buffer.capacity(), m_buffer.size() + used)));
    m_buffer.append(data, used);
    m_need -= used;
    m_position += used;
    if (m_need == 0)
        parseHeader();
    return used;
}

void FrameDecoder::parseHeader()
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(m_buffer, &error);
    m_buffer = QByteArray(); // release the header's memory before the body arrives
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        fail(tr("the frame header is not a JSON object"));
        return;
    }
    const QJsonObject header = doc.object();
    const QJsonValue value = header.value(m_spec.field);
    if (value.isUndefined()) {
        fail(tr("the JSON header has no \"%1\" field").arg(m_spec.field));
        return;
    }
    const auto bodySize = byteCount(value);
    if (!bodySize) {
        fail(tr("the JSON header's \"%1\" is not a whole, non-negative number of bytes")
                 .arg(m_spec.field));
        return;
    }
    if (*bodySize > m_maxFrame) {
        fail(tr("the JSON header announces a %1-byte body, more than the %2-byte limit")
                 .arg(*bodySize)
                 .arg(m_maxFrame));
        return;
    }
    m_current.fields = boundedFields(header, m_spec.field);
    m_stage = Stage::Body;
    m_need = *bodySize;
    if (m_need == 0)
        emitFrame(true);
}

qint64 FrameDecoder::consumeBody(const char *data, qint64 size)
{
    const qint64 used = qMin(m_need, size);
    keepPreview(data, used);
    m_need -= used;
    m_position += used;
    if (m_need == 0)
        emitFrame(true);
    return used;
}

qint64 FrameDecoder::consumeScan(const char *data, qint64 size)
{
    const QByteArray &delimiter = m_spec.delimiter;
    const qint64 width = delimiter.size();
    // A body may hold at most maxFrame bytes; past that the delimiter is not coming.
    const qint64 room = m_maxFrame + width - (m_position - m_current.offset);
    const qint64 limit = qMin(size, room);
    qint64 i = 0;
    bool found = false;
    if (width == 1 && m_matched == 0) {
        const void *hit = std::memchr(data, delimiter[0], size_t(limit));
        i = hit ? static_cast<const char *>(hit) - data + 1 : limit;
        found = hit != nullptr;
    } else {
        while (i < limit && !found) {
            const char c = data[i++];
            while (m_matched > 0 && c != delimiter[m_matched])
                m_matched = m_delimiterFailure[m_matched - 1];
            if (c == delimiter[m_matched])
                ++m_matched;
            found = m_matched == width;
        }
    }
    keepPreview(data, i);
    m_position += i;
    if (found)
        emitFrame(true);
    else if (i == room)
        fail(tr("no delimiter within %1 bytes").arg(m_maxFrame));
    return i;
}

void FrameDecoder::emitFrame(bool complete, const QString &error)
{
    m_current.complete = complete;
    m_current.length = m_position - m_current.offset;
    m_current.error = error;
    m_current.payloadBytes = std::max<qint64>(m_current.payloadBytes, 0);
    if (complete && m_spec.kind == FramingSpec::Kind::Delimiter) {
        m_current.payloadBytes -= m_spec.delimiter.size();
        m_current.preview.truncate(m_current.length - m_spec.delimiter.size());
    }
    m_frames.append(std::move(m_current));
    m_current = Frame{};
    m_inFrame = false;
    m_buffer = QByteArray();
}

void FrameDecoder::fail(const QString &error)
{
    emitFrame(false, error);
    m_failed = true;
}

} // namespace sockscope
