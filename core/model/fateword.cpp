#include "model/fateword.h"

namespace sockscope {

QString FateWord::of(Fate fate)
{
    switch (fate) {
    case Fate::Intact:
        return tr("intact");
    case Fate::Merged:
        return tr("merged");
    case Fate::Split:
        return tr("split");
    case Fate::Truncated:
        return tr("truncated");
    case Fate::Lost:
        return tr("lost");
    case Fate::Empty:
        return tr("empty");
    case Fate::Unsent:
        return tr("not sent");
    case Fate::Unread:
        return tr("unread");
    }
    return {};
}

} // namespace sockscope
