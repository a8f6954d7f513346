#include "cli/commandline.h"
#include "gui/languageswitcher.h"
#include "gui/mainwindow.h"
#include "io/lessonfile.h"
#include "model/lessoncatalogue.h"
#include "util/heappolicy.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>

#include <csignal>
#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockScope"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
}

} // namespace

int main(int argc, char *argv[])
{
    // Sockets send with MSG_NOSIGNAL, but stdout and stderr may be pipes too: a reader that
    // went away (`sockscope observe ... | head -1`) must give EPIPE on a write, not end a
    // recording before its outputs are written.
    std::signal(SIGPIPE, SIG_IGN);
    sockscope::HeapPolicy::apply();
    setIdentity();
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    if (sockscope::CommandLine::wantsCommandLine(arguments)) {
        // Image export needs fonts, hence a QGuiApplication, offscreen so that the CLI runs
        // without a display (CI, ssh); plain runs stay a light QCoreApplication.
        std::unique_ptr<QCoreApplication> app;
        if (sockscope::CommandLine::wantsImages(arguments)) {
            if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
            app = std::make_unique<QGuiApplication>(argc, argv);
        } else {
            app = std::make_unique<QCoreApplication>(argc, argv);
        }
        // The CLI follows LANG; the window's View → Language choice is for the window only.
        // The build asks for the manual page in a given language: --manpage zh_CN.
        sockscope::LanguageSwitcher language;
        language.setLanguage(sockscope::CommandLine::language(arguments));
        return sockscope::CommandLine(arguments).exec();
    }

    // The user's own lessons (README "Lesson files"): a file that does not read is named on
    // standard error and in the window's status bar; the others load.
    const QStringList lessonWarnings
        = sockscope::LessonFile::loadFolder(sockscope::LessonFile::userFolder());
    for (const QString &warning : lessonWarnings)
        sockscope::CommandLine::warn(warning);

    // The window on a lesson of the teacher's choice; a misspelt name is said once, without a
    // window (and so without needing a display).
    const std::optional<QString> lesson = sockscope::CommandLine::windowLesson(arguments);
    if (lesson && !sockscope::LessonCatalogue::find(*lesson)) {
        const QCoreApplication app(argc, argv);
        sockscope::LanguageSwitcher language;
        language.setLanguage(QString());
        return sockscope::CommandLine::unknownWindowLesson(*lesson);
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sockscope.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sockscope.SockScope"));
    sockscope::LanguageSwitcher language;
    language.setLanguage(sockscope::LanguageSwitcher::savedLanguage());
    sockscope::MainWindow window;
    window.openLesson(lesson.value_or(sockscope::LessonCatalogue::defaultLesson()));
    window.showLessonWarnings(lessonWarnings);
    window.show();

    return QApplication::exec();
}
