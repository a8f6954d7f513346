#include "commandline.h"
#include "lessoncatalogue.h"
#include "mainwindow.h"

#include <QApplication>
#include <QGuiApplication>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("SockScope"));
    QCoreApplication::setApplicationName(QStringLiteral("sockscope"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SOCKSCOPE_VERSION));
}

// Our own texts and Qt's (standard dialogs), in the system language.
void installTranslators(QCoreApplication &app)
{
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), QStringLiteral("sockscope"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace

int main(int argc, char *argv[])
{
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
        installTranslators(*app);
        return sockscope::CommandLine(arguments).exec();
    }

    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/sockscope.svg")));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.sockscope.SockScope"));
    installTranslators(app);
    sockscope::MainWindow window;
    window.openLesson(sockscope::LessonCatalogue::defaultLesson());
    window.show();

    return QApplication::exec();
}
