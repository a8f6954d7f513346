#include "io/tracejsonreader.h"

#include "io/lessonfile.h"
#include "io/paddedjson.h"
#include "io/tracejsonsplit.h"
#include "io/tracevalidator.h"
#include "model/errnoname.h"
#include "model/wireformat.h"
#include "util/heappolicy.h"
#include "util/progressmeter.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <simdjson.h>

#include <sys/mman.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

namespace sockscope {

namespace {

namespace sj = simdjson::ondemand;

// The range a whole number must be in (TraceValidator's limits): checked as it is read, so that
// an id fits the model's int and no time or size makes a sum overflow downstream.
struct Bounds
{
    qint64 min;
    qint64 max;
};
constexpr Bounds kTime{ 0, TraceValidator::kMaxNs }; // times, stream offsets, lengths, totals
constexpr Bounds kCallBytes{ 0, TraceValidator::kMaxCallBytes };
constexpr Bounds kId{ 0, TraceValidator::kMaxId }; // ids, message numbers, counts
constexpr Bounds kSegmentBytes{ 0, TraceValidator::kMaxSegmentBytes };
constexpr Bounds kCounter{ 0, TraceValidator::kMaxKernelCounter }; // the kernel's 32-bit counters

// A sentence marked with QT_TRANSLATE_NOOP in this context, translated.
QString translated(const char *text)
{
    return QCoreApplication::translate("sockscope::TraceJsonReader", text);
}

QString notATrace()
{
    return QCoreApplication::translate(
        "sockscope::TraceJsonReader",
        // NOLINTNEXTLINE(modernize-raw-string-literal): lupdate reads escaped literals only
        "not a SockScope trace (no \"format\": \"sockscope-trace\")");
}

// Where a value is: "runs[0].sends[3].t_ns". Made into text only for an error.
struct At
{
    const At *parent = nullptr;
    const char *key = nullptr; // or, in a list:
    qsizetype index = -1;

    QString path() const
    {
        const QString up = parent ? parent->path() : QString();
        if (key)
            return up.isEmpty() ? QLatin1String(key) : up + QLatin1Char('.') + QLatin1String(key);
        return index < 0 ? up : up + QStringLiteral("[%1]").arg(index);
    }
};

// A value as the checks see it. Numbers follow what Qt's JSON reader made of them (the reader
// before this one): an integer that fits 64 bits, or a double that is exactly one, is whole.
struct Json
{
    enum class Kind : quint8 { Absent, Null, Bool, Number, String, Array, Object };
    Kind kind = Kind::Absent;
    bool boolean = false;
    bool whole = false;
    qint64 integer = 0;
    std::string_view text; // a string's UTF-8, unescaped
};

class Reader;
template<typename T> struct FieldOf;

// One field of an object while it is read: its value (or its absence), where it is, and the
// first thing wrong with it.
class Item
{
public:
    Item(Reader &reader, sj::value *value, const At &at) : m_r(reader), m_v(value), m_at(at) { }
    Item(const Item &) = delete;
    Item &operator=(const Item &) = delete;
    ~Item() = default;

    QString error;
    const At &at() const { return m_at; }
    bool present() const { return m_v != nullptr; }
    Reader &reader() { return m_r; }

    // Errors are rare: made out of line, so that the readers around them stay small.
    Q_NEVER_INLINE void fail(const QString &what)
    {
        if (error.isEmpty())
            error = m_at.path() + QStringLiteral(": ") + what;
    }
    Q_NEVER_INLINE void fail(const char *what) { fail(translated(what)); }

    // The value, read once; an array or an object is read by list() or fields(), or checked as
    // JSON and skipped by finish().
    const Json &value()
    {
        if (!m_read)
            load();
        return m_json;
    }
    // Whatever of the value was not read is checked as JSON: the parser's skipping would not.
    void finish()
    {
        // A scalar read already (most values) has nothing left.
        if (m_v && !m_consumed && !(m_read && m_json.kind < Json::Kind::Array))
            walkRest();
    }

    qint64 integer(const Bounds &bounds, bool required = true, qint64 fallback = 0)
    {
        if (!present() && !required)
            return fallback;
        // Most values are whole numbers that fit 64 bits and are in range: read as one straight
        // away (a failed try leaves the value to value(), which says what it is).
        if (m_v && !m_read && readWhole() && m_json.integer >= bounds.min
            && m_json.integer <= bounds.max)
            return m_json.integer;
        return number(value(), bounds, fallback);
    }
    qint64 number(const Json &v, const Bounds &bounds, qint64 fallback = 0)
    {
        if (v.kind != Json::Kind::Number || !v.whole) {
            fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a whole number"));
            return fallback;
        }
        if (v.integer < bounds.min || v.integer > bounds.max) {
            outOfRange(v.integer, bounds);
            return fallback;
        }
        return v.integer;
    }
    // An id, a message number or a count: fits an int.
    int id(bool required = true) { return int(integer(kId, required)); }
    // null (or absent) when the platform could not measure it.
    std::optional<qint64> optionalInteger(const Bounds &bounds)
    {
        if (!present())
            return std::nullopt;
        if (!m_read && readWhole() && m_json.integer >= bounds.min && m_json.integer <= bounds.max)
            return m_json.integer;
        if (value().kind == Json::Kind::Null)
            return std::nullopt;
        return integer(bounds);
    }
    bool boolean(bool required = true)
    {
        if (!present() && !required)
            return false;
        // Read as a boolean straight away (a failed try leaves the value to value()).
        if (!m_read && present() && m_v->get_bool().get(m_json.boolean) == simdjson::SUCCESS) {
            m_read = true;
            m_json.kind = Json::Kind::Bool;
            return m_json.boolean;
        }
        if (value().kind != Json::Kind::Bool)
            fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected true or false"));
        return value().boolean;
    }
    // true, false or null; absent is an error unless optional.
    std::optional<bool> maybe(bool optional)
    {
        if (!present() && optional)
            return std::nullopt;
        if (value().kind == Json::Kind::Bool)
            return value().boolean;
        if (value().kind != Json::Kind::Null)
            fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected true, false or null"));
        return std::nullopt;
    }
    // The UTF-8 of a string ("" for null or absent when nullable).
    std::string_view utf8(bool nullable = false)
    {
        if (nullable && (!present() || value().kind == Json::Kind::Null))
            return {};
        if (value().kind != Json::Kind::String)
            fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a string"));
        return value().text;
    }
    QString string(bool nullable = false)
    {
        const std::string_view s = utf8(nullable);
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    }
    Preview preview()
    {
        const std::string_view text = utf8();
        std::array<char, kPreviewBytes> bytes{};
        const auto size = WireFormat::decodePreview(
            QByteArrayView(text.data(), qsizetype(text.size())), bytes.data(), kPreviewBytes);
        if (!size) {
            fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                   "not a preview (printable ASCII and \\xNN escapes)"));
            return {};
        }
        if (*size > kPreviewBytes) {
            fail(QCoreApplication::translate("sockscope::TraceJsonReader",
                                             "%1 bytes: a preview holds at most the first %2")
                     .arg(*size)
                     .arg(kPreviewBytes));
            return {};
        }
        return Preview::fromRoom(bytes, *size);
    }
    int errorCode()
    {
        const std::string_view name = utf8(true);
        // An errno this build does not know by name (a foreign name): keep the call failed.
        return name.empty()
            ? 0
            : ErrnoName::parse(QString::fromUtf8(name.data(), qsizetype(name.size()))).value_or(-1);
    }

    // The elements of a list, each handed to each(item) with the element's path; reserve(n) is
    // told their number first (a list is filled without growing, so never held twice).
    template<typename Each, typename Reserve> void list(bool required, Each each, Reserve reserve);
    // Without reserve: not counted first (counting is a pass over the list's part of the index).
    template<typename Each> void list(bool required, Each each) { list(required, each, nullptr); }
    // An object's fields, read by the table's readers into out.
    template<const auto &Table>
    void fields(typename std::remove_cvref_t<decltype(Table)>::value_type::Object &out);
    // A small object as Qt's JSON (a scenario, a frame's decoded fields); nullopt if not one.
    std::optional<QJsonObject> qtObject();
    QList<int> ids()
    {
        QList<int> out;
        list(true, [&](Item &element) { out.append(int(element.integer(kId))); });
        return out;
    }

private:
    // The value as a whole number that fits 64 bits, if it is one (m_json then holds it).
    bool readWhole()
    {
        int64_t whole = 0;
        if (const auto plain = plainWhole(m_v->raw_json_token().data())) {
            // Left in the parser's walk, which steps over a scalar nothing read.
            whole = *plain;
        } else if (m_v->get_int64().get(whole) != simdjson::SUCCESS) {
            return false;
        }
        m_read = true;
        m_json.kind = Json::Kind::Number;
        m_json.whole = true;
        m_json.integer = whole;
        return true;
    }
    void load();
    void walkRest();

