#include "capture/datagrammatcher.h"

#include <algorithm>

namespace sockscope {

namespace {

// What a recv() took from the queue, and the captured datagram the counter points at.
struct Read
{
    int recv = -1;
    qsizetype datagram = -1;
    bool agrees = false;
};

bool agree(const Run &run, const RecvEvent &r, const DatagramMatcher::Datagram &d)
{
    if (d.length != r.datagramSize.value_or(r.bytes))
        return false;
    const qsizetype n = std::min<qsizetype>(r.preview.size(), d.payload.size());
    if (r.preview.view().first(n) != d.payload.first(n))
        return false;
    // The sender, as Run::peers names it ("127.0.0.1:40312").
    const QString source = QStringLiteral("%1.%2.%3.%4:%5")
                               .arg(d.address >> 24)
                               .arg((d.address >> 16) & 0xff)
                               .arg((d.address >> 8) & 0xff)
                               .arg(d.address & 0xff)
                               .arg(d.port);
    if (r.peer >= 0 && r.peer < run.peers.size() && run.peers.at(r.peer) != source)
        return false;
    // A lesson's datagram carries the message of its send; the recv() says which it read.
    const Segment &g = run.segments.at(d.segment);
    return run.sends.isEmpty() || g.message == r.seq;
}

} // namespace

void DatagramMatcher::match(Run &run, const QList<Datagram> &datagrams)
{
    const bool observed = run.sends.isEmpty();
    QList<Read> reads;
    qsizetype taken = 0; // datagrams read so far
    qsizetype last = -1; // the datagram the previous read took
    qint64 counter = 0; // the drop counter with the last read
    for (int i = 0; i < run.recvs.size(); ++i) {
        const RecvEvent r = run.recvs.at(i);
        if (r.error != 0 || !r.datagramSize || r.peek)
            continue; // took nothing from the queue
        // A lesson counts its own sender's datagrams only; another program's datagram in the
        // queue breaks "the k-th read is datagram k + drops".
        if (!observed && r.seq < 0)
            return;
        Read read;
        read.recv = i;
        read.datagram = taken + qsizetype(r.drops);
        read.agrees = r.drops >= counter && read.datagram > last && read.datagram < datagrams.size()
            && agree(run, r, datagrams.at(read.datagram));
        reads.append(read);
        ++taken;
        last = std::max(last, read.datagram);
        counter = std::max(counter, r.drops);
    }
    for (const Read &read : std::as_const(reads)) {
        if (read.agrees && observed)
            run.segments[datagrams.at(read.datagram).segment].recv = read.recv;
    }
    const auto drop = [&](qsizetype from, qsizetype to) {
        for (qsizetype j = from; j < to && j < datagrams.size(); ++j)
            run.segments[datagrams.at(j).segment].dropped = true;
    };
    // Between two reads that agree, every datagram is one the counter rose by.
    qsizetype next = 0; // the first datagram after the previous read
    bool known = true; // the previous read agreed (the start of the capture does)
    for (const Read &read : std::as_const(reads)) {
        if (known && read.agrees)
            drop(next, read.datagram);
        known = read.agrees;
        next = read.datagram + 1;
    }
    // After the last read: dropped only if the counter at the end accounts for each of them.
    if (!known || run.unrecorded || !run.kernelDrops || run.aborted)
        return;
    const qsizetype after = datagrams.size() - next;
    if (after > 0 && *run.kernelDrops - counter == after)
        drop(next, datagrams.size());
}

} // namespace sockscope
