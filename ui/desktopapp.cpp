#include "desktopapp.h"

#include "firstpaintwatcher.h"
#include "mainwindow.h"
#include "network/environmentproxyfactory.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>

using namespace Qt::StringLiterals;

namespace gd::ui {

int runDesktop(QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "gd::ui", "Tells you in seconds why your Gemini API calls fail and how to fix it."));
    const QCommandLineOption exitAfterFirstPaint(
        u"exit-after-first-paint"_s,
        QApplication::translate("gd::ui", "Exit 0 once the main window has painted."));
    parser.addOption(exitAfterFirstPaint);
    if (!parser.parse(app.arguments())) {
        qCritical("%s", qPrintable(parser.errorText()));
        return 2;
    }

    QNetworkAccessManager network;
    useEnvironmentProxies(network);
    MainWindow window(&network);
    if (parser.isSet(exitAfterFirstPaint))
        new FirstPaintWatcher(&window);
    window.show();
    return app.exec();
}

} // namespace gd::ui
