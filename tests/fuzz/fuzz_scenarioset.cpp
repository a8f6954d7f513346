// libFuzzer target: the CLI's `--set key=value`. The input is one or more lines of key=value
// applied in turn, as repeated --set flags are. Each set() either applies a valid value or
// returns an error sentence and leaves the scenario valid; the result round-trips through JSON.

#include "model/scenario.h"

#include <cstdint>
#include <cstdlib>

using namespace sockscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    Scenario s;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq < 0)
            continue;
        const Scenario before = s;
        const QString error = s.set(line.left(eq), line.mid(eq + 1));
        if (!error.isEmpty() && !(s == before))
            std::abort(); // a rejected value must not change the scenario
    }
    // set() checks each key alone; combinations (UDP size vs recv_size…) are validate()'s job.
    if (!s.validate().isEmpty())
        return 0;
    QString error;
    if (Scenario::fromJson(s.toJson(), &error) != s)
        std::abort();
    return 0;
}
