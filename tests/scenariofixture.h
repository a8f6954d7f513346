#pragma once

#include "model/scenario.h"

#include <QStringList>

namespace sockscope::fixture {

// A scenario from "key=value" settings, as `--set` takes them; a bad one is a broken test.
inline Scenario scenarioOf(const QStringList &settings)
{
    Scenario s;
    for (const QString &kv : settings) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        const QString error = s.set(kv.left(eq), kv.mid(eq + 1));
        if (!error.isEmpty())
            qFatal("bad test scenario: %s", qPrintable(error));
    }
    return s;
}

} // namespace sockscope::fixture
