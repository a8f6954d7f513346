#pragma once

#include "model/scenario.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <span>
#include <variant>

namespace sockscope {

// One scenario key: its name, the Scenario member it reads and writes, its range and its words.
// all() is the one table of them. Scenario::set() (the CLI's --set), fromJson(), toJson(), keys()
// and validate(), the window's controls, the CLI's list of keys and README's "Scenario keys"
// table (markdownTable()) are all made from it: adding a key is one entry in the table plus what
// the runners do with it.
//
// Words keep the translation contexts they had before the table existed, so that their
// translations still apply: messages and summaries are the scenario's ("sockscope::Scenario",
// also the context of tr() here), labels, tooltips and control texts the controls'
// ("sockscope::ScenarioControls"). The entries hold them untranslated (QT_TRANSLATE_NOOP); the
// translated...() functions look them up in the current language.
class ScenarioKey
{
public:
    // The order of Field's alternatives.
    enum class Type { Int, Int64, Double, Bool, Choice, String, StringList };

    // An enum member, read and written as the int of its Choice.
    struct EnumField
    {
        int (*get)(const Scenario &);
        void (*set)(Scenario &, int);
    };
    using Field
        = std::variant<int Scenario::*, qint64 Scenario::*, double Scenario::*, bool Scenario::*,
                       EnumField, QString Scenario::*, QStringList Scenario::*>;

    // One word of a choice key: what --set and files say, the enum value it stands for, and the
    // control's item for it (ScenarioControls' context; a text without a translation, such as
    // "TCP", shows as it is).
    struct Choice
    {
        const char *word;
        int value;
        const char *text;
    };

    // A number that means something else (size -1 = auto, sndbuf 0 = kernel default). It sits at
    // the bottom of the control's range, where a spin box shows text instead of the number.
    struct Special
    {
        double value;
        const char *word = nullptr; // what --set and files say for it and toJson() writes, if any
        const char *text = nullptr; // the control's text (ScenarioControls' context)
    };

    // What the protocol changes, checked by Scenario::validate() after every key's own range and
    // stated in the range column. TcpOnly: any value but the default needs protocol=tcp;
    // UdpOnly: any value but the default needs protocol=udp.
    // UdpMaximum: with UDP in the run, the value is at most bound.
    // message: one sentence (Scenario's context); a UdpMaximum message gets the value as %1 and
    // the bound as %2, the others no arguments.
    struct ProtocolRule
    {
        enum class Kind { None, TcpOnly, UdpOnly, UdpMaximum };
        Kind kind = Kind::None;
        qint64 bound = 0;
        const char *message = nullptr;
    };

    // Which end of a connection a key sets up: the sender's (what it sends and how), the
    // receiver's (how it reads, what it answers) or both (protocol, framing, evidence). A trace
    // of one end only (observe, relay, send-to) names only that end's keys.
    enum class Side { Both, Sender, Receiver };

    // Reads a text key's value (a framing spec, a template list): the parsed QString or
    // QStringList, or an error sentence. Text keys bring their own: what they accept is theirs.
    using Reader = QString (*)(const ScenarioKey &key, const QJsonValue &value, QVariant *parsed);

    // --- the entry (all() lists them; designated initialisers name the fields) ---
    const char *name = nullptr;
    Field field = {};
    // Whole numbers and probabilities: the range. Template lists: the longest item in bytes.
    double minimum = 0;
    double maximum = 0;
    std::optional<Special> special = std::nullopt;
    std::span<const Choice> choices = {}; // Choice keys, in the order the control lists them
    // The key's own sentence for a value of the wrong form, %1 = the value as written (Scenario's
    // context); whole numbers and probabilities have a common one. Choice keys need one.
    const char *expected = nullptr;
    Reader reader = nullptr; // String and StringList keys
    ProtocolRule protocolRule = {};
    bool network = false; // the simulated network's (--mode sim); the real runners ignore it
    Side side = Side::Both;
    // Words: label, toolTip, suffix (a spin box's unit, with its leading space), placeholder (an
    // empty line edit's hint) and suggestions (an editable combo box's items, String keys) are
    // the controls'; summary is README's and the CLI's, Markdown with `code`.
    const char *label = nullptr;
    const char *toolTip = nullptr;
    const char *suffix = nullptr;
    const char *placeholder = nullptr;
    std::span<const char *const> suggestions = {};
    const char *summary = nullptr;

    // --- the table ---
    static std::span<const ScenarioKey> all();
    static const ScenarioKey *find(QStringView name); // nullptr for an unknown key
    static QStringList names();

    Type type() const { return Type(field.index()); }
    // True for the keys that set up this end of a real connection (not the simulated network's).
    bool configures(Side end) const { return !network && (side == Side::Both || side == end); }
    // Scenario::toJson() with only the keys that configure this end.
    static QJsonObject toJson(const Scenario &scenario, Side end);
    QString key() const { return QLatin1String(name); }

    // --- values ---
    // The member's value: int, qint64, double, bool, QString (a choice's word, a text) or
    // QStringList.
    QVariant value(const Scenario &scenario) const;
    // A value as --set takes it and the control hands it over: a special's word, a number, true
    // or false, a choice's word, the text, or a template list (one template as it is, more as a
    // JSON list).
    QString text(const QVariant &value) const;
    QString text(const Scenario &scenario) const { return text(value(scenario)); }
    // The value as toJson() writes it.
    QJsonValue toJson(const Scenario &scenario) const;
    // Parses, checks the range and stores; the error sentence names the key. Only this key
    // changes (cross-key rules are validate()'s).
    QString read(const QJsonValue &value, Scenario &scenario) const;
    // The stored value within its range (or the special), and a text key's value readable: for
    // a field written directly, as the window and tests may.
    QString checkRange(const Scenario &scenario) const;
    QString checkProtocol(const Scenario &scenario) const;

    // --- words, in the current language ---
    QString translatedLabel() const;
    QString translatedToolTip() const; // empty when the control has none
    QString translatedSuffix() const;
    QString translatedSpecialText() const;
    QString translatedPlaceholder() const;
    QString translatedSummary() const;
    static QString choiceText(const Choice &choice);

    // The range column: "1 – 1,000,000", "0 – 16 MiB; UDP ≤ 65,503", "true/false", "TCP only".
    QString rangeText() const;
    // README's table: | key | meaning | range | default |, one row per key, English.
    static QString markdownTable();

    Q_DECLARE_TR_FUNCTIONS(sockscope::Scenario)
};

} // namespace sockscope
