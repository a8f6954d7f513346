#include "io/lessonfile.h"

#include "analysis/lessonexpectations.h"
#include "model/lessoncatalogue.h"
#include "model/lessontexts.h"
#include "model/scenariokey.h"
#include "util/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTranslator>

namespace sockscope {

namespace {

constexpr qsizetype kMaxText = 8000; // characters of one text
constexpr qsizetype kMaxList = 64; // variants, settings, expectations
constexpr qsizetype kMaxName = 64;

const QString kEn = QStringLiteral("en");
const QString kZh = QStringLiteral("zh_CN");

// An error of one field: "field: what".
struct Failure
{
    QString field;
    QString what;
};

QString fieldPath(const QString &parent, const QString &child)
{
    if (parent.isEmpty())
        return child;
    return child.startsWith(QLatin1Char('[')) ? parent + child : parent + QLatin1Char('.') + child;
}

// Reads one lesson object, remembering the first failure.
class Reader
{
public:
    std::optional<Failure> failure;

    bool fail(const QString &field, const QString &what)
    {
        if (!failure)
            failure = Failure{ field, what };
        return false;
    }

    bool onlyKeys(const QJsonObject &object, const QString &field, const QStringList &keys)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            if (!keys.contains(it.key()))
                return fail(fieldPath(field, it.key()),
                            LessonFile::tr("unknown key (expected one of %1)")
                                .arg(keys.join(QStringLiteral(", "))));
        }
        return true;
    }

    // A text in English and, optionally, Chinese: {"en": "…", "zh_CN": "…"} or a plain string
    // (English). Interned, with the Chinese registered for LessonTexts' translator.
    const char *text(const QJsonValue &value, const QString &field, bool required = true)
    {
        QString en;
        QString zh;
        if (value.isUndefined() && !required)
            return nullptr;
        if (value.isString()) {
            en = value.toString();
        } else if (value.isObject()) {
            const QJsonObject o = value.toObject();
            if (!onlyKeys(o, field, { kEn, kZh }))
                return nullptr;
            if (!o.value(kEn).isString()) {
                fail(fieldPath(field, kEn), LessonFile::tr("the English text is required"));
                return nullptr;
            }
            en = o.value(kEn).toString();
            if (o.contains(kZh) && !o.value(kZh).isString()) {
                fail(fieldPath(field, kZh), LessonFile::tr("expected a string"));
                return nullptr;
            }
            zh = o.value(kZh).toString();
        } else {
            fail(field,
                 value.isUndefined()
                     ? LessonFile::tr("missing: a text {\"en\": \"…\", \"zh_CN\": \"…\"}")
                     : LessonFile::tr("expected a text {\"en\": \"…\", \"zh_CN\": \"…\"}"));
            return nullptr;
        }
        if (en.trimmed().isEmpty()) {
            fail(fieldPath(field, kEn), LessonFile::tr("the English text is empty"));
            return nullptr;
        }
        if (en.size() > kMaxText || zh.size() > kMaxText) {
            fail(field, LessonFile::tr("a text is at most %1 characters").arg(kMaxText));
            return nullptr;
        }
        LessonTexts::addChinese(en, zh);
        return LessonTexts::intern(en);
    }

