#pragma once

#include "capture/loopbackcapture.h"

#include <QString>
#include <QTest>

#include <unistd.h>

// Tests of captured packets: they need CAP_NET_RAW. Without it they are skipped, except as root
// (CI), where a capture that cannot start is a failure, not a skip.
namespace sockscope::capturetest {

inline bool captureOrSkip()
{
    const QString why = LoopbackCapture::probe();
    if (why.isEmpty())
        return true;
    if (geteuid() == 0)
        qFatal("capture unavailable although running as root: %s", qPrintable(why));
    return false;
}

} // namespace sockscope::capturetest

#define REQUIRE_CAPTURE()                                                                          \
    do {                                                                                           \
        if (!sockscope::capturetest::captureOrSkip())                                              \
            QSKIP("capturing packets needs CAP_NET_RAW (run as root, as CI does)");                \
    } while (false)
