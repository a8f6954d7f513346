#pragma once

#include "model/trace.h"

#include <QCoreApplication>
#include <QString>

namespace sockscope {

// A message's fate as people read it ("merged", "粘包"): the one table the window, the text
// report and the comparison of observed and predicted runs share. fateName() is the trace
// JSON's word, which is never translated.
class FateWord
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::FateWord)
public:
    static QString of(Fate fate);
};

} // namespace sockscope
