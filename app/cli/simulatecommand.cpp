#include "cli.h"
#include "commands.h"
#include "output.h"
#include "simulator/simulator.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

// lupdate sees this context; a file-local SimulateText::tr() helper would hide it.
class SimulateText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::simulate)
};

QString scenarioList()
{
    qsizetype width = 0;
    for (const Scenario &scenario : allScenarios())
        width = std::max(width, scenario.name().size());
    QString text;
    for (const Scenario &scenario : allScenarios())
        text += scenario.name().leftJustified(width + 2) + scenario.description() + u'\n';
    return text;
}

} // namespace

CommandDefinition simulateCommand()
{
    CommandDefinition command(
        u"simulate"_s, SimulateText::tr("Serve a Gemini-compatible simulator on 127.0.0.1"),
        SimulateText::tr(
            "Serves a Gemini-compatible simulator on 127.0.0.1 until stopped (Ctrl+C). Every "
            "category of failure can be rehearsed offline with it."));
    command
        .add(QCommandLineOption(u"port"_s,
                                SimulateText::tr("Port to listen on (default: any free port)."),
                                SimulateText::tr("N"), u"0"_s))
        .add(QCommandLineOption(u"scenario"_s,
                                SimulateText::tr("The scenario: a category name (default: ok); "
                                                 "--list shows them all."),
                                SimulateText::tr("NAME"), u"ok"_s),
             ValueKind::Scenario)
        .add(QCommandLineOption(u"list"_s, SimulateText::tr("List the scenarios and exit.")))
        .add(QCommandLineOption(u"quiet"_s,
                                SimulateText::tr("Print only the URL: no banner and no line per "
                                                 "request (for running it in the background).")))
        .add(QCommandLineOption(u"latency-ms"_s,
                                SimulateText::tr("Delay every answer (for benchmarks)."),
                                SimulateText::tr("MS"), u"0"_s));
    return command;
}

int runSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    simulateCommand().addTo(parser);
    const QString port = u"port"_s;
    const QString scenarioOption = u"scenario"_s;
    const QString list = u"list"_s;
    const QString latency = u"latency-ms"_s;
    const QString quiet = u"quiet"_s;
    if (const auto done = parseOrExit(parser, arguments, u"simulate"_s))
        return *done;
    if (parser.isSet(list)) {
        printOut(scenarioList());
        return ExitOk;
    }
    bool portOk = false;
    bool latencyOk = false;
    const int portNumber = parser.value(port).toInt(&portOk);
    const int latencyMs = parser.value(latency).toInt(&latencyOk);
    if (!portOk || portNumber < 0 || portNumber > 65535 || !latencyOk || latencyMs < 0) {
        printErr(SimulateText::tr(
            "--port needs 0 to 65535 and --latency-ms a number of milliseconds.\n"));
        return ExitUsage;
    }

    Simulator simulator;
    if (!simulator.setScenario(parser.value(scenarioOption))) {
        printErr(SimulateText::tr("Unknown scenario “%1”. The scenarios are:\n")
                     .arg(parser.value(scenarioOption)) +
                 scenarioList());
        return ExitUsage;
    }
    simulator.setLatencyMs(latencyMs);
    if (!simulator.start(quint16(portNumber))) {
        printErr(SimulateText::tr("Cannot listen on 127.0.0.1:%1 (in use?).\n").arg(portNumber));
        return ExitUsage;
    }
    const QString url = simulator.baseUrl().toString();
    // Only the URL on standard output, so a script can read it with one `read`.
    printOut(url + u'\n');
    if (parser.isSet(quiet))
        return QCoreApplication::exec();
    printErr(SimulateText::tr("Gemini Doctor simulator, scenario %1: %2\n")
                 .arg(simulator.scenario().name(), simulator.scenario().description()));
    printErr(SimulateText::tr("Try it: echo any-fake-key | %1 check --base-url %2 --key-stdin\n")
                 .arg(commandName(), url));
    // Ctrl+C reaches only a process in the terminal's foreground; one started with `&` (or by
    // a script) is stopped by its process id.
    printErr(
        inForeground()
            ? SimulateText::tr("Stop with Ctrl+C.\n")
            : SimulateText::tr("Stop it with: kill %1\n").arg(QCoreApplication::applicationPid()));
    QObject::connect(&simulator, &Simulator::requestReceived, &simulator,
                     [](const SimulatedRequest &request) {
                         printErr(QString::fromLatin1(request.method) + u' ' +
                                  request.url.toString(QUrl::FullyEncoded) + u'\n');
                     });
    return QCoreApplication::exec();
}

} // namespace gd::cli
