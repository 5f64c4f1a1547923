#include "cli.h"

#include "diagnosis/modelknowledge.h"

#include "commands.h"
#include "output.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd::cli {

class CliText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli)
};

namespace {

const QStringList kSubcommands = {u"check"_s, u"explain"_s,  u"inspect"_s,
                                  u"key"_s,   u"simulate"_s, u"watch"_s};

QString topLevelHelp()
{
    return CliText::tr(
        "Usage: gemini-doctor [OPTIONS]\n"
        "       gemini-doctor <command> [OPTIONS]\n"
        "\n"
        "Tells you in seconds why your Gemini API calls fail and how to fix it.\n"
        "Without a command, the desktop app opens.\n"
        "\n"
        "Commands (headless, no display needed):\n"
        "  check      Run the connectivity test against the Gemini API\n"
        "  explain    Diagnose an error body or log text you already have\n"
        "  inspect    Find what the API will refuse in a request, before it is sent\n"
        "  key        Store, inspect or delete the API key in the OS keychain\n"
        "  simulate   Serve a Gemini-compatible simulator on 127.0.0.1\n"
        "  watch      Run the test every few minutes; Prometheus metrics with --listen\n"
        "\n"
        "Desktop options:\n"
        "  --simulate [SCENARIO]     Open the app in rehearsal mode against the simulator\n"
        "  --exit-after-first-paint  Exit 0 once the main window has painted (benchmarks)\n"
        "  -h, --help                Show this help; COMMAND --help shows a command's help\n"
        "  -v, --version             Show the version\n");
}

} // namespace

void addHelp(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption({u"h"_s, u"help"_s}, CliText::tr("Show this help.")));
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QStringList &arguments,
                               const QString &command)
{
    if (!parser.parse(arguments)) {
        printErr(parser.errorText() + u'\n');
        return ExitUsage;
    }
    if (parser.isSet(u"help"_s)) {
        // Qt names the program by the path it was started with ("./build/app/gemini-doctor").
        QString help = parser.helpText();
        const qsizetype lineEnd = help.indexOf(u'\n');
        const QString program = QCoreApplication::arguments().value(0);
        QString usage = help.left(lineEnd);
        usage.replace(program, u"gemini-doctor "_s + command);
        printOut(usage + help.mid(lineEnd));
        return ExitOk;
    }
    return std::nullopt;
}

bool isHeadless(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    if (kSubcommands.contains(arguments.at(1)))
        return true;
    for (const QString &argument : arguments.mid(1)) {
        if (argument == u"-h"_s || argument == u"--help"_s || argument == u"-v"_s ||
            argument == u"--version"_s)
            return true;
    }
    return false;
}

int run(const QStringList &arguments)
{
    const QStringList rest = arguments.mid(1);
    if (rest.isEmpty() || !kSubcommands.contains(rest.constFirst())) {
        if (rest.contains(u"-v"_s) || rest.contains(u"--version"_s)) {
            printOut(u"gemini-doctor "_s + QCoreApplication::applicationVersion() + u'\n' +
                     CliText::tr("model data of %1 (%n models)\n", nullptr,
                                 int(ModelKnowledge::builtIn().models().size()))
                         .arg(ModelKnowledge::builtIn().asOf().toString(Qt::ISODate)));
            return ExitOk;
        }
        if (rest.contains(u"-h"_s) || rest.contains(u"--help"_s)) {
            printOut(topLevelHelp());
            return ExitOk;
        }
        printErr(topLevelHelp());
        return ExitUsage;
    }
    const QString command = rest.constFirst();
    if (command == u"explain"_s)
        return runExplain(rest);
    if (command == u"inspect"_s)
        return runInspect(rest);
    if (command == u"check"_s)
        return runCheck(rest);
    if (command == u"key"_s)
        return runKey(rest);
    if (command == u"watch"_s)
        return runWatch(rest);
    return runSimulate(rest);
}

} // namespace gd::cli
