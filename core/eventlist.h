#pragma once

#include "eventfields.h"
#include "packedcolumn.h"

#include <QByteArray>

#include <array>
#include <iterator>
#include <utility>

namespace sockscope {

// A run's sends or recvs, stored column by column (a PackedColumn per field, the previews in one
// byte arena) rather than as a list of structs: a million 10-byte messages cost tens of bytes
// per call instead of the 96–120 B structs plus a heap block per preview, appending touches a
// few narrow arrays, and a pass over one field (the analysis, the timeline's level of detail)
// reads only that field. Events go in and come out as plain values (SendEvent, RecvEvent);
// get<&RecvEvent::bytes>(i) reads one field without the others.
//
// Copies share their storage until one of them is written to (QByteArray's implicit sharing),
// as a QList would: the GUI keeps a copy of a trace for the price of a few reference counts.
// An event's id is stored as its distance from its index, 0 when ids count 0, 1, 2, …
template<typename Event>
class EventList
{
    using Fields = typename EventFields<Event>::Columns;
    static constexpr size_t kFields = std::tuple_size_v<Fields>;

    template<auto A, auto B>
    static constexpr bool same()
    {
        if constexpr (std::is_same_v<decltype(A), decltype(B)>)
            return A == B;
        else
            return false;
    }
    template<auto Member, size_t I = 0>
    static constexpr size_t columnOf()
    {
        static_assert(I < kFields, "not a stored field of this event");
        if constexpr (same<std::tuple_element_t<I, Fields>::member, Member>())
            return I;
        else
            return columnOf<Member, I + 1>();
    }
    template<auto Member>
    using FieldType = std::remove_cvref_t<decltype(std::declval<Event>().*Member)>;

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
        Arrow operator->() const { return {m_list->at(m_i)}; }
        Event operator[](qsizetype n) const { return m_list->at(m_i + n); }
        const_iterator &operator++() { ++m_i; return *this; }
        const_iterator operator++(int) { auto old = *this; ++m_i; return old; }
        const_iterator &operator--() { --m_i; return *this; }
        const_iterator operator--(int) { auto old = *this; --m_i; return old; }
        const_iterator &operator+=(qsizetype n) { m_i += n; return *this; }
        const_iterator &operator-=(qsizetype n) { m_i -= n; return *this; }
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

    EventList() = default;
    EventList(std::initializer_list<Event> events)
    {
        for (const Event &e : events)
            append(e);
    }

    qsizetype size() const { return m_size; }
    qsizetype count() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    Event at(qsizetype i) const
    {
        Q_ASSERT(i >= 0 && i < m_size);
        Event e;
        load(i, e, std::make_index_sequence<kFields>{});
        e.id = int(m_ids.at(i) + i + m_idBase);
        e.preview = Preview(preview(i));
        return e;
    }
    Event operator[](qsizetype i) const { return at(i); }
    // Event i, or a default event when i is out of range.
    Event value(qsizetype i) const { return i >= 0 && i < m_size ? at(i) : Event(); }
    Event first() const { return at(0); }
    // The first n events, as a list of their own.
    EventList first(qsizetype n) const { return slice(0, n); }
    Event last() const { return at(m_size - 1); }
    Event constFirst() const { return at(0); }
    Event constLast() const { return at(m_size - 1); }

    // One field of event i, without materialising the others.
    template<auto Member>
    FieldType<Member> get(qsizetype i) const
    {
        constexpr size_t c = columnOf<Member>();
        using Field = std::tuple_element_t<c, Fields>;
        return Field::template decode<FieldType<Member>>(m_columns[c].at(i));
    }
    int id(qsizetype i) const { return int(m_ids.at(i) + i + m_idBase); }
    QByteArrayView preview(qsizetype i) const
    {
        const qint64 begin = i == 0 ? 0 : m_previewEnds.at(i - 1);
        return {m_previews.constData() + begin, qsizetype(m_previewEnds.at(i) - begin)};
    }

    const_iterator begin() const { return {this, 0}; }
    const_iterator end() const { return {this, m_size}; }
    const_iterator cbegin() const { return begin(); }
    const_iterator cend() const { return end(); }

    void append(const Event &e) { append(e, qint64(e.id) - m_size - m_idBase); }
    // Appends e with its index as its id, whatever e.id says (the recorders number their calls).
    void appendNumbered(const Event &e) { append(e, -m_idBase); }
    EventList &operator<<(const Event &e)
    {
        append(e);
        return *this;
    }
    // Appends other's events (a batch handed over from a recording thread).
    void append(const EventList &other);

    void set(qsizetype i, const Event &e);
    Editor edit(qsizetype i) { return Editor(*this, i); }
    Editor editLast() { return Editor(*this, m_size - 1); }

    void reserve(qsizetype n)
    {
        for (PackedColumn &c : m_columns)
            c.reserve(n);
        m_ids.reserve(n);
        m_previewEnds.reserve(n);
    }
    // Keeps the first n events.
    void truncate(qsizetype n);
    void removeLast() { truncate(m_size - 1); }
    void clear() { *this = EventList(); }
    // Events [from, to) as a list of their own, sharing no storage with this one.
    EventList slice(qsizetype from, qsizetype to) const;

