#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>

namespace sockscope {

// A payload preview as the user reads it: in the CLI table, the CSV, the Chrome trace, the
// timeline's labels and tooltips. Text in the chosen encoding, with only what cannot be shown
// escaped (invalid bytes, control and format characters, and '\\', as \xNN, so that an escape
// never reads as payload). The trace JSON keeps WireFormat::previewText, its contract.
class PreviewText
{
    Q_DECLARE_TR_FUNCTIONS(sockscope::PreviewText)

public:
    enum class Encoding {
        Utf8,
        Gb18030, // covers GBK and GB2312: what programs on Chinese Windows send
        Hex, // every byte as two hex digits
    };

    // bytes as display text. A full preview (kPreviewBytes) is a cut through a longer payload:
    // a character the cut splits is left out instead of shown as escapes of its first bytes.
    static QString display(QByteArrayView bytes, Encoding encoding = Encoding::Utf8);

    // display text cut for its room (elided, or clipped to a table's columns), its cut mark "…"
    // kept: an escape the cut went through ("\\x0…") is left out rather than shown in part.
    static QString withoutCutEscape(const QString &cut);

    // "utf-8", "gb18030", "hex" (also "utf8" and "gbk"), case-insensitive.
    static std::optional<Encoding> fromName(const QString &name);
    static QString name(Encoding encoding); // the canonical name fromName() reads
    static QStringList names();
    // The menu's words: "UTF-8", "GB18030 (GBK)", "Hex", translated.
    static QString label(Encoding encoding);

    // Whether Qt can decode GB18030 here: Qt has the codec only when built with ICU.
    static bool gb18030Available();
    // The one sentence said when it cannot.
    static QString gb18030Unavailable();
};

} // namespace sockscope