    // A number written as most are, 1 to 15 digits without a sign, a leading zero, a fraction or
    // an exponent, and then the end of the value: its value, read 8 digits at a time (simdjson's
    // get_int64 reads a digit at a time). Anything else is nullopt, for get_int64, which gives
    // the same value for every number this takes. text is followed by at least 16 more bytes
    // (the padding of every document the reader walks).
    static std::optional<qint64> plainWhole(const char *text)
    {
        if constexpr (std::endian::native != std::endian::little)
            return std::nullopt;
        quint64 words[2];
        std::memcpy(words, text, sizeof words);
        const int first = digits(words[0]);
        if (first == 0 || (first > 1 && text[0] == '0'))
            return std::nullopt;
        const int second = first < 8 ? 0 : digits(words[1]);
        if (second == 8)
            return std::nullopt; // 17 digits or more
        const int count = first + second;
        switch (text[count]) {
        case ',':
        case '}':
        case ']':
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            break;
        default:
            return std::nullopt; // a fraction, an exponent, or not JSON: simdjson's to say
        }
        if (second == 0)
            return qint64(eightDigits(words[0] << (8 * (8 - first))));
        static constexpr std::array<quint64, 9> kPowers{ 1,      10,      100,      1000,     10000,
                                                         100000, 1000000, 10000000, 100000000 };
        return qint64(eightDigits(words[0]) * kPowers.at(std::size_t(second))
                      + eightDigits(words[1] << (8 * (8 - second))));
    }
    // How many of the 8 bytes (the first in the lowest) are ASCII digits before the first that
    // is not. A byte's classification is exact up to that one (adding 6 carries out of a byte
    // only past it).
    static int digits(quint64 word)
    {
        constexpr quint64 kHigh = 0xF0F0F0F0F0F0F0F0;
        const quint64 nibbles = (word & kHigh) | (((word + 0x0606060606060606) & kHigh) >> 4);
        const quint64 other = nibbles ^ 0x3333333333333333; // 0 in each digit's byte
        return other == 0 ? 8 : std::countr_zero(other) / 8;
    }
    // 8 ASCII digits, the most significant in the lowest byte (zero bytes shifted in at the
    // bottom read as leading zeros).
    static quint64 eightDigits(quint64 word)
    {
        quint64 value = (word & 0x0F0F0F0F0F0F0F0F) * 2561 >> 8; // pairs of digits
        value = (value & 0x00FF00FF00FF00FF) * 6553601 >> 16; // fours
        return (value & 0x0000FFFF0000FFFF) * 42949672960001 >> 32;
    }
    Q_NEVER_INLINE void outOfRange(qint64 v, const Bounds &bounds)
    {
        fail(
            QCoreApplication::translate("sockscope::TraceJsonReader",
                                        "%1 is out of range: expected a whole number from %2 to %3")
                .arg(v)
                .arg(bounds.min)
                .arg(bounds.max));
    }

    Reader &m_r;
    sj::value *m_v;
    const At &m_at;
    Json m_json;
    bool m_read = false;
    bool m_consumed = false;
};

// A field of an object of type T: its key and what reads it. A table of them per kind of object
// is the one place a field is added; its order is the order in which errors are reported (the
// first wrong field in the table is named, whatever the order of the file). Tables are constexpr:
// Item::fields<table> calls each reader directly (inlined), not through its pointer.
template<typename T> struct FieldOf
{
    using Object = T;

    constexpr FieldOf(std::string_view name, void (*reader)(Item &, T &)) : key(name), read(reader)
    {
        // The key and its closing quote as they are in the input, 16 bytes compared at once.
        if (name.size() >= 16)
            return;
        for (std::size_t i = 0; i <= name.size(); ++i) {
            const auto byte = quint64(quint8(i < name.size() ? name[i] : '"'));
            (i < 8 ? pattern[0] : pattern[1]) |= byte << (8 * (i % 8));
            (i < 8 ? mask[0] : mask[1]) |= quint64(0xff) << (8 * (i % 8));
        }
    }

    // Whether the key whose bytes start at raw (followed by its closing quote and, as every
    // document the reader walks is, by at least 16 more bytes) is this one, written without
    // escapes. False for a key written with escapes: that one is unescaped and compared.
    Q_ALWAYS_INLINE bool isAt(const char *raw) const
    {
        if constexpr (std::endian::native == std::endian::little) {
            if (mask[0] != 0) {
                quint64 bytes[2];
                std::memcpy(bytes, raw, sizeof bytes);
                return ((bytes[0] ^ pattern[0]) & mask[0]) == 0
                    && ((bytes[1] ^ pattern[1]) & mask[1]) == 0;
            }
        }
        return raw[key.size()] == '"' && std::memcmp(raw, key.data(), key.size()) == 0;
    }

    std::string_view key; // a literal: its data() ends with a 0
    void (*read)(Item &, T &);
    std::array<quint64, 2> pattern{}; // little-endian: the key's bytes, then '"'
    std::array<quint64, 2> mask{}; // 0 for a key of 16 bytes or more
};

// The reader of table entry I, called directly.
template<const auto &Table, std::size_t I, typename T> void readEntry(Item &item, T &out)
{
    constexpr auto read = Table[I].read;
    read(item, out);
}
template<const auto &Table, typename T, std::size_t... I>
void readEntry(std::size_t i, Item &item, T &out, std::index_sequence<I...>)
{
    (void)((i == I ? (readEntry<Table, I>(item, out), true) : false) || ...);
}

// Walks the On-Demand document, recording the first JSON error (which outranks any field's).
class Reader
{
public:
    // base: the document simdjson indexes (the input, or split's skeleton); input: the input
    // the chunks of split's elided lists are copied from; size: the input's, for progress.
    Reader(const char *base, std::size_t size, const TraceJsonReader::Progress &progress,
           PaddedJson *input, const TraceJsonSplit *split = nullptr,
           const char *inputData = nullptr)
        : m_base(base), m_size(size), m_progress(progress), m_input(input), m_split(split),
          m_inputData(inputData)
    { }

    simdjson::error_code broken = simdjson::SUCCESS;
    qint64 brokenAt = -1; // unknown: simdjson's first pass found it
    QString brokenText; // what Qt said of a small object it parsed
    bool cancelled = false; // the progress callback said stop

    // True (and recorded) when the parser reported an error.
    bool failed(simdjson::error_code code, sj::value *near = nullptr)
    {
        if (code == simdjson::SUCCESS)
            return false;
        if (broken == simdjson::SUCCESS) {
            broken = code;
            const char *where = nullptr;
            if (near && near->current_location().get(where) == simdjson::SUCCESS)
                brokenAt = inputOffset(where);
        }
        return true;
    }

    // Where a byte of the document being read (the input, the skeleton or a chunk) is in the
    // input.
    qint64 inputOffset(const char *where) const
    {
        if (m_chunk && where >= m_chunkText.data()
            && where < m_chunkText.data() + m_chunkText.size()) {
            // The chunk's text is "[" + input[from, to) + "]".
            const auto at = std::size_t(where - m_chunkText.data());
            const std::size_t offset = m_chunk->from + (at > 0 ? at - 1 : 0);
            return qint64(offset);
        }
        const auto at = std::size_t(where - m_base);
        return qint64(m_split ? m_split->inputOffset(at) : at);
    }

    // The list left out of the skeleton whose "[]" v is, or null.
    const TraceJsonSplit::Elided *elided(sj::value &v) const
    {
        if (!m_split)
            return nullptr;
        return m_split->elidedAt(std::size_t(v.raw_json_token().data() - m_base));
    }

    // The elements of an elided list, chunk after chunk: each(element) in order, and
    // more(share) after each chunk, share being the part of the list's bytes read so far.
    template<typename Each, typename More>
    void chunks(const TraceJsonSplit::Elided &list, Each each, More more)
    {
        std::size_t total = 0;
        for (const TraceJsonSplit::Range &range : list.chunks)
            total += range.to - range.from;
        std::size_t done = 0;
        for (const TraceJsonSplit::Range &range : list.chunks) {
            done += range.to - range.from;
            m_share = total > 0 ? double(done) / double(total) : 1.0;
            const std::size_t length = range.to - range.from;
            const std::size_t text = length + 2;
            if (m_chunkText.size() < text + PaddedJson::padding())
                m_chunkText.resize(text + PaddedJson::padding());
            m_chunkText[0] = '[';
            if (m_input)
                m_input->populate(range.from, range.to);
            std::memcpy(m_chunkText.data() + 1, m_inputData + range.from, length);
            m_chunkText[text - 1] = ']';
            std::fill_n(m_chunkText.data() + text, PaddedJson::padding(), '\0');
            if (m_input)
                m_input->release(range.to);
            m_chunk = &range;
            readChunk(text, each, more);
            m_chunk = nullptr;
            if (broken)
                return;
        }
    }

