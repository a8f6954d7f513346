#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace sockscope {

// The one table of errno names: the text table, the window, the JSON/CSV writers and the JSON
// reader all name an error through it, so a name written is a name read back. Errors without
// a name in the table are written "errno N" and read back as N.
class ErrnoName
{
public:
    static QString name(int error); // "" for 0
    static std::optional<int> parse(QStringView name); // a name, "errno N" or nullopt
};

} // namespace sockscope