    // {key: value} over the lesson's scenario, each value as --set or a scenario file says it.
    QList<QPair<QString, QString>> settings(const QJsonValue &value, const QString &field,
                                            const Scenario &base)
    {
        QList<QPair<QString, QString>> out;
        if (value.isUndefined())
            return out;
        if (!value.isObject()) {
            fail(field, LessonFile::tr("expected an object of scenario keys and values"));
            return out;
        }
        const QJsonObject o = value.toObject();
        if (o.size() > kMaxList) {
            fail(field, LessonFile::tr("at most %1 entries").arg(kMaxList));
            return out;
        }
        for (auto it = o.begin(); it != o.end(); ++it) {
            Scenario s = base;
            const ScenarioKey *key = ScenarioKey::find(it.key());
            const QJsonValue v = it.value();
            QString error;
            if (v.isString())
                error = s.set(it.key(), v.toString());
            else if (v.isBool())
                error = s.set(it.key(),
                              v.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (v.isDouble())
                error = s.set(it.key(), QString::number(v.toDouble(), 'g', 17));
            else
                error = LessonFile::tr("expected a string, a number or true/false");
            if (error.isEmpty())
                error = s.validate();
            if (!error.isEmpty() || !key) {
                fail(fieldPath(field, it.key()), error);
                return {};
            }
            out.append({ it.key(), key->text(s) });
        }
        return out;
    }

    std::optional<LessonVariant> variant(const QJsonValue &value, const QString &field,
                                         const Scenario &base, bool labelRequired = true)
    {
        if (!value.isObject()) {
            fail(field, LessonFile::tr("expected an object {\"label\": …, \"settings\": {…}}"));
            return std::nullopt;
        }
        const QJsonObject o = value.toObject();
        if (!onlyKeys(o, field, { QStringLiteral("label"), QStringLiteral("settings") }))
            return std::nullopt;
        LessonVariant v{ text(o.value(QStringLiteral("label")),
                              fieldPath(field, QStringLiteral("label")), labelRequired),
                         settings(o.value(QStringLiteral("settings")),
                                  fieldPath(field, QStringLiteral("settings")), base) };
        if (failure)
            return std::nullopt;
        return v;
    }

    std::optional<LessonCheck> ownCheck(const QJsonObject &o, const QString &field)
    {
        const QStringList comparisons = LessonExpectations::comparisonIds();
        QStringList keys{ QStringLiteral("about"), QStringLiteral("measure"),
                          QStringLiteral("text") };
        keys << comparisons;
        if (!onlyKeys(o, field, keys))
            return std::nullopt;
        LessonCheck check;
        check.about = o.value(QStringLiteral("about")).toString();
        if (!LessonExpectations::aboutIds().contains(check.about)) {
            fail(fieldPath(field, QStringLiteral("about")),
                 LessonFile::tr("unknown runs \"%1\" (expected one of %2)")
                     .arg(check.about, LessonExpectations::aboutIds().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        check.measure = o.value(QStringLiteral("measure")).toString();
        if (!LessonExpectations::measureIds().contains(check.measure)) {
            fail(fieldPath(field, QStringLiteral("measure")),
                 LessonFile::tr("unknown measure \"%1\" (expected one of %2)")
                     .arg(check.measure,
                          LessonExpectations::measureIds().join(QStringLiteral(", "))));
            return std::nullopt;
        }
        for (const QString &c : comparisons) {
            if (!o.contains(c))
                continue;
            if (!check.comparison.isEmpty()) {
                fail(fieldPath(field, c),
                     LessonFile::tr("give one of %1, not two")
                         .arg(comparisons.join(QStringLiteral(", "))));
                return std::nullopt;
            }
            const QJsonValue bound = o.value(c);
            const double d = bound.toDouble(-1);
            if (!bound.isDouble() || d < 0 || d > 1e15 || d != double(qint64(d))) {
                fail(fieldPath(field, c), LessonFile::tr("expected a whole number from 0"));
                return std::nullopt;
            }
            check.comparison = c;
            check.bound = qint64(d);
        }
        if (check.comparison.isEmpty()) {
            fail(field,
                 LessonFile::tr("missing: one of %1 with the bound")
                     .arg(comparisons.join(QStringLiteral(", "))));
            return std::nullopt;
        }
        check.text
            = text(o.value(QStringLiteral("text")), fieldPath(field, QStringLiteral("text")));
        if (failure)
            return std::nullopt;
        return check;
    }

    std::optional<Lesson> lesson(const QJsonObject &o)
    {
        if (o.value(QStringLiteral("format")) != QLatin1String(LessonFile::kFormat)) {
            fail(QStringLiteral("format"),
                 LessonFile::tr("expected \"%1\"").arg(QLatin1String(LessonFile::kFormat)));
            return std::nullopt;
        }
        if (!onlyKeys(o, {},
                      { QStringLiteral("format"), QStringLiteral("name"), QStringLiteral("title"),
                        QStringLiteral("summary"), QStringLiteral("explanation"),
                        QStringLiteral("scenario"), QStringLiteral("variants"),
                        QStringLiteral("switch"), QStringLiteral("headline"),
                        QStringLiteral("expectations") }))
            return std::nullopt;
        Lesson lesson{ {}, nullptr, nullptr, nullptr, {}, {} };
        const QJsonValue name = o.value(QStringLiteral("name"));
        static const QRegularExpression kName(QStringLiteral("^[a-z0-9-]+$"));
        lesson.name = name.toString();
        if (!name.isString() || !kName.match(lesson.name).hasMatch()
            || lesson.name.size() > kMaxName) {
            fail(QStringLiteral("name"),
                 LessonFile::tr("expected a name of lower-case letters, digits and '-' (at most "
                                "%1), as 'run --lesson' takes it")
                     .arg(kMaxName));
            return std::nullopt;
        }
        lesson.title = text(o.value(QStringLiteral("title")), QStringLiteral("title"));
        lesson.summary = text(o.value(QStringLiteral("summary")), QStringLiteral("summary"));
        lesson.explanation
            = text(o.value(QStringLiteral("explanation")), QStringLiteral("explanation"));
        if (failure)
            return std::nullopt;
        const QJsonValue scenario = o.value(QStringLiteral("scenario"));
        if (!scenario.isObject()) {
            fail(QStringLiteral("scenario"),
                 LessonFile::tr("expected an object of scenario keys, as a scenario file has"));
            return std::nullopt;
        }
        QString error;
        const auto s = Scenario::fromJson(scenario.toObject(), &error);
        if (!s) {
            fail(QStringLiteral("scenario"), error);
            return std::nullopt;
        }
        lesson.scenario = *s;
        const QJsonValue variants = o.value(QStringLiteral("variants"));
        if (!variants.isUndefined()) {
            if (!variants.isArray() || variants.toArray().size() > kMaxList) {
                fail(QStringLiteral("variants"),
                     LessonFile::tr("expected a list of at most %1 variants").arg(kMaxList));
                return std::nullopt;
            }
            const QJsonArray list = variants.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const auto v
                    = variant(list[i], QStringLiteral("variants[%1]").arg(i), lesson.scenario);
                if (!v)
                    return std::nullopt;
                lesson.variants << *v;
            }
        }
        const QJsonValue lessonSwitch = o.value(QStringLiteral("switch"));
        if (!lessonSwitch.isUndefined()) {
            const QString field = QStringLiteral("switch");
            if (!lessonSwitch.isObject()) {
                fail(field,
                     LessonFile::tr("expected an object {\"name\": …, \"off\": {…}, "
                                    "\"on\": {…}}"));
                return std::nullopt;
            }
            const QJsonObject sw = lessonSwitch.toObject();
            if (!onlyKeys(sw, field,
                          { QStringLiteral("name"), QStringLiteral("off"), QStringLiteral("on") }))
                return std::nullopt;
            lesson.switchName
                = text(sw.value(QStringLiteral("name")), QStringLiteral("switch.name"));
            if (failure)
                return std::nullopt;
            const auto off = variant(sw.value(QStringLiteral("off")), QStringLiteral("switch.off"),
                                     lesson.scenario);
            if (!off)
                return std::nullopt;
            const auto on = variant(sw.value(QStringLiteral("on")), QStringLiteral("switch.on"),
                                    lesson.scenario);
            if (!on)
                return std::nullopt;
            lesson.switchOff = *off;
            lesson.switchOn = *on;
        }
        const QJsonValue headline = o.value(QStringLiteral("headline"));
        if (!headline.isUndefined()) {
            lesson.checks.headline = headline.toString();
            if (!headline.isString()
                || !LessonExpectations::headlineIds().contains(lesson.checks.headline)) {
                fail(QStringLiteral("headline"),
                     LessonFile::tr("unknown headline \"%1\" (expected one of %2)")
                         .arg(lesson.checks.headline,
                              LessonExpectations::headlineIds().join(QStringLiteral(", "))));
                return std::nullopt;
            }
        }
        const QJsonValue expectations = o.value(QStringLiteral("expectations"));
        if (!expectations.isUndefined()) {
            if (!expectations.isArray() || expectations.toArray().size() > kMaxList) {
                fail(QStringLiteral("expectations"),
                     LessonFile::tr("expected a list of at most %1 claims").arg(kMaxList));
                return std::nullopt;
            }
            const QJsonArray list = expectations.toArray();
            for (qsizetype i = 0; i < list.size(); ++i) {
                const QString field = QStringLiteral("expectations[%1]").arg(i);
                if (list[i].isObject()) {
                    const auto check = ownCheck(list[i].toObject(), field);
                    if (!check)
                        return std::nullopt;
                    lesson.checks.own << *check;
                    continue;
                }
                const QString id = list[i].toString();
                if (!list[i].isString() || !LessonExpectations::claimIds().contains(id)) {
                    fail(field,
                         list[i].isString()
                             ? LessonFile::tr("unknown claim \"%1\" (README lists the "
                                              "claims)")
                                   .arg(id)
                             : LessonFile::tr("expected a claim id, or an object of your "
                                              "own claim"));
                    return std::nullopt;
                }
                if (lesson.checks.claims.contains(id)) {
                    fail(field, LessonFile::tr("claim \"%1\" is listed twice").arg(id));
                    return std::nullopt;
                }
                lesson.checks.claims << id;
            }
        }
        return lesson;
    }
};

QJsonValue textJson(const char *source, const QTranslator *shipped)
{
    const QString en = QString::fromUtf8(source);
    QString zh = LessonTexts::chinese(en);
    if (zh.isEmpty() && shipped)
        zh = shipped->translate("sockscope::Lesson", source);
    QJsonObject o{ { kEn, en } };
    if (!zh.isEmpty() && zh != en)
        o.insert(kZh, zh);
    return o;
}

// Each value as the key writes it, set over the lesson's own scenario: a key with a protocol
// rule (cork is TCP's) is refused over the default scenario's protocol=both.
QJsonObject settingsJson(const QList<QPair<QString, QString>> &settings, const Scenario &base)
{
    QJsonObject o;
    for (const auto &[key, value] : settings) {
        Scenario s = base;
        s.set(key, value);
        const ScenarioKey *k = ScenarioKey::find(key);
        o.insert(key, k ? k->toJson(s) : QJsonValue(value));
    }
    return o;
}

QJsonObject variantJson(const LessonVariant &v, const Scenario &base, const QTranslator *shipped)
{
    QJsonObject o;
    if (v.label)
        o.insert(QStringLiteral("label"), textJson(v.label, shipped));
    o.insert(QStringLiteral("settings"), settingsJson(v.settings, base));
    return o;
}

} // namespace

std::optional<Lesson> LessonFile::fromJson(const QJsonObject &json, QString *error)
{
    Reader reader;
    auto lesson = reader.lesson(json);
    if (!lesson) {
        const Failure f = reader.failure.value_or(Failure{ {}, tr("not a lesson") });
        *error = f.field.isEmpty() ? f.what : f.field + QStringLiteral(": ") + f.what;
    }
    return lesson;
}

std::optional<Lesson> LessonFile::fromBytes(const QByteArray &bytes, QString *error)
{
    if (bytes.size() > kMaxBytes) {
        *error = tr("a lesson file is at most 1 MiB");
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at byte %1 (%2)")
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!doc.isObject()) {
        *error = tr("a lesson file holds one JSON object");
        return std::nullopt;
    }
    return fromJson(doc.object(), error);
}

std::optional<Lesson> LessonFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1: cannot open the lesson file (%2)").arg(path, file.errorString());
        return std::nullopt;
    }
    auto lesson = fromBytes(file.read(kMaxBytes + 1), error);
    if (!lesson) {
        *error = path + QStringLiteral(": ") + *error;
        return std::nullopt;
    }
    lesson->file = QFileInfo(path).absoluteFilePath();
    return lesson;
}

