#include "model/preview.h"

#include "model/wireformat.h"

namespace sockscope {

char *toString(const Preview &preview)
{
    return qstrdup(WireFormat::previewText(preview.view()).toUtf8().constData());
}

} // namespace sockscope