    // Heap bytes held, reserved room included.
    qsizetype capacityBytes() const
    {
        qsizetype bytes = m_ids.capacityBytes() + m_previewEnds.capacityBytes()
            + m_previews.capacity();
        for (const PackedColumn &c : m_columns)
            bytes += c.capacityBytes();
        return bytes;
    }
    // Where the events live: equal for copies that share them (a cache key, never read).
    const void *identity() const
    {
        const void *time = m_columns[columnOf<&Event::tNs>()].identity();
        return time ? time : m_previewEnds.identity();
    }

private:
    void append(const Event &e, qint64 storedId)
    {
        store(e, std::make_index_sequence<kFields>{});
        m_ids.append(m_size, storedId);
        m_previews.append(e.preview.constData(), e.preview.size());
        m_previewEnds.append(m_size, m_previews.size());
        ++m_size;
    }
    template<size_t... I>
    void load(qsizetype i, Event &e, std::index_sequence<I...>) const
    {
        ((e.*std::tuple_element_t<I, Fields>::member
          = std::tuple_element_t<I, Fields>::template decode<
              FieldType<std::tuple_element_t<I, Fields>::member>>(m_columns[I].at(i))),
         ...);
    }
    template<size_t... I>
    void store(const Event &e, std::index_sequence<I...>)
    {
        (m_columns[I].append(m_size, std::tuple_element_t<I, Fields>::encode(
                                         e.*std::tuple_element_t<I, Fields>::member)),
         ...);
    }
    template<size_t... I>
    void storeAt(qsizetype i, const Event &e, std::index_sequence<I...>)
    {
        (m_columns[I].set(i, m_size, std::tuple_element_t<I, Fields>::encode(
                                         e.*std::tuple_element_t<I, Fields>::member)),
         ...);
    }

    std::array<PackedColumn, kFields> m_columns;
    PackedColumn m_ids;         // id - index - m_idBase
    PackedColumn m_previewEnds; // where each event's preview ends in m_previews
    QByteArray m_previews;
    qsizetype m_size = 0;
    qint64 m_idBase = 0;        // a slice's ids continue its source's
};

template<typename Event>
void EventList<Event>::append(const EventList &other)
{
    if (m_size == 0) {
        *this = other;
        return;
    }
    for (size_t c = 0; c < kFields; ++c)
        m_columns[c].appendColumn(m_size, other.m_columns[c], other.m_size);
    // Ids: other's element j keeps its id at index m_size + j.
    const qint64 shift = other.m_idBase - m_size - m_idBase;
    if (shift == 0) {
        m_ids.appendColumn(m_size, other.m_ids, other.m_size);
    } else {
        for (qsizetype j = 0; j < other.m_size; ++j)
            m_ids.append(m_size + j, other.m_ids.at(j) + shift);
    }
    const qint64 base = m_previews.size();
    for (qsizetype j = 0; j < other.m_size; ++j)
        m_previewEnds.append(m_size + j, base + other.m_previewEnds.at(j));
    m_previews.append(other.m_previews);
    m_size += other.m_size;
}

template<typename Event>
void EventList<Event>::set(qsizetype i, const Event &e)
{
    Q_ASSERT(i >= 0 && i < m_size);
    storeAt(i, e, std::make_index_sequence<kFields>{});
    m_ids.set(i, m_size, qint64(e.id) - i - m_idBase);
    const qint64 begin = i == 0 ? 0 : m_previewEnds.at(i - 1);
    const qint64 oldSize = m_previewEnds.at(i) - begin;
    m_previews.replace(begin, oldSize, e.preview.constData(), e.preview.size());
    if (const qint64 delta = e.preview.size() - oldSize; delta != 0) {
        for (qsizetype j = i; j < m_size; ++j)
            m_previewEnds.set(j, m_size, m_previewEnds.at(j) + delta);
    }
}

template<typename Event>
void EventList<Event>::truncate(qsizetype n)
{
    if (n >= m_size)
        return;
    n = std::max<qsizetype>(n, 0);
    for (PackedColumn &c : m_columns)
        c.truncate(n);
    m_ids.truncate(n);
    m_previews.truncate(n == 0 ? 0 : m_previewEnds.at(n - 1));
    m_previewEnds.truncate(n);
    m_size = n;
}

template<typename Event>
EventList<Event> EventList<Event>::slice(qsizetype from, qsizetype to) const
{
    EventList out;
    to = std::min(to, m_size);
    if (from >= to)
        return out;
    for (size_t c = 0; c < kFields; ++c)
        out.m_columns[c] = m_columns[c].slice(from, to);
    out.m_ids = m_ids.slice(from, to);
    out.m_idBase = m_idBase + from;
    const qint64 begin = from == 0 ? 0 : m_previewEnds.at(from - 1);
    out.m_previews = QByteArray(m_previews.constData() + begin, m_previewEnds.at(to - 1) - begin);
    for (qsizetype j = 0; j < to - from; ++j)
        out.m_previewEnds.append(j, m_previewEnds.at(from + j) - begin);
    out.m_size = to - from;
    return out;
}

} // namespace sockscope
