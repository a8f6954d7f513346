#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <algorithm>
#include <array>
#include <cstring>

namespace sockscope {

inline constexpr int kPreviewBytes = 64;

// The first bytes of a call's data (at most kPreviewBytes), held inline: an event handed to the
// recorder or read back from an EventList carries its preview without a heap block of its own,
// which was one allocation per recorded call. Only shown, never interpreted (escaped by
// WireFormat::previewText wherever it is displayed).
class Preview
{
public:
    Preview() = default;
    // Keeps the first kPreviewBytes of bytes. Implicit: a preview is made from the bytes it shows.
    Preview(QByteArrayView bytes) { assign(bytes); } // NOLINT(google-explicit-constructor)
    Preview(const QByteArray &bytes) { assign(bytes); } // NOLINT(google-explicit-constructor)
    Preview(const char *data, qsizetype size) { assign(QByteArrayView(data, size)); }
    Preview(const char *text)
    {
        assign(QByteArrayView(text));
    } // NOLINT(google-explicit-constructor)
    // A fixed 64-byte copy, which the compiler does in a few vector moves. Left implicit, the
    // copy of a whole event (SendEvent, RecvEvent) became one `rep movs`, which on the 2-core VM
    // cost more than the rest of recording a call (ns_per_event_append).
    Preview(const Preview &other) noexcept : m_size(other.m_size) { copyBytes(other); }
    Preview &operator=(const Preview &other) noexcept
    {
        copyBytes(other);
        m_size = other.m_size;
        return *this;
    }

    // The first size bytes of room (size at most kPreviewBytes), copied as the whole array: a
    // copy of a size known only to be small is compiled into `rep movs`, which is slow on VMs.
    static Preview fromRoom(const std::array<char, kPreviewBytes> &room, qsizetype size)
    {
        Preview p;
        std::memcpy(p.m_bytes.data(), room.data(), kPreviewBytes);
        p.m_size = quint8(std::min<qsizetype>(size, kPreviewBytes));
        return p;
    }

    qsizetype size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    const char *constData() const { return m_bytes.data(); }
    const char *begin() const { return m_bytes.data(); }
    const char *end() const { return m_bytes.data() + m_size; }

    QByteArrayView view() const { return { m_bytes.data(), qsizetype(m_size) }; }
    operator QByteArrayView() const { return view(); } // NOLINT(google-explicit-constructor)
    QByteArray toByteArray() const { return view().toByteArray(); }

    friend bool operator==(const Preview &a, const Preview &b) { return a.view() == b.view(); }
    friend bool operator==(const Preview &a, const QByteArray &b) { return a.view() == b; }
    friend bool operator==(const Preview &a, const char *b)
    {
        return a.view() == QByteArrayView(b);
    }

private:
    void assign(QByteArrayView bytes)
    {
        m_size = quint8(std::min<qsizetype>(bytes.size(), kPreviewBytes));
        std::copy_n(bytes.data(), m_size, m_bytes.data());
    }
    void copyBytes(const Preview &other)
    {
        // All of the array, the unused bytes too (they are never read as values).
        std::memcpy(m_bytes.data(), other.m_bytes.data(), kPreviewBytes);
    }

    // Only the first m_size bytes are ever read: left uninitialised, a default preview (every
    // MessageFate of a million-message run starts with one) writes one byte, not 65.
    std::array<char, kPreviewBytes> m_bytes; // NOLINT(cppcoreguidelines-pro-type-member-init)
    quint8 m_size = 0;
};

// QCOMPARE's text for a preview that differs.
char *toString(const Preview &preview);

} // namespace sockscope
