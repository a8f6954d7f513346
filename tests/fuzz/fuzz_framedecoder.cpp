// libFuzzer target: framing decoders read bytes from untrusted peers (observe mode). The first
// byte picks a framing spec, the second the largest frame allowed; the rest is a sequence of
// recv chunks, each a length byte and that many bytes. The decoder must not crash, must keep
// within its bounds, and must find the same frames whatever the chunking: the stream fed in
// one piece gives the same offsets, lengths and errors.

#include "model/framedecoder.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

using namespace sockscope;

namespace {

const char *const kSpecs[] = {
    "length:1:be",
    "length:2:le",
    "length:4:be",
    "length:4:le",
    "length:8:be",
    "length:8:le",
    "delimiter:\\n",
    "delimiter:\\r\\n",
    "delimiter:abab",
    "fixed:1",
    "fixed:7",
    "json-header:2:be:size",
    "json-header:4:le:size",
    "json-header:1:be:len",
};
constexpr qsizetype kMaxFrames = 512;

QList<Frame> decode(const FramingSpec &spec, qint64 maxFrame, const QList<QByteArray> &chunks)
{
    FrameDecoder decoder(spec, maxFrame, kMaxFrames);
    int recv = 0;
    for (const QByteArray &chunk : chunks)
        decoder.feed(chunk.constData(), chunk.size(), recv++);
    decoder.finish();
    return decoder.takeFrames();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    QString error;
    const auto spec = FramingSpec::parse(
        QString::fromLatin1(kSpecs[data[0] % (sizeof kSpecs / sizeof *kSpecs)]), &error);
    if (!spec)
        std::abort();
    const qint64 maxFrame = 1 + qint64(data[1]) * 16;

    QList<QByteArray> chunks;
    QByteArray whole;
    for (size_t i = 2; i < size;) {
        const size_t n = std::min<size_t>(data[i] % 65, size - i - 1);
        chunks.append(QByteArray(reinterpret_cast<const char *>(data) + i + 1, qsizetype(n)));
        whole.append(chunks.last());
        i += 1 + n;
    }

    const QList<Frame> chunked = decode(*spec, maxFrame, chunks);
    const QList<Frame> single = decode(*spec, maxFrame, { whole });
    if (chunked.size() > kMaxFrames + 1 || chunked.size() != single.size())
        std::abort();
    for (qsizetype i = 0; i < chunked.size(); ++i) {
        const Frame &a = chunked[i];
        const Frame &b = single[i];
        if (a.offset != b.offset || a.length != b.length || a.complete != b.complete
            || a.error != b.error || a.fields != b.fields || a.preview != b.preview)
            std::abort();
        if (a.offset < 0 || a.offset + a.length > whole.size())
            std::abort();
    }
    return 0;
}
