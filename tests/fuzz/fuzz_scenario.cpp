// libFuzzer target: scenario files come from users. Scenario::fromJson must reject anything
// invalid with an error sentence and accept only scenarios that validate and survive a round trip.

#include "model/scenario.h"

#include <QJsonDocument>

#include <cstdint>
#include <cstdlib>

using namespace sockscope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (!doc.isObject())
        return 0;
    QString error;
    const std::optional<Scenario> s = Scenario::fromJson(doc.object(), &error);
    if (!s) {
        if (error.isEmpty())
            std::abort(); // a rejection must say why
        return 0;
    }
    if (!s->validate().isEmpty())
        std::abort();
    QString again;
    if (Scenario::fromJson(s->toJson(), &again) != s)
        std::abort(); // what we save must load back the same
    return 0;
}
