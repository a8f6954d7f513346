#pragma once

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <optional>

namespace sockscope {

// The bytes of a trace file as simdjson wants them: readable for padding() bytes past the end.
// A regular file is memory-mapped, not copied: an anonymous zero-filled region one padding
// longer is reserved and the file mapped over its start, so the padding is whole pages of zeros
// after the file's last page (reading a mapping past the file's last page would be SIGBUS).
// The pages are the page cache's: the kernel reads them in as they are touched and may drop them
// again once unmapped. A FIFO or a device is read (at most limit bytes) into a padded buffer.
class PaddedJson
{
public:
    PaddedJson() = default;
    PaddedJson(const PaddedJson &) = delete;
    PaddedJson &operator=(const PaddedJson &) = delete;
    PaddedJson(PaddedJson &&other) noexcept;
    PaddedJson &operator=(PaddedJson &&other) = delete;
    ~PaddedJson();

    static std::size_t padding();
    // A copy of bytes with the padding (the fuzzer's and the tests' input).
    static PaddedJson copy(QByteArrayView bytes);
    // Sets *error (one sentence, without the path) and returns nullopt when the file cannot be
    // read; a file of more than limit bytes (a pipe or a device: streamLimit) is not an error
    // here: size() says so, and is not read.
    static std::optional<PaddedJson> open(const QString &path, qint64 limit, qint64 streamLimit,
                                          QString *error);

    const char *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    std::size_t capacity() const { return m_capacity; } // size() + at least padding()
    bool mapped() const { return m_mapLength > 0; }
    // Read from a pipe or a device, not a regular file.
    bool streamed() const { return m_streamed; }
    // The kernel may drop the pages of the first `bytes` of a mapping (read, not needed again).
    void release(std::size_t bytes);
    // Maps the pages of [from, to) of a mapped file in one call (MADV_POPULATE_READ), not a
    // fault per 16 pages as they are read; nothing where the kernel cannot.
    void populate(std::size_t from, std::size_t to) const;
    // The next release() starts from the front again (a second pass over the input).
    void rewind() { m_released = 0; }

private:
    const char *m_data = nullptr;
    std::size_t m_size = 0;
    std::size_t m_capacity = 0;
    void *m_map = nullptr;
    std::size_t m_mapLength = 0;
    std::size_t m_released = 0;
    bool m_streamed = false;
    QByteArray m_copy;
};

} // namespace sockscope
