#include "cli.h"
#include "commands.h"
#include "output.h"
#include "simulator/simulator.h"

#include <QCommandLineParser>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("gd::cli::simulate", text);
}

QString scenarioList()
{
    QString text;
    for (const Scenario &scenario : allScenarios())
        text += scenario.name().leftJustified(24) + scenario.description + u'\n';
    return text;
}

} // namespace

int runSimulate(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Serves a Gemini-compatible simulator on 127.0.0.1 until stopped (Ctrl+C). Every "
           "category of failure can be rehearsed offline with it."));
    parser.addHelpOption();
    const QCommandLineOption port(u"port"_s, tr("Port to listen on (default: any free port)."),
                                  tr("N"), u"0"_s);
    const QCommandLineOption scenarioOption(u"scenario"_s,
                                            tr("A category name (default: ok); --list shows them."),
                                            tr("NAME"), u"ok"_s);
    const QCommandLineOption list(u"list"_s, tr("List the scenarios and exit."));
    const QCommandLineOption latency(u"latency-ms"_s, tr("Delay every answer (for benchmarks)."),
                                     tr("MS"), u"0"_s);
    parser.addOptions({port, scenarioOption, list, latency});
    if (const auto done = parseOrExit(parser, arguments))
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
        printErr(tr("--port needs 0 to 65535 and --latency-ms a number of milliseconds.\n"));
        return ExitUsage;
    }

    Simulator simulator;
    if (!simulator.setScenario(parser.value(scenarioOption))) {
        printErr(
            tr("Unknown scenario “%1”. The scenarios are:\n").arg(parser.value(scenarioOption)) +
            scenarioList());
        return ExitUsage;
    }
    simulator.setLatencyMs(latencyMs);
    if (!simulator.start(quint16(portNumber))) {
        printErr(tr("Cannot listen on 127.0.0.1:%1 (in use?).\n").arg(portNumber));
        return ExitUsage;
    }
    const QString url = simulator.baseUrl().toString();
    // Only the URL on standard output, so a script can read it with one `read`.
    printOut(url + u'\n');
    printErr(tr("Gemini Doctor simulator, scenario %1: %2\n")
                 .arg(simulator.scenario().name(), simulator.scenario().description));
    printErr(tr("Try it: echo any-fake-key | gemini-doctor check --base-url %1 --key-stdin\n"
                "Stop with Ctrl+C.\n")
                 .arg(url));
    QObject::connect(&simulator, &Simulator::requestReceived, &simulator,
                     [](const SimulatedRequest &request) {
                         printErr(QString::fromLatin1(request.method) + u' ' +
                                  request.url.toString(QUrl::FullyEncoded) + u'\n');
                     });
    return QCoreApplication::exec();
}

} // namespace gd::cli
