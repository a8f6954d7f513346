#pragma once

#include "model/eventfields.h"
#include "util/bytebuffer.h"
#include "util/packedcolumn.h"

#include <QByteArray>
#include <QSharedData>
#include <QSharedDataPointer>

#include <algorithm>
#include <array>
#include <cstring>
#include <iterator>
#include <utility>
#include <vector>

namespace sockscope {

// A run's sends or recvs, stored column by column (a PackedColumn per field, the previews in one
// byte arena) rather than as a list of structs: a million 10-byte messages cost tens of bytes
// per call instead of the 96–120 B structs plus a heap block per preview, appending touches a
// few narrow arrays, and a pass over one field (the analysis, the timeline's level of detail)
// reads only that field. Events go in and come out as plain values (SendEvent, RecvEvent);
// get<&RecvEvent::bytes>(i) reads one field without the others.
//
// Copies share their storage until one of them is written to (QSharedDataPointer), as a QList
// would: the GUI keeps a copy of a trace for the price of a reference count, and an append
// checks for sharing once, not once per column.
// An event's id is stored as its distance from its index, 0 when ids count 0, 1, 2, …
template<typename Event> class EventList
{
    using Fields = typename EventFields<Event>::Columns;
    static constexpr size_t kFields = std::tuple_size_v<Fields>;

    template<auto A, auto B> static constexpr bool same()
    {
        if constexpr (std::is_same_v<decltype(A), decltype(B)>)
            return A == B;
        else
            return false;
    }
    template<auto Member, size_t I = 0> static constexpr size_t columnOf()
    {
        static_assert(I < kFields, "not a stored field of this event");
        if constexpr (same<std::tuple_element_t<I, Fields>::member, Member>())
            return I;
        else
            return columnOf<Member, I + 1>();
    }
    template<auto Member>
    using FieldType = std::remove_cvref_t<decltype(std::declval<Event>().*Member)>;

    struct Storage : QSharedData
    {
        std::array<PackedColumn, kFields> columns;
        PackedColumn ids; // id - index - idBase
        // Where each event's preview ends in previews, stored as its distance from
        // (index + 1) × previewUsual: when every preview has the length of the first (a run of
        // equal messages), the column is all 0 and takes no memory.
        PackedColumn previewEnds;
        ByteBuffer previews; // room in use or reserved; previewBytes are in use
        qint64 previewBytes = 0;
        qint64 previewUsual = 0;
        qsizetype size = 0;
        qint64 idBase = 0; // a slice's ids continue its source's

        Storage() { block(std::make_index_sequence<kFields>{}); }
        template<size_t... I> void block(std::index_sequence<I...>)
        {
            (columns[I].setBlocked(std::tuple_element_t<I, Fields>::blocked), ...);
        }

        qint64 previewEnd(qsizetype i) const
        {
            return i < 0 ? 0 : previewEnds.at(i) + (i + 1) * previewUsual;
        }
        void appendPreviewEnd(qsizetype i, qint64 end)
        {
            previewEnds.append(i, end - (i + 1) * previewUsual);
        }
        void setPreviewEnd(qsizetype i, qint64 end)
        {
            previewEnds.set(i, size, end - (i + 1) * previewUsual);
        }
    };

public:
    using value_type = Event;

    class const_iterator
    {
    public:
        using iterator_category = std::random_access_iterator_tag;
        using iterator_concept = std::random_access_iterator_tag;
        using value_type = Event;
        using difference_type = qsizetype;
        using reference = Event;
        struct Arrow
        {
            Event event;
            const Event *operator->() const { return &event; }
        };
        using pointer = Arrow;

        const_iterator() = default;
        const_iterator(const EventList *list, qsizetype i) : m_list(list), m_i(i) { }
        Event operator*() const { return m_list->at(m_i); }
        Arrow operator->() const { return { m_list->at(m_i) }; }
        Event operator[](qsizetype n) const { return m_list->at(m_i + n); }
        const_iterator &operator++()
        {
            ++m_i;
            return *this;
        }
        const_iterator operator++(int)
        {
            auto old = *this;
            ++m_i;
            return old;
        }
        const_iterator &operator--()
        {
            --m_i;
            return *this;
        }
        const_iterator operator--(int)
        {
            auto old = *this;
            --m_i;
            return old;
        }
        const_iterator &operator+=(qsizetype n)
        {
            m_i += n;
            return *this;
        }
        const_iterator &operator-=(qsizetype n)
        {
            m_i -= n;
            return *this;
        }
        friend const_iterator operator+(const_iterator it, qsizetype n) { return it += n; }
        friend const_iterator operator+(qsizetype n, const_iterator it) { return it += n; }
        friend const_iterator operator-(const_iterator it, qsizetype n) { return it -= n; }
        friend qsizetype operator-(const const_iterator &a, const const_iterator &b)
        {
            return a.m_i - b.m_i;
        }
        friend bool operator==(const const_iterator &a, const const_iterator &b)
        {
            return a.m_i == b.m_i;
        }
        friend auto operator<=>(const const_iterator &a, const const_iterator &b)
        {
            return a.m_i <=> b.m_i;
        }

    private:
        const EventList *m_list = nullptr;
        qsizetype m_i = 0;
    };
    using iterator = const_iterator;

    // A copy of event i that is written back when it goes out of scope:
    // `list.edit(3)->error = EAGAIN;` changes one event in place.
    class Editor
    {
    public:
        Editor(EventList &list, qsizetype i) : m_list(list), m_i(i), m_event(list.at(i)) { }
        ~Editor() { m_list.set(m_i, m_event); }
        Editor(const Editor &) = delete;
        Editor &operator=(const Editor &) = delete;
        Event *operator->() { return &m_event; }
        Event &operator*() { return m_event; }

    private:
        EventList &m_list;
        qsizetype m_i;
        Event m_event;
    };

    EventList() : d(new Storage) { }
    EventList(std::initializer_list<Event> events) : EventList()
    {
        for (const Event &e : events)
            append(e);
    }

    qsizetype size() const { return d->size; }
    qsizetype count() const { return d->size; }
    bool isEmpty() const { return d->size == 0; }

    Event at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < d->size);
        Event e;
        load(i, e, std::make_index_sequence<kFields>{});
        e.id = id(i);
        e.preview = Preview(preview(i));
        return e;
    }
    Event operator[](qsizetype i) const { return at(i); }
    // Event i, or a default event when i is out of range.
    Event value(qsizetype i) const { return i >= 0 && i < d->size ? at(i) : Event(); }
    Event first() const { return at(0); }
    // The first n events, as a list of their own.
    EventList first(qsizetype n) const { return slice(0, n); }
    Event last() const { return at(d->size - 1); }
    Event constFirst() const { return at(0); }
    Event constLast() const { return at(d->size - 1); }

    // One field of event i, without materialising the others.
    template<auto Member> FieldType<Member> get(qsizetype i) const
    {
        constexpr size_t c = columnOf<Member>();
        using Field = std::tuple_element_t<c, Fields>;
        return Field::template decode<FieldType<Member>>(d->columns[c].at(i), i + d->idBase);
    }
    int id(qsizetype i) const { return int(d->ids.at(i) + i + d->idBase); }
    QByteArrayView preview(qsizetype i) const
    {
        const qint64 begin = d->previewEnd(i - 1);
        return { d->previews.data() + begin, qsizetype(d->previewEnd(i) - begin) };
    }

    const_iterator begin() const { return { this, 0 }; }
    const_iterator end() const { return { this, d->size }; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    void append(const Event &e)
    {
        Storage &s = *d;
        add(s, e, qint64(e.id) - s.size - s.idBase);
    }
    // Appends e with its index as its id, whatever e.id says (the recorders number their calls).
    void appendNumbered(const Event &e)
    {
        Storage &s = *d;
        add(s, e, -s.idBase);
    }
    EventList &operator<<(const Event &e)
    {
        append(e);
        return *this;
    }
    // Appends other's events (a batch handed over from a recording thread).
    void append(const EventList &other);

    void set(qsizetype i, const Event &e);
    Editor edit(qsizetype i) { return Editor(*this, i); }
    Editor editLast() { return Editor(*this, d->size - 1); }

    void reserve(qsizetype n)
    {
        Storage &s = *d;
        for (PackedColumn &c : s.columns)
            c.reserve(n);
        s.ids.reserve(n);
        s.previewEnds.reserve(n);
    }
    // Keeps the first n events.
    void truncate(qsizetype n);
    void removeLast() { truncate(d->size - 1); }
    void clear() { d = new Storage; }
    // Events [from, to) as a list of their own, sharing no storage with this one.
    EventList slice(qsizetype from, qsizetype to) const;

    // Bytes the events take in their columns and preview arena (no room reserved for growth,
    // no bookkeeping): what the encoding costs, apart from how memory is handed out.
    qsizetype sizeBytes() const
    {
        qsizetype bytes
            = d->ids.sizeBytes() + d->previewEnds.sizeBytes() + qsizetype(d->previewBytes);
        for (const PackedColumn &c : d->columns)
            bytes += c.sizeBytes();
        return bytes;
    }
    // Memory held, reserved room included (a mapped column is whole 2 MiB pages: ByteBuffer).
    qsizetype capacityBytes() const
    {
        qsizetype bytes = qsizetype(sizeof(Storage)) + d->ids.capacityBytes()
            + d->previewEnds.capacityBytes() + d->previews.capacity();
        for (const PackedColumn &c : d->columns)
            bytes += c.capacityBytes();
        return bytes;
    }
    // Where the events live: equal for copies that share them, and kept while a list grows
    // (a cache key, never read through).
    const void *identity() const { return d.constData(); }

private:
    template<size_t... I> void load(qsizetype i, Event &e, std::index_sequence<I...>) const
    {
        ((e.*std::tuple_element_t<I, Fields>::member
          = std::tuple_element_t<I, Fields>::template decode<
              FieldType<std::tuple_element_t<I, Fields>::member>>(d->columns[I].at(i),
                                                                  i + d->idBase)),
         ...);
    }
    template<size_t... I> static void store(Storage &s, const Event &e, std::index_sequence<I...>)
    {
        (s.columns[I].append(s.size,
                             std::tuple_element_t<I, Fields>::encode(
                                 e.*std::tuple_element_t<I, Fields>::member, s.size + s.idBase)),
         ...);
    }
    template<size_t... I>
    static void storeAt(Storage &s, qsizetype i, const Event &e, std::index_sequence<I...>)
    {
        (s.columns[I].set(i, s.size,
                          std::tuple_element_t<I, Fields>::encode(
                              e.*std::tuple_element_t<I, Fields>::member, i + s.idBase)),
         ...);
    }
    template<size_t... I>
    static constexpr std::array<bool, kFields> fromIndex(std::index_sequence<I...>)
    {
        return { std::tuple_element_t<I, Fields>::fromIndex... };
    }
    static void add(Storage &s, const Event &e, qint64 storedId)
    {
        store(s, e, std::make_index_sequence<kFields>{});
        s.ids.append(s.size, storedId);
        if (s.size == 0)
            s.previewUsual = e.preview.size();
        addCallPreview(s, e.preview);
        s.appendPreviewEnd(s.size, s.previewBytes);
        ++s.size;
    }
    // One call's preview: all kPreviewBytes of its array are copied into room kept beyond the
    // arena's end, and the end moves by its size. A fixed-size copy is a few vector moves; a
    // memcpy of a size known only to be small (a loop of chunks, too) is compiled into
    // `rep movs`, which costs ~30 ns on the 2-core VM, half of an append.
    static void addCallPreview(Storage &s, const Preview &preview)
    {
        const qint64 end = s.previewBytes + preview.size();
        if (s.previewBytes + kPreviewBytes > s.previews.size())
            s.previews.resize(s.previewBytes + kPreviewBytes);
        std::memcpy(s.previews.data() + s.previewBytes, preview.constData(), kPreviewBytes);
        s.previewBytes = end;
    }
    static void addPreview(Storage &s, QByteArrayView bytes)
    {
        const qint64 end = s.previewBytes + bytes.size();
        if (end > s.previews.size())
            s.previews.resize(end);
        if (!bytes.isEmpty())
            std::memcpy(s.previews.data() + s.previewBytes, bytes.data(), size_t(bytes.size()));
        s.previewBytes = end;
    }

    QSharedDataPointer<Storage> d;
};