    // Written into out (a fresh Json) in place: a Json returned by value and copied was read
    // back whole right after its fields were written one by one, which stalls the load on
    // every value.
    void scalar(sj::value &v, Json &out)
    {
        sj::json_type type{};
        if (failed(v.type().get(type), &v))
            return;
        switch (type) {
        case sj::json_type::array:
            out.kind = Json::Kind::Array;
            return;
        case sj::json_type::object:
            out.kind = Json::Kind::Object;
            return;
        case sj::json_type::number:
            number(v, out);
            return;
        case sj::json_type::string: {
            out.kind = Json::Kind::String;
            // Most strings have no escape: they are read where they are in the input instead of
            // being copied into simdjson's string buffer, which would grow with every string.
            sj::raw_json_string raw;
            const std::size_t plain = plainLength(v.raw_json_token().data() + 1);
            if (plain != std::string_view::npos) {
                if (!failed(v.get_raw_json_string().get(raw), &v))
                    out.text = std::string_view(raw.raw(), plain);
            } else {
                failed(v.get_string().get(out.text), &v);
            }
            return;
        }
        case sj::json_type::boolean:
            out.kind = Json::Kind::Bool;
            failed(v.get_bool().get(out.boolean), &v);
            return;
        case sj::json_type::null: {
            out.kind = Json::Kind::Null;
            bool null = false;
            if (!failed(v.is_null().get(null), &v) && !null)
                failed(simdjson::N_ATOM_ERROR, &v);
            return;
        }
        }
        failed(simdjson::TAPE_ERROR, &v);
    }

    // The length of a string (from after its opening quote) up to its closing quote, npos if
    // it has an escape first. Its bytes are valid UTF-8 without control characters (simdjson's
    // first pass checked), and the quote is there before the input's end.
    static std::size_t plainLength(const char *text)
    {
        for (std::size_t i = 0;; ++i) {
            if (text[i] == '"')
                return i;
            if (text[i] == '\\')
                return std::string_view::npos;
        }
    }

    // A value nothing reads: checked as JSON all the same, as a whole-document parser did.
    void walk(sj::value &v)
    {
        Json j;
        scalar(v, j);
        if (j.kind == Json::Kind::Array) {
            if (const TraceJsonSplit::Elided *list = elided(v)) {
                sj::array none;
                if (failed(v.get_array().get(none), &v))
                    return;
                chunks(
                    *list, [this](sj::value &e) { walk(e); }, nullptr);
                return;
            }
            sj::array a;
            if (failed(v.get_array().get(a), &v))
                return;
            for (auto element : a) {
                if (failed(element.error(), &v))
                    return;
                sj::value &e = element.value_unsafe();
                walk(e);
                if (broken)
                    return;
            }
        } else if (j.kind == Json::Kind::Object) {
            sj::object o;
            if (failed(v.get_object().get(o), &v))
                return;
            for (auto field : o) {
                sj::field f;
                std::string_view key;
                if (failed(std::move(field).get(f), &v) || failed(f.unescaped_key().get(key), &v))
                    return;
                walk(f.value());
                if (broken)
                    return;
            }
        }
    }

    // Now and then, how far the reading is (and the mapping's pages behind it may go).
    void progressed(sj::value &v)
    {
        if (++m_tick % 4096 != 0)
            return;
        const char *where = nullptr;
        if (v.current_location().get(where) != simdjson::SUCCESS)
            return;
        const auto done = std::size_t(inputOffset(where));
        if (m_input && !m_split)
            m_input->release(done);
        if (m_progress && !m_progress(qint64(done), qint64(m_size))) {
            cancelled = true; // ends the walk as an error would; parse() says which it was
            broken = simdjson::TAPE_ERROR;
        }
    }

private:
    void number(sj::value &v, Json &out)
    {
        out.kind = Json::Kind::Number;
        // Nearly every number of a trace is a whole one that fits 64 bits: read as such first
        // (a failed try leaves the value to be read again).
        int64_t whole = 0;
        if (v.get_int64().get(whole) == simdjson::SUCCESS) {
            out.whole = true;
            out.integer = whole;
            return;
        }
        const std::string_view token = v.raw_json_token();
        sj::number n;
        const simdjson::error_code code = v.get_number().get(n);
        // An integer past 64 bits (simdjson 3.0 refuses it): Qt read it as a double, a number
        // but not a whole one in range.
        if (code == simdjson::NUMBER_ERROR && isLongInteger(token))
            return;
        if (failed(code, &v))
            return;
        switch (n.get_number_type()) {
        case sj::number_type::signed_integer:
            out.whole = true;
            out.integer = n.get_int64();
            return;
        case sj::number_type::unsigned_integer:
            return; // past qint64: a double that is not a qint64, as Qt read it
        case sj::number_type::floating_point_number:
            break;
        }
        const double d = n.get_double();
        // Qt refused a number too small for a double (1e-400) rather than make it 0.
        if (d == 0) {
            const std::string_view mantissa = token.substr(0, token.find_first_of("eE"));
            if (mantissa.find_first_of("123456789") != std::string_view::npos) {
                failed(simdjson::NUMBER_ERROR, &v);
                return;
            }
        }
        constexpr double kTwo63 = 9223372036854775808.0;
        out.whole = d == std::trunc(d) && d >= -kTwo63 && d < kTwo63;
        out.integer = out.whole ? qint64(d) : 0;
    }

    // -?[1-9][0-9]{19,} followed by nothing but JSON whitespace.
    static bool isLongInteger(std::string_view token)
    {
        const std::size_t end = token.find_last_not_of(" \t\r\n");
        token = token.substr(0, end == std::string_view::npos ? 0 : end + 1);
        if (token.starts_with('-'))
            token.remove_prefix(1);
        return token.size() >= 20 && token.front() != '0'
            && token.find_first_not_of("0123456789") == std::string_view::npos;
    }

    template<typename Each, typename More> void readChunk(std::size_t text, Each each, More more)
    {
        sj::document doc;
        if (failed(m_chunkParser.iterate(m_chunkText.data(), text, m_chunkText.size()).get(doc)))
            return;
        sj::array a;
        if (failed(doc.get_array().get(a)))
            return;
        for (auto element : a) {
            if (failed(element.error()))
                return;
            sj::value &e = element.value_unsafe();
            each(e);
            if (broken)
                return;
            progressed(e);
        }
        // Not counted first (a pass of its own over the chunk's index): room for the rest is
        // reserved from how far the list is.
        if constexpr (!std::is_same_v<More, std::nullptr_t>)
            more(std::max(m_share, 1e-9));
        // "[" elements "]" and nothing after: anything else means the cut was not between two
        // elements of the list.
        const char *end = nullptr;
        if (doc.current_location().get(end) == simdjson::SUCCESS) {
            broken = simdjson::TRAILING_CONTENT;
            brokenAt = inputOffset(end);
        }
    }

    const char *m_base;
    std::size_t m_size;
    const TraceJsonReader::Progress &m_progress;
    PaddedJson *m_input;
    const TraceJsonSplit *m_split;
    const char *m_inputData;
    sj::parser m_chunkParser;
    std::vector<char> m_chunkText;
    const TraceJsonSplit::Range *m_chunk = nullptr; // the chunk being read
    double m_share = 1; // of its list's bytes, read once the chunk is
    quint32 m_tick = 0;
};

void Item::load()
{
    m_read = true;
    if (m_v)
        m_r.scalar(*m_v, m_json);
}

void Item::walkRest()
{
    const Json::Kind kind = value().kind;
    if (kind == Json::Kind::Array || kind == Json::Kind::Object) {
        m_consumed = true;
        m_r.walk(*m_v);
    }
}

template<typename Each, typename Reserve> void Item::list(bool required, Each each, Reserve reserve)
{
    if (!present()) {
        if (required)
            fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a list"));
        return;
    }
    if (value().kind != Json::Kind::Array) {
        fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected a list"));
        return;
    }
    m_consumed = true;
    qsizetype i = 0;
    qsizetype reserved = 0;
    auto one = [&](sj::value &e) {
        if (!error.isEmpty()) {
            m_r.walk(e); // after the first wrong element, the rest is only checked as JSON
        } else {
            const At at{ &m_at, nullptr, i };
            Item item(m_r, &e, at);
            each(item);
            item.finish();
            if (!item.error.isEmpty())
                error = item.error;
        }
        ++i;
    };
    const TraceJsonSplit::Elided *elided = m_r.elided(*m_v);
    sj::array a;
    if (m_r.failed(m_v->get_array().get(a), m_v))
        return;
    if (elided) {
        if constexpr (std::is_same_v<Reserve, std::nullptr_t>)
            m_r.chunks(*elided, one, nullptr);
        else
            m_r.chunks(*elided, one, [&](double share) {
                // Room for all of the list, estimated from the elements read so far and the
                // share of the list's bytes they took (the elements of one list are much
                // alike): growing chunk by chunk would copy a QList again and again.
                if (share < 1 && i >= reserved * 9 / 10) {
                    reserved = std::max(i, qsizetype(double(i) / share * 1.02) + 16);
                    reserve(reserved);
                }
            });
        return;
    }
    if constexpr (!std::is_same_v<Reserve, std::nullptr_t>) {
        std::size_t count = 0;
        if (m_r.failed(a.count_elements().get(count), m_v))
            return;
        reserve(qsizetype(count));
    }
    for (auto element : a) {
        if (m_r.failed(element.error(), m_v))
            return;
        sj::value &e = element.value_unsafe();
        one(e);
        if (m_r.broken)
            return;
        m_r.progressed(e);
    }
}

