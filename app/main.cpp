// The only file that knows both faces: the window (gd_ui, in this executable) and the command
// line (app/cli, in the engine module, gemini-doctor-engine.so, loaded only when it is needed).
#include "desktopapp.h"
#include "i18n/translations.h"
#include "session/engineloader.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// The headless face: a command ("check", "explain", or a word that is none, which the command
// line answers with its help), --help or --version. The window takes options only.
bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    if (!arguments.at(1).startsWith(u'-'))
        return true;
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"-h"_s || argument == u"--help"_s || argument == u"-v"_s ||
            argument == u"--version"_s)
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    // libsecret delivers its replies through the GLib main loop; without it keychain jobs hang.
    qunsetenv("QT_NO_GLIB");
    QCoreApplication::setOrganizationName(QStringLiteral("gemini-doctor"));
    QCoreApplication::setApplicationName(QStringLiteral("gemini-doctor"));
    QCoreApplication::setApplicationVersion(QStringLiteral(GD_VERSION));

    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));

    if (isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        gd::installTranslations(arguments);
        QString error;
        const gd::EngineModule *engine = gd::loadEngineModule(&error);
        if (!engine) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            return 3; // contract section 1: internal
        }
        return engine->runCommandLine(app.arguments());
    }

    if (!gd::ui::canOpenWindow(arguments, QProcessEnvironment::systemEnvironment())) {
        QCoreApplication app(argc, argv); // for the translation only
        gd::installTranslations(arguments);
        std::fprintf(stderr, "%s\n", qPrintable(gd::ui::noDisplayMessage()));
        return 2;
    }
    QApplication app(argc, argv);
    gd::installTranslations(arguments);
    QApplication::setApplicationDisplayName(QStringLiteral("Gemini Doctor"));
    return gd::ui::runDesktop(app);
}
