#include "io/paddedjson.h"

#include <QCoreApplication>
#include <QFile>

#include <simdjson.h>

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <utility>

namespace sockscope {

namespace {

std::size_t pageSize()
{
    static const auto size = std::size_t(sysconf(_SC_PAGESIZE));
    return size;
}

QString cannotRead(const QString &why)
{
    return QCoreApplication::translate("sockscope::TraceJsonReader", "cannot read the trace (%1)")
        .arg(why);
}

} // namespace

PaddedJson::PaddedJson(PaddedJson &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0)),
      m_capacity(std::exchange(other.m_capacity, 0)), m_map(std::exchange(other.m_map, nullptr)),
      m_mapLength(std::exchange(other.m_mapLength, 0)),
      m_released(std::exchange(other.m_released, 0)),
      m_streamed(std::exchange(other.m_streamed, false)), m_copy(std::move(other.m_copy))
{ }

PaddedJson::~PaddedJson()
{
    if (m_mapLength > 0)
        munmap(m_map, m_mapLength);
}

std::size_t PaddedJson::padding()
{
    return simdjson::SIMDJSON_PADDING;
}

PaddedJson PaddedJson::copy(QByteArrayView bytes)
{
    PaddedJson out;
    out.m_copy = QByteArray(bytes.size() + qsizetype(padding()), '\0');
    std::copy_n(bytes.data(), bytes.size(), out.m_copy.data());
    out.m_data = out.m_copy.constData();
    out.m_size = std::size_t(bytes.size());
    out.m_capacity = out.m_size + padding();
    return out;
}

std::optional<PaddedJson> PaddedJson::open(const QString &path, qint64 limit, qint64 streamLimit,
                                           QString *error)
{
    QFile file(path);
    // Unbuffered: a FIFO's bytes go straight into the one block they are parsed from.
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        *error = QCoreApplication::translate("sockscope::TraceJsonReader",
                                             "cannot open the trace (%1)")
                     .arg(file.errorString());
        return std::nullopt;
    }
    PaddedJson out;
    if (!file.isSequential()) {
        out.m_size = std::size_t(file.size());
        if (file.size() > limit || out.m_size == 0) {
            out.m_copy = QByteArray(qsizetype(padding()), '\0');
            out.m_data = out.m_copy.constData();
            out.m_capacity = padding();
            return out;
        }
        const std::size_t fileLength = (out.m_size + pageSize() - 1) / pageSize() * pageSize();
        const std::size_t length
            = fileLength + (padding() + pageSize() - 1) / pageSize() * pageSize();
        void *region = mmap(nullptr, length, PROT_READ, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (region == MAP_FAILED) {
            *error = cannotRead(QString::fromLocal8Bit(strerror(errno)));
            return std::nullopt;
        }
        // MAP_POPULATE: the pages of the page cache are mapped in one go, not fault by fault.
        // Not for a large file, which is read a chunk at a time (TraceJsonSplit): all of it
        // mapped at once would count the whole file in the process's memory.
        constexpr std::size_t kPopulateBelow = std::size_t(32) << 20;
        const int populate = out.m_size < kPopulateBelow ? MAP_POPULATE : 0;
        void *mapped = mmap(region, fileLength, PROT_READ, MAP_PRIVATE | MAP_FIXED | populate,
                            file.handle(), 0);
        if (mapped == MAP_FAILED) {
            *error = cannotRead(QString::fromLocal8Bit(strerror(errno)));
            munmap(region, length);
            return std::nullopt;
        }
        // Read front to back, once: the kernel reads ahead further and drops what was read first.
        madvise(region, fileLength, MADV_SEQUENTIAL);
        out.m_map = region;
        out.m_mapLength = length;
        out.m_data = static_cast<const char *>(region);
        out.m_capacity = length;
        return out;
    }
    // A FIFO, a device such as /dev/zero or a file that keeps growing stops at limit + 1 bytes
    // instead of filling the memory.
    out.m_streamed = true;
    constexpr qint64 kChunk = qint64(1) << 20;
    const qint64 most = streamLimit + 1;
    QByteArray &data = out.m_copy;
    qint64 used = 0;
    for (;;) {
        if (used == data.size()) {
            if (used >= most)
                break;
            data.resize(qsizetype(std::min(std::max(2 * used, kChunk), most)));
        }
        const qint64 n = file.read(data.data() + used, data.size() - used);
        if (n < 0) {
            *error = cannotRead(file.errorString());
            return std::nullopt;
        }
        if (n == 0)
            break;
        used += n;
    }
    data.resize(qsizetype(used + qint64(padding())));
    std::fill_n(data.data() + used, padding(), '\0');
    out.m_data = data.constData();
    out.m_size = std::size_t(used);
    out.m_capacity = std::size_t(data.size());
    return out;
}

void PaddedJson::populate(std::size_t from, std::size_t to) const
{
#ifdef MADV_POPULATE_READ
    if (m_mapLength == 0 || to <= from)
        return;
    const std::size_t begin = from / pageSize() * pageSize();
    madvise(static_cast<char *>(m_map) + begin, std::min(to, m_mapLength) - begin,
            MADV_POPULATE_READ);
#else
    Q_UNUSED(from);
    Q_UNUSED(to);
#endif
}

void PaddedJson::release(std::size_t bytes)
{
    if (m_mapLength == 0)
        return;
    const std::size_t end = bytes / pageSize() * pageSize();
    if (end <= m_released)
        return;
    madvise(static_cast<char *>(m_map) + m_released, end - m_released, MADV_DONTNEED);
    m_released = end;
}

} // namespace sockscope