template<typename Event> void EventList<Event>::append(const EventList &other)
{
    if (d->size == 0) {
        d = other.d;
        return;
    }
    if (&other == this) {
        // The writes below detach from it.
        // NOLINTNEXTLINE(performance-unnecessary-copy-initialization)
        const EventList copy = other;
        append(copy);
        return;
    }
    const Storage &o = *other.d;
    Storage &s = *d;
    // Ids and fields stored from the index: other's element j lands at index size + j, so
    // their stored values move by shift (0 for the batches of a recording, which continue
    // the list they are appended to).
    const qint64 shift = o.idBase - s.size - s.idBase;
    constexpr std::array<bool, kFields> relative = fromIndex(std::make_index_sequence<kFields>{});
    for (size_t c = 0; c < kFields; ++c)
        s.columns[c].appendColumn(s.size, o.columns[c], o.size, relative[c] ? shift : 0);
    s.ids.appendColumn(s.size, o.ids, o.size, shift);
    // Where other's previews end, moved by the bytes before them: with the same usual length
    // the stored values move by one constant (0 for a recording's batches of equal messages).
    const qint64 base = s.previewBytes;
    if (o.previewUsual == s.previewUsual) {
        s.previewEnds.appendColumn(s.size, o.previewEnds, o.size, base - s.size * s.previewUsual);
    } else {
        for (qsizetype j = 0; j < o.size; ++j)
            s.appendPreviewEnd(s.size + j, base + o.previewEnd(j));
    }
    addPreview(s, QByteArrayView(o.previews.data(), qsizetype(o.previewBytes)));
    s.size += o.size;
}