QJsonObject LessonFile::toJson(const Lesson &lesson)
{
    // A built-in lesson's Chinese is the shipped translation's, whatever language is chosen.
    QTranslator shippedTranslator;
    const QTranslator *shipped = shippedTranslator.load(QStringLiteral(":/i18n/sockscope_zh_CN.qm"))
        ? &shippedTranslator
        : nullptr;
    QJsonObject o;
    o.insert(QStringLiteral("format"), QLatin1String(kFormat));
    o.insert(QStringLiteral("name"), lesson.name);
    o.insert(QStringLiteral("title"), textJson(lesson.title, shipped));
    o.insert(QStringLiteral("summary"), textJson(lesson.summary, shipped));
    o.insert(QStringLiteral("explanation"), textJson(lesson.explanation, shipped));
    QJsonObject scenario;
    const Scenario defaults;
    for (const ScenarioKey &key : ScenarioKey::all()) {
        if (key.text(lesson.scenario) != key.text(defaults))
            scenario.insert(key.key(), key.toJson(lesson.scenario));
    }
    o.insert(QStringLiteral("scenario"), scenario);
    if (!lesson.variants.isEmpty()) {
        QJsonArray variants;
        for (const LessonVariant &v : lesson.variants)
            variants.append(variantJson(v, lesson.scenario, shipped));
        o.insert(QStringLiteral("variants"), variants);
    }
    if (lesson.hasSwitch()) {
        o.insert(
            QStringLiteral("switch"),
            QJsonObject{
                { QStringLiteral("name"), textJson(lesson.switchName, shipped) },
                { QStringLiteral("off"), variantJson(lesson.switchOff, lesson.scenario, shipped) },
                { QStringLiteral("on"), variantJson(lesson.switchOn, lesson.scenario, shipped) } });
    }
    // A built-in lesson's claims are the table's, unless the caller gave them (saved under
    // another name).
    const LessonChecks checks = lesson.fromFile() || !lesson.checks.isEmpty()
        ? lesson.checks
        : LessonExpectations::checksOf(lesson.name);
    if (!checks.headline.isEmpty())
        o.insert(QStringLiteral("headline"), checks.headline);
    QJsonArray expectations;
    for (const QString &id : checks.claims)
        expectations.append(id);
    for (const LessonCheck &check : checks.own) {
        QJsonObject c{ { QStringLiteral("about"), check.about },
                       { QStringLiteral("measure"), check.measure },
                       { check.comparison, double(check.bound) },
                       { QStringLiteral("text"), textJson(check.text, shipped) } };
        expectations.append(c);
    }
    o.insert(QStringLiteral("expectations"), expectations);
    return o;
}

