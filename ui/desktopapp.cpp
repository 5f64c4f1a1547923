#include "desktopapp.h"

#include "appsettings.h"
#include "firstpaintwatcher.h"
#include "mainwindow.h"
#include "scenarios/scenario.h"
#include "session/engine.h"
#include "session/engineloader.h"
#include "theme.h"

#include <QApplication>
#include <QMessageBox>

#include <cstdio>
#include <optional>

using namespace Qt::StringLiterals;

namespace gd::ui {
namespace {

struct DesktopOptions
{
    bool exitAfterFirstPaint = false;
    std::optional<QString> rehearsal; // --simulate [SCENARIO]
    QString error;
};

// QCommandLineParser has no optional option values, and --simulate takes one.
DesktopOptions parseOptions(const QStringList &arguments)
{
    DesktopOptions options;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--exit-after-first-paint"_s) {
            options.exitAfterFirstPaint = true;
        } else if (argument == u"--simulate"_s) {
            const bool hasValue = i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u'-');
            options.rehearsal = hasValue ? arguments.at(++i) : u"ok"_s;
        } else if (argument.startsWith(u"--simulate="_s)) {
            options.rehearsal = argument.mid(11);
        } else if (!argument.startsWith(u"-platform"_s) && !argument.startsWith(u"-style"_s)) {
            options.error =
                QApplication::translate("gd::ui", "Unknown option “%1”; see --help.").arg(argument);
        }
    }
    if (options.rehearsal && !findScenario(*options.rehearsal)) {
        QStringList names;
        for (const Scenario &scenario : allScenarios())
            names.append(scenario.name());
        options.error =
            QApplication::translate("gd::ui", "Unknown scenario “%1”. The scenarios are: %2")
                .arg(*options.rehearsal, names.join(u", "_s));
    }
    return options;
}

} // namespace

bool canOpenWindow(const QStringList &arguments, const QProcessEnvironment &environment)
{
    for (const QString &argument : arguments) {
        if (argument == u"-platform"_s || argument.startsWith(u"-platform="_s))
            return true; // the person chose: Qt will say if it cannot
    }
    for (const char *variable : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        if (!environment.value(QString::fromLatin1(variable)).isEmpty())
            return true;
    }
    return false;
}

QString noDisplayMessage()
{
    return QCoreApplication::translate(
        "gd::ui",
        "Gemini Doctor's window needs a desktop session, and this one has no display (neither "
        "DISPLAY nor WAYLAND_DISPLAY is set): use the commands instead (gemini-doctor check, "
        "explain, inspect, key, simulate, watch; see gemini-doctor --help), or start the window "
        "under xvfb-run.");
}

void withoutPluginFolders(const std::function<void()> &build)
{
    // The style may be a plugin (some desktops name one); the platform's plugins (its theme, input
    // methods) are loaded with the application already.
    QApplication::style();
    const QStringList folders = QCoreApplication::libraryPaths();
    QCoreApplication::setLibraryPaths({});
    build();
    // Qt looks again in the folders it had not searched yet (QFactoryLoader::refreshAll).
    QCoreApplication::setLibraryPaths(folders);
}

int runDesktop(QApplication &app)
{
    const DesktopOptions options = parseOptions(app.arguments());
    if (!options.error.isEmpty()) {
        std::fprintf(stderr, "%s\n", qPrintable(options.error));
        return 2;
    }
    const AppSettings settings = AppSettings::load();
    if (settings.theme != u"system"_s)
        applyTheme(settings.theme);

    // QMenuBar's constructor reads the PNG icon of its overflow button, and QImageReader asks every
    // image-format plugin (gif, ico, jpeg with libjpeg) whether it reads PNG before it uses Qt's
    // own reader: four libraries loaded before the first frame (2.4 M instructions), for a button
    // that shows only when the menus overflow. The window is built without plugin folders; they
    // are back before show(), for the window icon and everything after.
    std::optional<MainWindow> window;
    withoutPluginFolders([&window] { window.emplace(DesktopServices()); });
    window->show();
    // Everything before the first frame is the same with --exit-after-first-paint, which ends
    // there. After it: the engine (the module with Qt Network, HttpServer, WebSockets and
    // QtKeychain: the window is drawn before they load), the keychain, which may take its time
    // (or ask for a password), and the icon, whose loading makes Qt load every image plugin
    // (5 ms under X11).
    new FirstPaintWatcher(&*window, [&window, options] {
        if (options.exitAfterFirstPaint) {
            QCoreApplication::exit(0);
            return;
        }
        QString error;
        const EngineModule *engine = loadEngineModule(&error);
        if (!engine) {
            QMessageBox::critical(&*window, QApplication::applicationDisplayName(), error);
            QCoreApplication::exit(3);
            return;
        }
        window->attachEngine(std::shared_ptr<Engine>(engine->newDesktopEngine()));
        QApplication::setWindowIcon(QIcon(u":/gemini-doctor/icons/gemini-doctor-256.png"_s));
        window->completeAfterFirstPaint();
        if (options.rehearsal)
            window->startRehearsal(*options.rehearsal);
        else
            window->loadKey();
    });
    return app.exec();
}

} // namespace gd::ui