template<typename Event> void EventList<Event>::set(qsizetype i, const Event &e)
{
    Q_ASSERT(i >= 0 && i < d->size);
    Storage &s = *d;
    storeAt(s, i, e, std::make_index_sequence<kFields>{});
    s.ids.set(i, s.size, qint64(e.id) - i - s.idBase);
    const qint64 begin = s.previewEnd(i - 1);
    const qint64 oldSize = s.previewEnd(i) - begin;
    if (const qint64 delta = e.preview.size() - oldSize; delta == 0) {
        std::copy(e.preview.begin(), e.preview.end(), s.previews.data() + begin);
    } else {
        // A preview of another length (hand-made traces only): the arena is rebuilt.
        const QByteArray rest(s.previews.data() + begin + oldSize,
                              qsizetype(s.previewBytes - begin - oldSize));
        s.previewBytes = begin;
        addPreview(s, e.preview.view());
        addPreview(s, rest);
        for (qsizetype j = i; j < s.size; ++j)
            s.setPreviewEnd(j, s.previewEnd(j) + delta);
    }
}

template<typename Event> void EventList<Event>::truncate(qsizetype n)
{
    if (n >= d->size)
        return;
    n = std::max<qsizetype>(n, 0);
    Storage &s = *d;
    for (PackedColumn &c : s.columns)
        c.truncate(n);
    s.ids.truncate(n);
    s.previewBytes = s.previewEnd(n - 1);
    s.previews.resize(s.previewBytes);
    s.previews.squeeze();
    s.previewEnds.truncate(n);
    s.size = n;
}