template<const auto &Table>
void Item::fields(typename std::remove_cvref_t<decltype(Table)>::value_type::Object &out)
{
    constexpr std::size_t N = std::tuple_size_v<std::remove_cvref_t<decltype(Table)>>;
    static_assert(N <= 64);
    if (!present() || value().kind != Json::Kind::Object) {
        fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected an object"));
        return;
    }
    m_consumed = true;
    sj::object o;
    if (m_r.failed(m_v->get_object().get(o), m_v))
        return;
    quint64 seen = 0;
    std::vector<std::pair<std::size_t, QString>> errors; // (field, first error): rarely any
    std::size_t next = 0;
    auto read = [&](std::size_t i, sj::value *v) {
        const At at{ &m_at, Table[i].key.data() };
        Item item(m_r, v, at);
        readEntry<Table>(i, item, out, std::make_index_sequence<N>{});
        item.finish();
        if (!item.error.isEmpty())
            errors.emplace_back(i, std::move(item.error));
    };
    for (auto field : o) {
        if (m_r.failed(field.error(), m_v))
            return;
        // Used where it is: a copy of a field just made reads its bytes back right after they
        // were written, which stalled the load on every field.
        sj::field &f = field.value_unsafe();
        // Files list the fields in the table's order (leaving out some): the ones after the last
        // are tried first, on the key's bytes in the input.
        const char *raw = f.key().raw();
        std::size_t i = next;
        std::size_t tried = 0;
        for (; tried < N && !Table[i].isAt(raw); ++tried)
            i = i + 1 == N ? 0 : i + 1;
        if (tried == N) {
            // Not a known key written without escapes. The key as it is in the input; one with
            // escapes is unescaped, in simdjson's string buffer.
            std::string_view key;
            const std::size_t plain = Reader::plainLength(raw);
            if (plain != std::string_view::npos)
                key = std::string_view(raw, plain);
            else if (m_r.failed(f.unescaped_key().get(key), m_v))
                return;
            for (tried = 0; tried < N && key != Table[i].key; ++tried)
                i = i + 1 == N ? 0 : i + 1;
            if (key != Table[i].key)
                i = N;
        }
        if (i == N) {
            m_r.walk(f.value()); // a field of a newer SockScope, or of no one
        } else {
            next = i + 1 == N ? 0 : i + 1;
            // A key given twice: the last one counts, as with Qt's reader before.
            if (seen & (quint64(1) << i))
                std::erase_if(errors, [i](const auto &e) { return e.first == i; });
            seen |= quint64(1) << i;
            read(i, &f.value());
        }
        if (m_r.broken)
            return;
    }
    for (std::size_t i = 0; i < N; ++i) {
        if (!(seen & (quint64(1) << i)))
            read(i, nullptr);
    }
    // The error names its own field already.
    if (!errors.empty() && error.isEmpty())
        error = std::min_element(errors.begin(), errors.end(), [](const auto &a, const auto &b) {
                    return a.first < b.first;
                })->second;
}

std::optional<QJsonObject> Item::qtObject()
{
    if (!present() || value().kind != Json::Kind::Object)
        return std::nullopt;
    m_consumed = true;
    sj::object o;
    std::string_view raw;
    if (m_r.failed(m_v->get_object().get(o), m_v) || m_r.failed(o.raw_json().get(raw), m_v))
        return std::nullopt;
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(raw.data(), qsizetype(raw.size())), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_r.broken = simdjson::TAPE_ERROR;
        m_r.brokenAt = m_r.inputOffset(raw.data()) + parseError.offset;
        m_r.brokenText = parseError.errorString();
        return std::nullopt;
    }
    return doc.object();
}

// --- the tables: one per kind of object, each field's reader in the order errors are named.

// What is read into while a run is read.
struct RunRow
{
    Run run;
    bool wireRead = false; // "wire" given (older files: a simulated run's segments are simulated)
    bool ownScenario = false;
    bool peersRead = false;
    QStringList laterPeers; // peers recvs named before the run's "peers" came
};

struct RecvRow
{
    RecvEvent event;
    RunRow *run;
};

struct TraceRow
{
    Trace trace;
    QList<bool> ownScenario; // per run
};

// A file written before "unread" existed called a TCP message the reader never read whole
// "lost", which is all a stream's "lost" could mean: it is unread.
void unreadNotLost(Run &run)
{
    if (run.protocol != Protocol::Tcp || run.summary.lost == 0)
        return;
    for (MessageFate &f : run.fates) {
        if (f.fate == Fate::Lost)
            f.fate = Fate::Unread;
    }
    run.summary.unread += run.summary.lost;
    run.summary.lost = 0;
}

// The fates' names in UTF-8, to compare with a string where it is in the input.
const std::array<std::pair<std::string, Fate>, 8> &fateNames()
{
    static const std::array<std::pair<std::string, Fate>, 8> names = [] {
        std::array<std::pair<std::string, Fate>, 8> out;
        std::size_t i = 0;
        for (const Fate fate : { Fate::Intact, Fate::Merged, Fate::Split, Fate::Truncated,
                                 Fate::Lost, Fate::Empty, Fate::Unsent, Fate::Unread })
            out.at(i++) = { fateName(fate).toStdString(), fate };
        return out;
    }();
    return names;
}

Protocol protocolOf(Item &f)
{
    const std::string_view protocol = f.utf8();
    if (protocol != "tcp" && protocol != "udp")
        f.fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected tcp or udp"));
    return protocol == "udp" ? Protocol::Udp : Protocol::Tcp;
}

constexpr std::array<FieldOf<SendEvent>, 10> kSendFields{ {
    { "id", [](Item &f, SendEvent &s) { s.id = f.id(); } },
    { "message", [](Item &f, SendEvent &s) { s.message = f.id(); } },
    { "t_ns", [](Item &f, SendEvent &s) { s.tNs = f.integer(kTime); } },
    { "dur_ns", [](Item &f, SendEvent &s) { s.durNs = f.integer(kTime, false); } },
    { "requested", [](Item &f, SendEvent &s) { s.requested = f.integer(kCallBytes); } },
    { "accepted", [](Item &f, SendEvent &s) { s.accepted = f.integer(kCallBytes); } },
    { "offset", [](Item &f, SendEvent &s) { s.offset = f.integer(kTime); } },
    { "unsent_after",
      [](Item &f, SendEvent &s) { s.unsentAfter = f.optionalInteger(kCallBytes); } },
    { "error", [](Item &f, SendEvent &s) { s.error = f.errorCode(); } },
    { "preview", [](Item &f, SendEvent &s) { s.preview = f.preview(); } },
} };

constexpr std::array<FieldOf<RecvRow>, 15> kRecvFields{ {
    { "id", [](Item &f, RecvRow &r) { r.event.id = f.id(); } },
    { "t_ns", [](Item &f, RecvRow &r) { r.event.tNs = f.integer(kTime); } },
    { "dur_ns", [](Item &f, RecvRow &r) { r.event.durNs = f.integer(kTime, false); } },
    { "requested", [](Item &f, RecvRow &r) { r.event.requested = f.integer(kCallBytes); } },
    { "bytes", [](Item &f, RecvRow &r) { r.event.bytes = f.integer(kCallBytes); } },
    { "offset", [](Item &f, RecvRow &r) { r.event.offset = f.integer(kTime); } },
    { "queued_before",
      [](Item &f, RecvRow &r) { r.event.queuedBefore = f.optionalInteger(kCallBytes); } },
    { "datagram_size",
      [](Item &f, RecvRow &r) { r.event.datagramSize = f.optionalInteger(kCallBytes); } },
    { "truncated", [](Item &f, RecvRow &r) { r.event.truncated = f.boolean(); } },
    { "peek", [](Item &f, RecvRow &r) { r.event.peek = f.boolean(false); } },
    // Not checked against the run's messages: the kernel's drop counter counts datagrams of any
    // sender, so a seq past the last message is possible, and the analysis treats it as none.
    { "seq", [](Item &f, RecvRow &r) { r.event.seq = int(f.optionalInteger(kId).value_or(-1)); } },
    { "peer",
      [](Item &f, RecvRow &r) {
          if (!f.present())
              return;
          const QString peer = f.string();
          if (!f.error.isEmpty())
              return;
          if (!r.run->peersRead) { // named by the run's "peers" later in the file
              qsizetype later = r.run->laterPeers.indexOf(peer);
              if (later < 0) {
                  later = r.run->laterPeers.size();
                  r.run->laterPeers << peer;
              }
              r.event.peer = -2 - int(later);
              return;
          }
          r.event.peer = int(r.run->run.peers.indexOf(peer));
          if (r.event.peer < 0)
              f.fail(QCoreApplication::translate("sockscope::TraceJsonReader",
                                                 "\"%1\" is not one of the run's peers")
                         .arg(peer));
      } },
    { "drops", [](Item &f, RecvRow &r) { r.event.drops = f.integer(kCounter, false); } },
    { "error", [](Item &f, RecvRow &r) { r.event.error = f.errorCode(); } },
    { "preview", [](Item &f, RecvRow &r) { r.event.preview = f.preview(); } },
} };

