#pragma once

// Values of every scenario key, made from ScenarioKey's table, for the tests that go over all
// keys (tst_scenario, tst_scenariocontrols): a new key is tested without a new row.

#include "model/scenariokey.h"

#include <QStringList>

namespace sockscope::keyvalues {

// A scenario in which each value below is valid on its own: TCP, so that a TCP-only key takes
// any value and UDP's bounds do not apply; UDP for a UDP-only key (peek, connect, receiver).
inline Scenario base(const ScenarioKey *key = nullptr)
{
    Scenario s;
    s.protocol = key && key->protocolRule.kind == ScenarioKey::ProtocolRule::Kind::UdpOnly
        ? Scenario::Protocols::Udp
        : Scenario::Protocols::Tcp;
    return s;
}

// Valid values as --set takes them, each already in the form ScenarioKey::text() gives back:
// a number key's special, range ends and middle; both booleans; every choice; a text key's
// suggestions and default; template lists of one, two and an awkward one.
inline QStringList validTexts(const ScenarioKey &key)
{
    using Type = ScenarioKey::Type;
    const auto number = [&key](double v) {
        return key.text(key.type() == Type::Double ? QVariant(v) : QVariant(qint64(v)));
    };
    QStringList texts;
    switch (key.type()) {
    case Type::Int:
    case Type::Int64:
    case Type::Double:
        if (key.special)
            texts << number(key.special->value);
        texts << number(key.minimum) << number(key.maximum)
              << number(key.type() == Type::Double
                            ? (key.minimum + key.maximum) / 2
                            : double(qint64((key.minimum + key.maximum) / 2)));
        break;
    case Type::Bool:
        texts << QStringLiteral("true") << QStringLiteral("false");
        break;
    case Type::Choice:
        for (const ScenarioKey::Choice &choice : key.choices)
            texts << QLatin1String(choice.word);
        break;
    case Type::String:
        for (const char *suggestion : key.suggestions)
            texts << QLatin1String(suggestion);
        texts << key.text(Scenario());
        break;
    case Type::StringList:
        texts << key.text(Scenario()) << QStringLiteral("a {n}") << QStringLiteral("[\"a\",\"b\"]")
              << QStringLiteral("[\"[a\"]") << QString();
        break;
    }
    texts.removeDuplicates();
    return texts;
}

// Values just outside the key's range: below and above a number key's, a template one byte too
// long. (A special below the range is set by its word only, so its number is outside too.)
inline QStringList outOfRangeTexts(const ScenarioKey &key)
{
    using Type = ScenarioKey::Type;
    switch (key.type()) {
    case Type::Int:
    case Type::Int64:
        return { QString::number(qint64(key.minimum) - 1),
                 QString::number(qint64(key.maximum) + 1) };
    case Type::Double: {
        const double step = (key.maximum - key.minimum) / 2;
        return { QString::number(key.minimum - step), QString::number(key.maximum + step) };
    }
    case Type::StringList:
        return { QString(qsizetype(key.maximum) + 1, QLatin1Char('x')) };
    case Type::Bool:
    case Type::Choice:
    case Type::String:
        break;
    }
    return {};
}

// Values of the wrong form (a text key's are its own: tst_scenario::setInvalid).
inline QStringList wrongFormTexts(const ScenarioKey &key)
{
    using Type = ScenarioKey::Type;
    switch (key.type()) {
    case Type::Int:
    case Type::Int64:
        return { QStringLiteral("x"), QStringLiteral("1.5") };
    case Type::Double:
        return { QStringLiteral("x") };
    case Type::Bool:
    case Type::Choice:
        return { QStringLiteral("maybe") };
    case Type::String:
    case Type::StringList:
        break;
    }
    return {};
}

} // namespace sockscope::keyvalues
