#pragma once

#include <QStringList>

namespace sockscope {

// `sockscope show TRACE.json [--png F] [--svg F] [--pdf F] [--quiet]`: a saved trace renders
// again exactly as recorded (a teacher prepares traces before class), as the table and as images.
class ShowCommand
{
public:
    // arguments: the whole command line, verb included. Returns the process exit code.
    static int exec(const QStringList &arguments);
};

} // namespace sockscope