constexpr std::array<FieldOf<Frame>, 9> kFrameFields{ {
    { "id", [](Item &f, Frame &x) { x.id = f.id(); } },
    { "offset", [](Item &f, Frame &x) { x.offset = f.integer(kTime); } },
    { "length", [](Item &f, Frame &x) { x.length = f.integer(kTime); } },
    { "payload_bytes", [](Item &f, Frame &x) { x.payloadBytes = f.integer(kTime, false, -1); } },
    { "complete", [](Item &f, Frame &x) { x.complete = f.boolean(); } },
    { "recvs", [](Item &f, Frame &x) { x.recvs = f.ids(); } },
    { "fields",
      [](Item &f, Frame &x) { x.fields = f.qtObject().value_or(QJsonObject()).toVariantMap(); } },
    { "error", [](Item &f, Frame &x) { x.error = f.string(true); } },
    { "preview", [](Item &f, Frame &x) { x.preview = f.preview().toByteArray(); } },
} };

constexpr std::array<FieldOf<MessageFate>, 6> kMessageFields{ {
    { "send",
      [](Item &f, MessageFate &m) { m.firstSend = int(f.optionalInteger(kId).value_or(-1)); } },
    { "fate",
      [](Item &f, MessageFate &m) {
          const std::string_view fate = f.utf8();
          for (const auto &[name, candidate] : fateNames()) {
              if (name == fate) {
                  m.fate = candidate;
                  return;
              }
          }
          f.fail(QT_TRANSLATE_NOOP(
              "sockscope::TraceJsonReader",
              "expected intact, merged, split, truncated, lost, empty, unsent or unread"));
      } },
    { "recvs", [](Item &f, MessageFate &m) { m.recvs = f.ids(); } },
    { "offset", [](Item &f, MessageFate &m) { m.offset = f.integer(kTime, false); } },
    { "length", [](Item &f, MessageFate &m) { m.length = f.integer(kTime, false); } },
    { "preview", [](Item &f, MessageFate &m) { m.preview = f.preview().toByteArray(); } },
} };

constexpr std::array<FieldOf<Segment>, 16> kSegmentFields{ {
    { "t_ns", [](Item &f, Segment &s) { s.tNs = f.integer(kTime); } },
    { "arrive_ns",
      [](Item &f, Segment &s) { s.arriveNs = f.optionalInteger(kTime).value_or(-1); } },
    { "dir",
      [](Item &f, Segment &s) {
          const std::string_view dir = f.utf8();
          if (dir != "data" && dir != "ack")
              f.fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected data or ack"));
          s.ack = dir == "ack";
      } },
    { "offset", [](Item &f, Segment &s) { s.offset = f.integer(kTime); } },
    { "bytes", [](Item &f, Segment &s) { s.bytes = f.integer(kSegmentBytes); } },
    // The writer puts null where a segment has no window (data) or no message (TCP).
    { "window",
      [](Item &f, Segment &s) { s.window = f.optionalInteger(kCallBytes).value_or(-1); } },
    { "message",
      [](Item &f, Segment &s) { s.message = int(f.optionalInteger(kId).value_or(-1)); } },
    { "recv", [](Item &f, Segment &s) { s.recv = int(f.optionalInteger(kId).value_or(-1)); } },
    { "lost", [](Item &f, Segment &s) { s.lost = f.boolean(); } },
    { "dropped", [](Item &f, Segment &s) { s.dropped = f.boolean(false); } },
    { "retransmit", [](Item &f, Segment &s) { s.retransmit = f.boolean(false); } },
    { "fin", [](Item &f, Segment &s) { s.fin = f.boolean(false); } },
    { "piggybacked", [](Item &f, Segment &s) { s.piggybacked = f.boolean(false); } },
    { "duplicate", [](Item &f, Segment &s) { s.duplicate = f.boolean(false); } },
    { "syn", [](Item &f, Segment &s) { s.syn = f.boolean(false); } },
    { "rst", [](Item &f, Segment &s) { s.rst = f.boolean(false); } },
} };

// The run's "summary" object (and the kernel's drop count written in it).
constexpr std::array<FieldOf<Run>, 18> kSummaryFields{ {
    { "sent_bytes", [](Item &f, Run &s) { s.summary.sentBytes = f.integer(kTime); } },
    { "received_bytes", [](Item &f, Run &s) { s.summary.receivedBytes = f.integer(kTime); } },
    { "truncated_bytes",
      [](Item &f, Run &s) { s.summary.truncatedBytes = f.integer(kTime, false); } },
    { "lost_bytes", [](Item &f, Run &s) { s.summary.lostBytes = f.integer(kTime, false); } },
    { "unread_bytes", [](Item &f, Run &s) { s.summary.unreadBytes = f.integer(kTime, false); } },
    { "messages", [](Item &f, Run &s) { s.summary.messages = f.id(false); } },
    { "intact", [](Item &f, Run &s) { s.summary.intact = f.id(); } },
    { "merged", [](Item &f, Run &s) { s.summary.merged = f.id(); } },
    { "split", [](Item &f, Run &s) { s.summary.split = f.id(); } },
    { "truncated", [](Item &f, Run &s) { s.summary.truncated = f.id(); } },
    { "lost", [](Item &f, Run &s) { s.summary.lost = f.id(); } },
    { "empty", [](Item &f, Run &s) { s.summary.empty = f.id(false); } },
    { "unsent", [](Item &f, Run &s) { s.summary.unsent = f.id(false); } },
    { "unread", [](Item &f, Run &s) { s.summary.unread = f.id(false); } },
    { "partial_sends", [](Item &f, Run &s) { s.summary.partialSends = f.id(false); } },
    { "recv_calls", [](Item &f, Run &s) { s.summary.recvCalls = f.id(false); } },
    // A real UDP run's count of datagrams its socket dropped; kept in the run, not the summary.
    { "kernel_drops", [](Item &f, Run &r) { r.kernelDrops = f.optionalInteger(kCounter); } },
    // null for one-sided runs: nothing to conserve.
    { "conserved", [](Item &f, Run &s) { s.summary.conserved = f.maybe(false).value_or(false); } },
} };

constexpr std::array<FieldOf<EffectiveOptions>, 7> kOptionFields{ {
    { "sndbuf", [](Item &f, EffectiveOptions &e) { e.sndbuf = f.optionalInteger(kCallBytes); } },
    { "rcvbuf", [](Item &f, EffectiveOptions &e) { e.rcvbuf = f.optionalInteger(kCallBytes); } },
    { "nodelay", [](Item &f, EffectiveOptions &e) { e.nodelay = f.maybe(true); } },
    // Optional: present only on runs that set them.
    { "cork", [](Item &f, EffectiveOptions &e) { e.cork = f.maybe(true); } },
    { "quickack", [](Item &f, EffectiveOptions &e) { e.quickack = f.maybe(true); } },
    { "rcvlowat",
      [](Item &f, EffectiveOptions &e) { e.rcvlowat = f.optionalInteger(kCallBytes); } },
    { "nonblocking", [](Item &f, EffectiveOptions &e) { e.nonblocking = f.maybe(true); } },
} };

// What an observed run read after recording stopped (optional; older traces have none).
constexpr std::array<FieldOf<Unrecorded>, 6> kUnrecordedFields{ {
    { "reason",
      [](Item &f, Unrecorded &u) {
          const auto reason = Unrecorded::parseReason(f.string());
          if (!reason)
              f.fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                       "expected max_recvs or memory_budget"));
          u.reason = reason.value_or(Unrecorded::Reason::MaxRecvs);
      } },
    { "limit", [](Item &f, Unrecorded &u) { u.limit = f.integer(kTime); } },
    { "from_ns", [](Item &f, Unrecorded &u) { u.fromNs = f.integer(kTime); } },
    { "recvs", [](Item &f, Unrecorded &u) { u.recvs = f.integer(kTime); } },
    { "bytes", [](Item &f, Unrecorded &u) { u.bytes = f.integer(kTime); } },
    { "packets", [](Item &f, Unrecorded &u) { u.packets = f.integer(kTime, false); } },
} };

