#pragma once

#include "model/framingspec.h"
#include "model/trace.h"

#include <QList>

namespace sockscope {

// Incremental decoder for one byte stream: consumes recv chunks of any size, as the receiving
// application would, and emits frames with their stream ranges and the recvs they came from.
// The peer is untrusted: lengths beyond maxFrame, a JSON header that is not JSON or lacks the
// size field end decoding with an error on the frame; memory stays bounded by maxFrame, by
// maxFrames (a peer sending "\n\n\n…" would otherwise make a Frame per byte) and by the size of
// the header fields kept for display.
class FrameDecoder
{
public:
    static constexpr qint64 kDefaultMaxFrame = qint64(16) * 1024 * 1024;
    // Above the largest lesson (1,000,000 messages), so only an untrusted peer reaches it.
    static constexpr qsizetype kDefaultMaxFrames = 2'000'000;
    // JSON header fields kept per frame, and the longest value kept as is.
    static constexpr int kMaxFields = 32;
    static constexpr int kMaxFieldText = 256;

    explicit FrameDecoder(const FramingSpec &spec, qint64 maxFrame = kDefaultMaxFrame,
                          qsizetype maxFrames = kDefaultMaxFrames);

    void feed(const char *data, qint64 size, int recvId);
    // End of stream: a partial frame left over is emitted with complete = false.
    void finish();
    QList<Frame> takeFrames();
    bool failed() const;
    // Memory the decoder holds between calls, apart from the frames not yet taken: the prefix
    // or JSON header being collected and the recv list of the frame in progress (a 16 MiB frame
    // read 1 byte at a time names 16 million recvs).
    qint64 heldBytes() const;

private:
    // Where in the current frame the decoder is. Length and JsonHeader start with Prefix;
    // JsonHeader then reads Header (the JSON text) before the Body.
    enum class Stage { Prefix, Header, Body, Scan };

    qint64 consumePrefix(const char *data, qint64 size);
    qint64 consumeHeader(const char *data, qint64 size);
    void parseHeader();
    qint64 consumeBody(const char *data, qint64 size);
    qint64 consumeScan(const char *data, qint64 size);
    void touch(int recvId);
    void keepPreview(const char *data, qint64 size);
    void startFrame();
    void emitFrame(bool complete, const QString &error = {});
    void fail(const QString &error);

    FramingSpec m_spec;
    qint64 m_maxFrame;
    qsizetype m_maxFrames;
    QList<int> m_delimiterFailure; // KMP failure function of the delimiter
    QList<Frame> m_frames;
    Frame m_current;
    Stage m_stage = Stage::Prefix;
    QByteArray m_buffer; // the length prefix or the JSON header being collected
    qint64 m_need = 0; // bytes still wanted by the current stage
    qint64 m_position = 0; // stream offset of the next byte fed
    qint64 m_matched = 0; // Delimiter: bytes of the delimiter matched so far
    int m_nextId = 0;
    bool m_inFrame = false; // at least one byte of m_current has been seen
    bool m_failed = false;
    bool m_finished = false;
};

} // namespace sockscope
