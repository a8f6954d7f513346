// libFuzzer target: trace files come from users (`sockscope show`, File → Open trace).
// TraceJsonReader::fromJson must return a trace or an error sentence, never crash or hang.

#include "io/tracejsonreader.h"

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
    return 0;
}