QByteArray LessonFile::toBytes(const Lesson &lesson)
{
    // The keys in the order a reader meets them (QJsonObject would sort them).
    const QJsonObject o = toJson(lesson);
    QByteArray out = "{\n";
    bool first = true;
    for (const char *key : { "format", "name", "title", "summary", "explanation", "scenario",
                             "variants", "switch", "headline", "expectations" }) {
        const QJsonValue value = o.value(QLatin1String(key));
        if (value.isUndefined())
            continue;
        QByteArray text;
        if (value.isObject() || value.isArray()) {
            text = value.isObject() ? QJsonDocument(value.toObject()).toJson()
                                    : QJsonDocument(value.toArray()).toJson();
            text = text.trimmed().replace("\n", "\n    ");
        } else {
            text = QJsonDocument(QJsonArray{ value }).toJson(QJsonDocument::Compact);
            text = text.mid(1, text.size() - 2);
        }
        out += (first ? "    \"" : ",\n    \"") + QByteArray(key) + "\": " + text;
        first = false;
    }
    return out + "\n}\n";
}

QString LessonFile::write(const Lesson &lesson, const QString &path)
{
    const QString error = OutputFile::write(path, toBytes(lesson));
    return error.isEmpty() ? error : tr("%1: %2").arg(path, error);
}

