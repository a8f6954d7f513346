// Every output is all or nothing: a full disk or a file size limit (RLIMIT_FSIZE, SIGXFSZ
// ignored, as Qt's own QSaveFile test does) leaves the previous file exactly as it was and says
// so; devices and FIFOs are written to, never replaced by a regular file.

#include "util/outputfile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <thread>

using namespace sockscope;

namespace {

constexpr rlim_t kLimit = 4096;

// RLIMIT_FSIZE for this process while it lives; a write past it fails with EFBIG (the signal it
// would also raise is ignored).
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        std::signal(SIGXFSZ, m_oldHandler);
    }
    FileSizeLimit(const FileSizeLimit &) = delete;
    FileSizeLimit &operator=(const FileSizeLimit &) = delete;
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    void (*m_oldHandler)(int) = nullptr;
    bool m_ok = false;
};

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray("<missing>");
}

} // namespace

class tst_OutputFile : public QObject
{
    Q_OBJECT

private slots:
    void writesTheWholeFile();
    void shortWriteKeepsTheOldFile_data();
    void shortWriteKeepsTheOldFile();
    void deviceIsWrittenNotReplaced();
    void fifoIsWrittenNotReplaced();
    void everyCliOutputIsAllOrNothing_data();
    void everyCliOutputIsAllOrNothing();
};

void tst_OutputFile::writesTheWholeFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.json"));
    QCOMPARE(OutputFile::write(path, "first"), QString());
    QCOMPARE(readAll(path), QByteArray("first"));
    QCOMPARE(OutputFile::write(path, "second"), QString());
    QCOMPARE(readAll(path), QByteArray("second"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // no temporary file left
    const QString error = OutputFile::write(dir.filePath(QStringLiteral("no/such/dir/x")), "x");
    QVERIFY(!error.isEmpty());
}

void tst_OutputFile::shortWriteKeepsTheOldFile_data()
{
    QTest::addColumn<int>("size");
    // Smaller than Qt's write buffer (the write "succeeds" into it and the flush at commit()
    // is cut) and larger (written through at once, cut then).
    QTest::newRow("buffered size") << 8000;
    QTest::newRow("large") << 100'000;
}

void tst_OutputFile::shortWriteKeepsTheOldFile()
{
    QFETCH(int, size);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("trace.json"));
    QCOMPARE(OutputFile::write(path, "the previous recording"), QString());
    QString error;
    {
        FileSizeLimit limit(kLimit);
        QVERIFY(limit.ok());
        error = OutputFile::write(path, QByteArray(size, 'x'));
    }
    QVERIFY2(error.contains(QString::number(size)), qPrintable(error));
    QCOMPARE(readAll(path), QByteArray("the previous recording"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

void tst_OutputFile::deviceIsWrittenNotReplaced()
{
    QVERIFY(OutputFile::isStream(QStringLiteral("/dev/null")));
    QVERIFY(OutputFile::isStream(QStringLiteral("-")));
    QCOMPARE(OutputFile::write(QStringLiteral("/dev/null"), QByteArray(100'000, 'x')), QString());
    struct stat st
    {
    };
    QCOMPARE(::stat("/dev/null", &st), 0);
    QVERIFY(S_ISCHR(st.st_mode)); // still the device (as root, a rename would have replaced it)
}

void tst_OutputFile::fifoIsWrittenNotReplaced()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);
    QVERIFY(OutputFile::isStream(path));
    const QByteArray bytes(200'000, 'y'); // more than a pipe holds: the reader must be there
    QByteArray got;
    std::thread reader([&] {
        QFile f(path);
        if (f.open(QIODevice::ReadOnly))
            got = f.readAll();
    });
    const QString error = OutputFile::write(path, bytes);
    reader.join();
    QCOMPARE(error, QString());
    QCOMPARE(got.size(), bytes.size());
    struct stat st
    {
    };
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &st), 0);
    QVERIFY(S_ISFIFO(st.st_mode));
}

void tst_OutputFile::everyCliOutputIsAllOrNothing_data()
{
    QTest::addColumn<QString>("option");
    for (const char *option :
         { "--json", "--csv", "--chrome-trace", "--pcap", "--png", "--svg", "--pdf" })
        QTest::newRow(option) << QString::fromLatin1(option);
}

// The CLI under the same limit: exit code 2, one line naming the file, the old file intact.
void tst_OutputFile::everyCliOutputIsAllOrNothing()
{
    QFETCH(QString, option);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out") + option.mid(2));
    QCOMPARE(OutputFile::write(path, "old"), QString());
    QProcess p;
    p.setChildProcessModifier([] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = kLimit;
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    // tcp-nagle simulated: every output is far larger than the limit, and it has a wire (pcap).
    p.start(QStringLiteral(SOCKSCOPE_BINARY),
            { QStringLiteral("run"), QStringLiteral("--lesson"), QStringLiteral("tcp-nagle"),
              QStringLiteral("--mode"), QStringLiteral("sim"), QStringLiteral("--quiet"), option,
              path });
    QVERIFY(p.waitForFinished(120'000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), 2);
    QVERIFY2(err.contains(path) && err.contains(QLatin1String("4096")), qPrintable(err));
    QCOMPARE(readAll(path), QByteArray("old"));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 1);
}

QTEST_GUILESS_MAIN(tst_OutputFile)
#include "tst_outputfile.moc"