template<typename Event>
EventList<Event> EventList<Event>::slice(qsizetype from, qsizetype to) const
{
    EventList out;
    const Storage &s = *d;
    to = std::min(to, s.size);
    if (from >= to)
        return out;
    Storage &o = *out.d;
    for (size_t c = 0; c < kFields; ++c)
        o.columns[c] = s.columns[c].slice(from, to);
    o.ids = s.ids.slice(from, to);
    o.idBase = s.idBase + from;
    const qint64 begin = s.previewEnd(from - 1);
    o.previewBytes = s.previewEnd(to - 1) - begin;
    o.previewUsual = s.previewUsual;
    o.previews.resize(o.previewBytes);
    if (o.previewBytes > 0)
        std::memcpy(o.previews.data(), s.previews.data() + begin, size_t(o.previewBytes));
    // With the same usual length, the stored ends move by one constant (0 when every preview
    // before `from` has the usual length).
    if (const qint64 endShift = from * s.previewUsual - begin; endShift == 0) {
        o.previewEnds = s.previewEnds.slice(from, to);
    } else {
        for (qsizetype j = 0; j < to - from; ++j)
            o.previewEnds.append(j, s.previewEnds.at(from + j) + endShift);
    }
    o.size = to - from;
    return out;
}

} // namespace sockscope
