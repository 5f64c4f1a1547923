// The only file that knows both the core (gd_core) and the widgets (gd_ui): it picks the face.
#include "cli/cli.h"
#include "desktopapp.h"
#include "i18n/translations.h"

#include <QApplication>
#include <QCoreApplication>

#include <cstdio>

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

    if (gd::cli::isHeadless(arguments)) {
        QCoreApplication app(argc, argv);
        gd::installTranslations(arguments);
        return gd::cli::run(app.arguments());
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
