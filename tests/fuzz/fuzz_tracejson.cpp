// libFuzzer target: trace files come from users (`sockscope show`, File → Open trace).
// TraceJsonReader::fromJson must return a trace or an error sentence, never crash or hang; and a
// file read in chunks (as a large one is, with cuts guessed from its bytes) must read the same
// trace, or be refused with the same sentence, as read whole.

#include "io/tracejsonreader.h"
#include "io/tracejsonwriter.h"

#include <cstdint>
#include <cstdlib>

using namespace sockscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const std::optional<Trace> trace = TraceJsonReader::fromJson(json, &error);
    if (!trace && error.isEmpty())
        std::abort(); // a rejection must say why
    const QByteArray written = trace ? TraceJsonWriter::toJson(*trace) : QByteArray();
    for (const std::size_t chunk : { std::size_t(1), std::size_t(64) }) {
        QString said;
        const std::optional<Trace> split = TraceJsonReader::fromJson(json, &said, { 0, chunk });
        if (bool(split) != bool(trace))
            std::abort();
        if (split ? TraceJsonWriter::toJson(*split) != written : said != error)
            std::abort();
    }
    return 0;
}