// The scenario of a run or of the trace: Scenario's own reader, on the object as Qt's JSON.
std::optional<Scenario> scenarioOf(Item &f)
{
    const auto json = f.qtObject();
    if (!json) {
        f.fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected an object"));
        return std::nullopt;
    }
    QString error;
    auto scenario = Scenario::fromJson(*json, &error);
    if (!scenario && f.error.isEmpty())
        f.error = f.at().path() + QLatin1Char('.') + error;
    return scenario;
}

// TCP_INFO of one socket, every field required once the object is there.
constexpr std::array<FieldOf<TcpInfo>, 10> kTcpInfoFields{ {
    { "total_retrans", [](Item &f, TcpInfo &t) { t.totalRetrans = f.integer(kCounter); } },
    { "rtt_us", [](Item &f, TcpInfo &t) { t.rttUs = f.integer(kCounter); } },
    { "rttvar_us", [](Item &f, TcpInfo &t) { t.rttVarUs = f.integer(kCounter); } },
    { "segs_out", [](Item &f, TcpInfo &t) { t.segsOut = f.integer(kCounter); } },
    { "segs_in", [](Item &f, TcpInfo &t) { t.segsIn = f.integer(kCounter); } },
    { "data_segs_out", [](Item &f, TcpInfo &t) { t.dataSegsOut = f.integer(kCounter); } },
    { "data_segs_in", [](Item &f, TcpInfo &t) { t.dataSegsIn = f.integer(kCounter); } },
    { "snd_mss", [](Item &f, TcpInfo &t) { t.sndMss = f.integer(kCounter); } },
    { "rcv_mss", [](Item &f, TcpInfo &t) { t.rcvMss = f.integer(kCounter); } },
    { "delivered", [](Item &f, TcpInfo &t) { t.delivered = f.integer(kCounter); } },
} };

// A run's "tcp_info": each socket's, null (or absent) where it was not read.
std::optional<TcpInfo> tcpInfoOf(Item &f)
{
    if (!f.present() || f.value().kind == Json::Kind::Null)
        return std::nullopt;
    TcpInfo info;
    f.fields<kTcpInfoFields>(info);
    return info;
}

constexpr std::array<FieldOf<Run>, 2> kTcpInfoSides{ {
    { "sender", [](Item &f, Run &r) { r.tcpInfoSender = tcpInfoOf(f); } },
    { "receiver", [](Item &f, Run &r) { r.tcpInfoReceiver = tcpInfoOf(f); } },
} };

constexpr std::array<FieldOf<RunRow>, 21> kRunFields{ {
    { "label", [](Item &f, RunRow &r) { r.run.label = f.string(); } },
    { "protocol", [](Item &f, RunRow &r) { r.run.protocol = protocolOf(f); } },
    { "mode",
      [](Item &f, RunRow &r) {
          const std::string_view mode = f.utf8();
          if (mode != "real" && mode != "sim")
              f.fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected real or sim"));
          r.run.mode = mode == "sim" ? Mode::Sim : Mode::Real;
      } },
    { "role",
      [](Item &f, RunRow &r) {
          const std::string_view role = f.utf8(true);
          if (!role.empty() && role != "observer" && role != "relay" && role != "sender"
              && role != "loopback")
              f.fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                       "expected loopback, observer, relay or sender"));
          r.run.role = role == "observer" ? Role::Observer
              : role == "relay"           ? Role::Relay
              : role == "sender"          ? Role::Sender
                                          : Role::Loopback;
      } },
    { "peers",
      [](Item &f, RunRow &r) {
          f.list(false, [&](Item &peer) { r.run.peers << peer.string(); });
          r.peersRead = true;
          if (r.laterPeers.isEmpty())
              return;
          // Recvs that came before the peers in the file: name their peers now.
          for (qsizetype i = 0; i < r.run.recvs.size(); ++i) {
              RecvEvent e = r.run.recvs.at(i);
              if (e.peer > -2)
                  continue;
              const QString name = r.laterPeers.at(-2 - e.peer);
              e.peer = int(r.run.peers.indexOf(name));
              r.run.recvs.set(i, e);
              if (e.peer < 0 && f.error.isEmpty())
                  f.error = f.at().parent->path() + QStringLiteral(".recvs[%1].peer: ").arg(i)
                      + QCoreApplication::translate("sockscope::TraceJsonReader",
                                                    "\"%1\" is not one of the run's peers")
                            .arg(name);
          }
          r.laterPeers.clear();
      } },
    { "scenario",
      [](Item &f, RunRow &r) {
          if (!f.present())
              return;
          r.ownScenario = true;
          if (const auto scenario = scenarioOf(f))
              r.run.scenario = *scenario;
          else
              r.ownScenario = false;
      } },
    { "requested", [](Item &f, RunRow &r) { f.fields<kOptionFields>(r.run.requested); } },
    { "effective", [](Item &f, RunRow &r) { f.fields<kOptionFields>(r.run.effective); } },
    { "aborted", [](Item &f, RunRow &r) { r.run.aborted = f.boolean(); } },
    { "error", [](Item &f, RunRow &r) { r.run.error = f.string(true); } },
    { "duration_ns", [](Item &f, RunRow &r) { r.run.durationNs = f.integer(kTime, false); } },
    { "requests_run",
      [](Item &f, RunRow &r) { r.run.requestsRun = int(f.integer(kId, false, -1)); } },
    { "unrecorded",
      [](Item &f, RunRow &r) {
          if (!f.present() || f.value().kind == Json::Kind::Null)
              return;
          Unrecorded u;
          f.fields<kUnrecordedFields>(u);
          r.run.unrecorded = u;
      } },
    { "sends",
      [](Item &f, RunRow &r) {
          r.run.sends.clear();
          f.list(
              false,
              [&](Item &e) {
                  SendEvent s;
                  e.fields<kSendFields>(s);
                  r.run.sends.append(s);
              },
              [&](qsizetype n) { r.run.sends.reserve(n); });
      } },
    { "recvs",
      [](Item &f, RunRow &r) {
          r.run.recvs.clear();
          f.list(
              false,
              [&](Item &e) {
                  RecvRow row{ {}, &r };
                  e.fields<kRecvFields>(row);
                  r.run.recvs.append(row.event);
              },
              [&](qsizetype n) { r.run.recvs.reserve(n); });
      } },
    { "frames",
      [](Item &f, RunRow &r) {
          r.run.frames.clear();
          f.list(
              false,
              [&](Item &e) {
                  Frame frame;
                  e.fields<kFrameFields>(frame);
                  r.run.frames.append(frame);
              },
              [&](qsizetype n) {
                  r.run.frames.reserve(n);
                  HeapPolicy::adviseHugePages(r.run.frames.constData(),
                                              r.run.frames.capacity() * qsizetype(sizeof(Frame)));
              });
      } },
    { "messages",
      [](Item &f, RunRow &r) {
          r.run.fates.clear();
          f.list(
              false,
              [&](Item &e) {
                  MessageFate m;
                  m.message = int(r.run.fates.size());
                  e.fields<kMessageFields>(m);
                  r.run.fates.append(std::move(m));
              },
              [&](qsizetype n) {
                  r.run.fates.reserve(n);
                  HeapPolicy::adviseHugePages(r.run.fates.constData(),
                                              r.run.fates.capacity()
                                                  * qsizetype(sizeof(MessageFate)));
              });
      } },
    { "wire",
      [](Item &f, RunRow &r) {
          const QString wire = f.string(true);
          if (wire.isEmpty())
              return;
          const std::optional<Wire> parsed = parseWire(wire);
          if (!parsed)
              f.fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader",
                                       "expected simulated or captured"));
          r.run.wire = parsed.value_or(Wire::None);
          r.wireRead = true;
      } },
    { "segments",
      [](Item &f, RunRow &r) {
          r.run.segments.clear();
          f.list(
              false,
              [&](Item &e) {
                  Segment s;
                  e.fields<kSegmentFields>(s);
                  r.run.segments.append(s);
              },
              [&](qsizetype n) {
                  r.run.segments.reserve(n);
                  HeapPolicy::adviseHugePages(r.run.segments.constData(),
                                              r.run.segments.capacity()
                                                  * qsizetype(sizeof(Segment)));
              });
      } },
    { "summary", [](Item &f, RunRow &r) { f.fields<kSummaryFields>(r.run); } },
    { "tcp_info",
      [](Item &f, RunRow &r) {
          if (!f.present() || f.value().kind == Json::Kind::Null)
              return;
          f.fields<kTcpInfoSides>(r.run);
      } },
} };