QString LessonFile::nameForPath(const QString &path)
{
    QString base = QFileInfo(path).fileName().toLower();
    for (const QString &suffix :
         { QStringLiteral(".sockscope-lesson.json"), QStringLiteral(".json") }) {
        if (base.endsWith(suffix)) {
            base.chop(suffix.size());
            break;
        }
    }
    static const QRegularExpression kOther(QStringLiteral("[^a-z0-9-]+"));
    base.replace(kOther, QStringLiteral("-"));
    while (base.startsWith(QLatin1Char('-')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('-')))
        base.chop(1);
    base.truncate(kMaxName - 3);
    if (base.isEmpty())
        base = QStringLiteral("lesson");
    return LessonCatalogue::isBuiltIn(base) ? QStringLiteral("my-") + base : base;
}

LessonFile::Folder LessonFile::readFolder(const QString &dir)
{
    Folder folder;
    const QDir d(dir);
    const QStringList files
        = d.entryList({ QStringLiteral("*.json") }, QDir::Files | QDir::Readable, QDir::Name);
    QStringList names;
    for (const QString &name : files) {
        const QString path = d.filePath(name);
        QString error;
        auto lesson = read(path, &error);
        if (!lesson) {
            folder.warnings << error;
        } else if (LessonCatalogue::isBuiltIn(lesson->name)) {
            folder.warnings << tr("%1: name: \"%2\" is a built-in lesson's name; choose another")
                                   .arg(path, lesson->name);
        } else if (names.contains(lesson->name)) {
            folder.warnings << tr("%1: name: \"%2\" is taken by another file of the folder")
                                   .arg(path, lesson->name);
        } else {
            names << lesson->name;
            folder.lessons << *lesson;
        }
    }
    return folder;
}

QString LessonFile::userFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/lessons");
}

QStringList LessonFile::loadFolder(const QString &dir)
{
    Folder folder = readFolder(dir);
    for (const Lesson &lesson : folder.lessons)
        LessonCatalogue::addFromFile(lesson);
    return folder.warnings;
}

} // namespace sockscope