// An observe trace's session settings; every field is required once the object is there.
constexpr std::array<FieldOf<ObservationSettings>, 11> kObserveFields{ {
    { "protocol", [](Item &f, ObservationSettings &s) { s.protocol = protocolOf(f); } },
    { "address", [](Item &f, ObservationSettings &s) { s.address = f.string(); } },
    { "port",
      [](Item &f, ObservationSettings &s) {
          s.port = quint16(f.integer({ 0, 65535 }));
      } },
    { "recv_size",
      [](Item &f, ObservationSettings &s) {
          s.recvSize = int(f.integer({ 1, kId.max }));
      } },
    { "read_interval_ms", [](Item &f, ObservationSettings &s) { s.readIntervalMs = f.id(); } },
    { "framing", [](Item &f, ObservationSettings &s) { s.framing = f.string(); } },
    { "max_frame",
      [](Item &f, ObservationSettings &s) {
          s.maxFrame = f.integer({ 0, std::numeric_limits<qint64>::max() });
      } },
    { "max_clients", [](Item &f, ObservationSettings &s) { s.maxClients = f.id(); } },
    { "relay", [](Item &f, ObservationSettings &s) { s.relay = f.string(true); } },
    { "duration_ms",
      [](Item &f, ObservationSettings &s) {
          if (const auto duration = f.optionalInteger(kTime))
              s.durationMs = *duration;
      } },
    { "evidence", [](Item &f, ObservationSettings &s) { s.evidence = f.boolean(); } },
} };

// One claim of the lesson's self-check, as it was judged when the file was written.
constexpr std::array<FieldOf<Expectation>, 6> kExpectationFields{ {
    { "lesson", [](Item &f, Expectation &e) { e.lesson = f.string(); } },
    { "run", [](Item &f, Expectation &e) { e.run = f.id(); } },
    { "claim", [](Item &f, Expectation &e) { e.claim.source = f.string(); } },
    { "holds", [](Item &f, Expectation &e) { e.holds = f.maybe(false); } },
    { "measured", [](Item &f, Expectation &e) { e.measured.source = f.string(); } },
    { "reason", [](Item &f, Expectation &e) { e.reason.source = f.string(true); } },
} };

// The trace. "format" and "version" come first: a file that is not a trace of this version is
// named so, whatever else is wrong with it.
constexpr std::array<FieldOf<TraceRow>, 10> kTraceFields{ {
    { "format",
      [](Item &f, TraceRow &) {
          if (!f.present() || f.value().kind != Json::Kind::String
              || f.value().text != "sockscope-trace")
              f.error = notATrace();
      } },
    { "version",
      [](Item &f, TraceRow &) {
          const Json &v = f.value();
          const qint64 version = v.kind == Json::Kind::Number && v.whole ? v.integer : 0;
          if (v.kind == Json::Kind::Number && version == TraceJsonReader::kVersion)
              return;
          f.error = v.kind == Json::Kind::Number && version > TraceJsonReader::kVersion
              ? QCoreApplication::translate(
                    "sockscope::TraceJsonReader",
                    "trace format version %1 was written by a newer SockScope; this one reads "
                    "version %2")
                    .arg(version)
                    .arg(TraceJsonReader::kVersion)
              : QCoreApplication::translate("sockscope::TraceJsonReader", "version: expected %1")
                    .arg(TraceJsonReader::kVersion);
      } },
    { "lesson", [](Item &f, TraceRow &t) { t.trace.lesson = f.string(true); } },
    // A lesson from a file, whole (optional: a built-in lesson's trace has none).
    { "lesson_file",
      [](Item &f, TraceRow &t) {
          if (!f.present())
              return;
          const auto json = f.qtObject();
          if (!json) {
              f.fail(QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "expected an object"));
              return;
          }
          QString error;
          const auto lesson = LessonFile::fromJson(*json, &error);
          if (!lesson) {
              if (f.error.isEmpty())
                  f.error = f.at().path() + QLatin1Char('.') + error;
              return;
          }
          t.trace.lessonFile = std::make_shared<const Lesson>(*lesson);
      } },
    { "scenario",
      [](Item &f, TraceRow &t) { t.trace.scenario = scenarioOf(f).value_or(Scenario()); } },
    { "observe",
      [](Item &f, TraceRow &t) {
          if (!f.present())
              return;
          ObservationSettings s;
          f.fields<kObserveFields>(s);
          t.trace.observe = s;
      } },
    { "runs",
      [](Item &f, TraceRow &t) {
          t.trace.runs.clear();
          t.ownScenario.clear();
          f.list(true, [&](Item &e) {
              RunRow row;
              e.fields<kRunFields>(row);
              // A file written before "wire" existed: a simulated run's segments are simulated.
              if (!row.wireRead)
                  row.run.wire = row.run.mode == Mode::Sim ? Wire::Simulated : Wire::None;
              unreadNotLost(row.run);
              t.trace.runs.append(std::move(row.run));
              t.ownScenario.append(row.ownScenario);
          });
      } },
    { "notes",
      [](Item &f, TraceRow &t) {
          t.trace.notes.clear();
          f.list(false, [&](Item &note) { t.trace.notes << note.string(); });
      } },
    // The lesson's self-check as it was judged when written (optional: older traces have none).
    // `show` judges the trace's data again (LessonExpectations).
    { "headline",
      [](Item &f, TraceRow &t) {
          t.trace.headline.clear();
          if (!f.present() || f.value().kind == Json::Kind::Null)
              return;
          const QString headline = f.string();
          if (f.error.isEmpty())
              t.trace.headline << ExpectationText{ headline, {} };
      } },
    { "expectations",
      [](Item &f, TraceRow &t) {
          t.trace.expectations.clear();
          f.list(false, [&](Item &e) {
              Expectation x;
              e.fields<kExpectationFields>(x);
              t.trace.expectations << x;
          });
      } },
} };

// The phrases of Qt's JSON reader, for what simdjson refused.
QString jsonError(simdjson::error_code code)
{
    const char *what = nullptr;
    switch (code) {
    case simdjson::UNCLOSED_STRING:
        what = QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "unterminated string");
        break;
    case simdjson::STRING_ERROR:
        what = QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "invalid escape sequence");
        break;
    case simdjson::UTF8_ERROR:
        what = QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "invalid UTF8 string");
        break;
    case simdjson::NUMBER_ERROR:
    case simdjson::NUMBER_OUT_OF_RANGE:
        what = QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "illegal number");
        break;
    case simdjson::DEPTH_ERROR:
        what = QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "too deeply nested document");
        break;
    case simdjson::TRAILING_CONTENT:
        what
            = QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "garbage at the end of the document");
        break;
    case simdjson::INCOMPLETE_ARRAY_OR_OBJECT:
        what = QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "unterminated object");
        break;
    case simdjson::UNESCAPED_CHARS:
        return QCoreApplication::translate("sockscope::TraceJsonReader",
                                           "a control character in a string (it must be escaped)");
    default:
        what = QT_TRANSLATE_NOOP("sockscope::TraceJsonReader", "illegal value");
        break;
    }
    return QCoreApplication::translate("sockscope::TraceJsonReader", what);
}

// Inputs up to this size that simdjson refuses are parsed again by Qt's reader for its message
// (the one earlier SockScope gave, at the same byte); a larger one is described from simdjson's
// error, without building Qt's document of it.
constexpr std::size_t kQtMessageBytes = std::size_t(64) << 20;

// The anonymous mappings of the process: (start, end).
std::vector<std::pair<quintptr, quintptr>> anonymousMappings()
{
    std::vector<std::pair<quintptr, quintptr>> out;
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return out;
    for (const QByteArray &line : maps.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() != 5 || parts.at(4) != "0" || !parts.at(1).startsWith("rw"))
            continue;
        const QList<QByteArray> range = parts.at(0).split('-');
        out.emplace_back(range.value(0).toULongLong(nullptr, 16),
                         range.value(1).toULongLong(nullptr, 16));
    }
    return out;
}

// simdjson's index of a large input (4 bytes per token: about the input's size again) is written
// once, front to back, into fresh memory: as 4 KiB pages that is a fault per page (~10 µs each on
// a VM, most of the reading time); asked for 2 MiB pages, one per 2 MiB. The parser does not
// say where its buffers are: they are the mappings that its allocation added.
void allocateOnHugePages(sj::parser &parser, std::size_t capacity, Reader &reader)
{
    constexpr quintptr kHuge = quintptr(2) << 20;
    const bool large = capacity >= 4 * kHuge;
    const auto before = large ? anonymousMappings() : decltype(anonymousMappings())();
    if (reader.failed(parser.allocate(capacity)) || !large)
        return;
    for (const auto &mapping : anonymousMappings()) {
        const bool added = std::none_of(before.begin(), before.end(),
                                        [&](const auto &m) { return m.first == mapping.first; });
        const quintptr from = (mapping.first + kHuge - 1) & ~(kHuge - 1);
        if (added && mapping.second > from + kHuge) {
            // An address /proc/self/maps gave: there is no pointer to derive it from.
            // NOLINTNEXTLINE(performance-no-int-to-ptr)
            madvise(reinterpret_cast<void *>(from), (mapping.second - from) & ~(kHuge - 1),
                    MADV_HUGEPAGE);
        }
    }
}

// The input: its bytes (after any byte-order mark), the whole file as given (for Qt's message),
// and its mapping (pages the reading is done with may go).
struct Input
{
    const char *data;
    std::size_t size;
    const char *start;
    std::size_t startSize;
    PaddedJson *file;
};

// Reads the document simdjson indexes: the input itself (split null) or split's skeleton, whose
// elided lists are read from the input in chunks. *jsonBroken: the error is the parser's.
std::optional<Trace> readDocument(const char *doc, std::size_t size, std::size_t capacity,
                                  const TraceJsonSplit *split, const Input &input, QString *error,
                                  const TraceJsonReader::Progress &progress, bool *jsonBroken)
{
    Reader reader(doc, input.size, progress, input.file, split, input.data);
    sj::parser parser(std::max<std::size_t>(size, 1));
    sj::document document;
    TraceRow row;
    QString fieldError;
    const At rootAt;
    auto checkValue = [&](sj::value &root) {
        Item item(reader, &root, rootAt);
        if (item.value().kind != Json::Kind::Object) {
            item.finish();
            fieldError = notATrace();
            return;
        }
        item.fields<kTraceFields>(row);
        fieldError = item.error;
    };
    allocateOnHugePages(parser, std::max<std::size_t>(size, 1), reader);
    if (!reader.broken && !reader.failed(parser.iterate(doc, size, capacity).get(document))) {
        sj::json_type type{};
        if (!reader.failed(document.type().get(type))) {
            if (type == sj::json_type::object || type == sj::json_type::array) {
                sj::value root;
                if (!reader.failed(document.get_value().get(root)))
                    checkValue(root);
            } else {
                reader.failed(simdjson::TAPE_ERROR); // a lone scalar is no trace either
            }
            const char *end = nullptr;
            if (!reader.broken && document.current_location().get(end) == simdjson::SUCCESS) {
                reader.broken = simdjson::TRAILING_CONTENT;
                reader.brokenAt = reader.inputOffset(end);
            }
        }
    }
    *jsonBroken = reader.broken != simdjson::SUCCESS && !reader.cancelled;
    if (reader.cancelled) {
        *error = ProgressMeter::cancelled();
        return std::nullopt;
    }
    if (reader.broken) {
        QJsonParseError parseError{};
        if (input.startSize <= kQtMessageBytes) {
            QJsonDocument::fromJson(
                QByteArray::fromRawData(input.start, qsizetype(input.startSize)), &parseError);
        }
        if (parseError.error != QJsonParseError::NoError) {
            reader.brokenAt = parseError.offset;
            reader.brokenText = parseError.errorString();
        } else if (reader.brokenText.isEmpty()) {
            reader.brokenText = jsonError(reader.broken);
        }
        *error = reader.brokenAt < 0
            ? QCoreApplication::translate("sockscope::TraceJsonReader", "not valid JSON (%1)")
                  .arg(reader.brokenText)
            : QCoreApplication::translate("sockscope::TraceJsonReader",
                                          "not valid JSON at byte %1 (%2)")
                  .arg(reader.brokenAt)
                  .arg(reader.brokenText);
        return std::nullopt;
    }
    Trace &trace = row.trace;
    for (qsizetype i = 0; i < trace.runs.size() && fieldError.isEmpty(); ++i) {
        if (!row.ownScenario.value(i))
            trace.runs[i].scenario = trace.scenario;
    }
    // Each value is in range; now what the values say of one another.
    if (fieldError.isEmpty())
        fieldError = TraceValidator::check(trace);
    if (!fieldError.isEmpty()) {
        *error = fieldError;
        return std::nullopt;
    }
    return std::move(row.trace);
}

// A file read in chunks that turns out broken is read whole again for its error sentence up to
// this size (a whole reading takes about three times the file's size in memory).
constexpr std::size_t kWholeAgainBytes = std::size_t(256) << 20;

std::optional<Trace> parse(const char *data, std::size_t size, std::size_t capacity, QString *error,
                           const TraceJsonReader::Progress &progress, PaddedJson *file,
                           const TraceJsonReader::Split &split)
{
    Input input{ data, size, data, size, file };
    // A byte-order mark, which Qt's reader skipped.
    if (size >= 3 && std::string_view(data, 3) == "\xEF\xBB\xBF") {
        input.data += 3;
        input.size -= 3;
        capacity -= 3;
    }
    bool jsonBroken = false;
    if (input.size < split.from) {
        return readDocument(input.data, input.size, capacity, nullptr, input, error, progress,
                            &jsonBroken);
    }
    // Two passes: the scan for the cuts, reported as the first eighth of the way (it takes
    // about that share of the time), and the reading. Never backwards, even when a second
    // reading follows.
    const auto total = qint64(input.size);
    qint64 reported = 0;
    auto report = [&](qint64 done) {
        reported = std::max(reported, done);
        return progress(reported, total);
    };
    TraceJsonReader::Progress reading;
    if (progress)
        reading = [&](qint64 done, qint64) { return report(total / 8 + done - done / 8); };
    // Cut where a guess says; if the file is not what the guess expects (or not valid JSON),
    // read it again with every cut exact, so that the error is the file's.
    for (const auto cuts : { TraceJsonSplit::Cuts::Guessed, TraceJsonSplit::Cuts::Exact }) {
        const TraceJsonSplit pieces = TraceJsonSplit::split(
            input.data, input.size, cuts, split.chunkBytes, [&](std::size_t scanned) {
                if (file)
                    file->release(scanned);
                return !progress || report(qint64(scanned) / 8);
            });
        if (pieces.stopped()) {
            *error = ProgressMeter::cancelled();
            return std::nullopt;
        }
        if (file)
            file->rewind();
        std::optional<Trace> trace
            = readDocument(pieces.skeleton(), pieces.skeletonSize(), pieces.skeletonCapacity(),
                           &pieces, input, error, reading, &jsonBroken);
        if (trace)
            return trace;
        if (!jsonBroken)
            break;
    }
    // One file, one sentence: in chunks a broken document may show a different fault first (a
    // chunk's element, valid on its own, before the skeleton's broken bracket), so the sentence
    // is the one a whole reading gives, where the file is small enough to read whole again.
    if (*error != ProgressMeter::cancelled() && input.size <= kWholeAgainBytes) {
        QString whole;
        bool broken = false;
        if (!readDocument(input.data, input.size, capacity, nullptr, input, &whole, {}, &broken))
            *error = whole;
    }
    return std::nullopt;
}

} // namespace

QString TraceJsonReader::tooLarge(bool streamed)
{
    if (streamed) {
        return QCoreApplication::translate("sockscope::TraceJsonReader",
                                           "a pipe or device of more than %1 bytes (it would be "
                                           "read into memory whole: save it to a file); not read")
            .arg(TraceValidator::kMaxStreamBytes);
    }
    return QCoreApplication::translate("sockscope::TraceJsonReader",
                                       "larger than %1 bytes, the most a trace takes (a run at "
                                       "the event cap of %2 sends and %2 recvs); not read")
        .arg(TraceValidator::kMaxInputBytes)
        .arg(EventCap::kDefault);
}

std::optional<Trace> TraceJsonReader::fromJson(QByteArrayView json, QString *error)
{
    return fromJson(json, error, Split());
}

std::optional<Trace> TraceJsonReader::fromJson(QByteArrayView json, QString *error,
                                               const Split &split)
{
    if (json.size() > TraceValidator::kMaxInputBytes) {
        *error = tooLarge(false);
        return std::nullopt;
    }
    const PaddedJson input = PaddedJson::copy(json);
    return parse(input.data(), input.size(), input.capacity(), error, {}, nullptr, split);
}

std::optional<Trace> TraceJsonReader::read(const QString &path, QString *error,
                                           const Progress &progress)
{
    std::optional<Trace> trace;
    if (auto input = PaddedJson::open(path, TraceValidator::kMaxInputBytes,
                                      TraceValidator::kMaxStreamBytes, error)) {
        const auto total = qint64(input->size());
        if (total > (input->streamed() ? TraceValidator::kMaxStreamBytes
                                       : TraceValidator::kMaxInputBytes))
            *error = tooLarge(input->streamed());
        else if (progress && !progress(0, total))
            *error = ProgressMeter::cancelled();
        else
            trace = parse(input->data(), input->size(), input->capacity(), error, progress, &*input,
                          Split());
        if (trace && progress)
            progress(total, total);
    }
    if (!trace)
        *error = path + QStringLiteral(": ") + *error;
    return trace;
}

} // namespace sockscope
