#include "checkoptions.h"
#include "checks/checksuiterunner.h"
#include "cli.h"
#include "commands.h"
#include "metrics/metricsexporter.h"
#include "network/environmentproxyfactory.h"
#include "network/networkaccess.h"
#include "output.h"
#include "policy/endpointpolicy.h"
#include "quitsignals.h"
#include "watch/watcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

// lupdate sees this context; a file-local WatchText::tr() helper would hide it.
class WatchText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::watch)
};

// "30s", "5m", "1h", "1h30m" or plain seconds ("90").
std::optional<std::chrono::milliseconds> parseDuration(const QString &text)
{
    static const QRegularExpression plain(u"^\\d+$"_s);
    static const QRegularExpression parts(u"^(?:(\\d+)h)?(?:(\\d+)m)?(?:(\\d+)s)?$"_s);
    if (plain.match(text).hasMatch())
        return std::chrono::seconds(text.toLongLong());
    const QRegularExpressionMatch match = parts.match(text);
    if (text.isEmpty() || !match.hasMatch())
        return std::nullopt;
    const qint64 seconds = match.captured(1).toLongLong() * 3600 +
                           match.captured(2).toLongLong() * 60 + match.captured(3).toLongLong();
    return std::chrono::seconds(seconds);
}

QString durationText(std::chrono::milliseconds duration)
{
    const qint64 seconds = std::chrono::duration_cast<std::chrono::seconds>(duration).count();
    if (seconds % 3600 == 0)
        return u"%1h"_s.arg(seconds / 3600);
    if (seconds % 60 == 0)
        return u"%1m"_s.arg(seconds / 60);
    return u"%1s"_s.arg(seconds);
}

struct ListenAddress
{
    QHostAddress address;
    quint16 port = 0;
};

// "9464", ":9464", "127.0.0.1:9464", "localhost:9464", "[::1]:9464", "0.0.0.0:9464". Without a
// host: loopback. A host name other than localhost is not resolved: name an address.
std::optional<ListenAddress> parseListen(QString text)
{
    static const QRegularExpression digits(u"^\\d+$"_s);
    if (digits.match(text).hasMatch())
        text = u"127.0.0.1:"_s + text;
    else if (text.startsWith(u':'))
        text = u"127.0.0.1"_s + text;
    const QUrl url(u"http://"_s + text);
    if (!url.isValid() || url.port() < 0 || !url.path().isEmpty() || url.host().isEmpty())
        return std::nullopt;
    ListenAddress listen;
    listen.port = quint16(url.port());
    listen.address = url.host() == u"localhost"_s ? QHostAddress(QHostAddress::LocalHost)
                                                  : QHostAddress(url.host());
    if (listen.address.isNull())
        return std::nullopt;
    return listen;
}

// One line per run: when, the run's number, the outcome, what changed since the last run, and
// how long the API asked to wait when that moves the next run (with a 30 s interval, a 7 s
// delay changes nothing, and saying "the next run waits for that" would not be true).
QString runLine(const RunReport &report, int run, const QList<StateChange> &changes,
                std::chrono::milliseconds interval)
{
    QString line = report.startedAt.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s) + u"  "_s;
    const CheckResult *problem = report.firstProblem();
    if (report.ok() && !problem)
        line += WatchText::tr("run %1: all checks passed (%2 ms)").arg(run).arg(report.totalMs);
    else if (report.ok())
        line += WatchText::tr("run %1: passed with a warning (%2) (%3 ms)")
                    .arg(run)
                    .arg(categoryId(problem->diagnosis->category))
                    .arg(report.totalMs);
    else
        line += WatchText::tr("run %1: the %2 check FAILED: %3 (%4 ms)")
                    .arg(run)
                    .arg(problem->id, problem->diagnosis ? categoryId(problem->diagnosis->category)
                                                         : checkStateId(problem->state))
                    .arg(report.totalMs);
    QStringList changed;
    for (const StateChange &change : changes) {
        if (change.worksAgain())
            changed.append(WatchText::tr("%1 works again").arg(change.checkId));
        else if (change.categoryAfter)
            changed.append(WatchText::tr("%1 fails (%2)")
                               .arg(change.checkId, categoryId(*change.categoryAfter)));
        else
            changed.append(WatchText::tr("%1 does not run").arg(change.checkId));
    }
    if (!changed.isEmpty())
        line += u"; "_s + WatchText::tr("changed: %1").arg(changed.join(u", "_s));
    if (const double wait = retryAfterSeconds(report); wait * 1000.0 >= double(kMaxRetryWaitMs))
        line += u"; "_s + WatchText::tr("the API asked to wait %1 s: more than a day, so the next "
                                        "run waits one day")
                              .arg(wait);
    else if (wait > 0 && wait * 1000.0 > double(interval.count() - report.totalMs))
        line += u"; "_s +
                WatchText::tr("the API asked to wait %1 s: the next run waits for that").arg(wait);
    return line + u'\n';
}

QByteArray jsonLine(const RunReport &report, int run)
{
    QJsonObject json = report.toJson();
    json.insert(u"run"_s, run);
    return QJsonDocument(json).toJson(QJsonDocument::Compact) + '\n';
}

// check's flags, where --json prints a line per run.
CheckOptions watchOptions()
{
    return CheckOptions(
        WatchText::tr("Print each run as one JSON document on one line, with \"run\": N."));
}

} // namespace

CommandDefinition watchCommand()
{
    CommandDefinition command(
        u"watch"_s,
        WatchText::tr("Run the test every few minutes; Prometheus metrics with --listen"),
        WatchText::tr(
            "Runs the connectivity test again and again: every --interval, never sooner than the "
            "API's retry delay after a 429, never two runs at once. Prints one line per run (with "
            "--json, one JSON document per line). With --listen, serves the last run's results as "
            "Prometheus metrics at /metrics. Stops with Ctrl+C or SIGTERM (exit 0). Takes the "
            "flags of check; the key is read once."));
    watchOptions().addTo(command);
    command
        .add(QCommandLineOption(
            u"interval"_s,
            WatchText::tr("Time between runs: 30s, 5m, 1h (default 5m, at least 30s)."),
            WatchText::tr("DURATION"), u"5m"_s))
        .add(QCommandLineOption(u"listen"_s,
                                WatchText::tr("Serve /metrics and /healthz on this address "
                                              "(default host 127.0.0.1)."),
                                WatchText::tr("HOST:PORT")));
    return command;
}

int runWatch(const QStringList &arguments)
{
    QCommandLineParser parser;
    watchCommand().addTo(parser);
    const CheckOptions options = watchOptions();
    const QString interval = u"interval"_s;
    const QString listen = u"listen"_s;
    if (const auto done = parseOrExit(parser, arguments, u"watch"_s))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(WatchText::tr("watch takes no arguments (there is no --key flag: use "
                               "--key-stdin).\n"));
        return ExitUsage;
    }
    const auto every = parseDuration(parser.value(interval));
    if (!every || *every < Watcher::kMinimumInterval) {
        printErr(WatchText::tr("--interval needs a duration of at least 30s, such as 30s, 5m or "
                               "1h.\n"));
        return ExitUsage;
    }
    std::optional<ListenAddress> listenAddress;
    if (parser.isSet(listen)) {
        listenAddress = parseListen(parser.value(listen));
        if (!listenAddress) {
            printErr(WatchText::tr("--listen needs HOST:PORT with an IP address or localhost, "
                                   "such as 127.0.0.1:9464.\n"));
            return ExitUsage;
        }
    }
    CheckSettings settings;
    if (const auto done = options.readSettings(parser, settings))
        return *done;
    if (const auto refusal = refusalReason(settings.baseUrl)) {
        printErr(*refusal + u'\n');
        return ExitUsage; // watching would only refuse, again and again
    }
    QStringList notes;
    if (const auto done = options.readKey(parser, settings, notes))
        return *done;

    MetricsExporter exporter;
    if (listenAddress) {
        const quint16 port = exporter.start(listenAddress->address, listenAddress->port);
        if (port == 0) {
            printErr(WatchText::tr("Cannot listen on %1 (in use, or not an address of this "
                                   "computer?).\n")
                         .arg(parser.value(listen)));
            return ExitUsage;
        }
        QString host = listenAddress->address.toString();
        if (listenAddress->address.protocol() == QAbstractSocket::IPv6Protocol)
            host = u'[' + host + u']';
        printErr(WatchText::tr("Metrics: http://%1:%2/metrics\n").arg(host).arg(port));
        if (!listenAddress->address.isLoopback())
            printErr(WatchText::tr("note: %1 is not a loopback address: anyone who can reach it "
                                   "can read the metrics (never the key).\n")
                         .arg(listenAddress->address.toString()));
    }

    NetworkAccess access; // not waited for after an abandoned answer: see networkaccess.h
    QNetworkAccessManager &network = access.manager();
    useEnvironmentProxies(network);
    CheckSuiteRunner runner(&network, settings);
    settings.apiKey.clear(); // from here on only the runner holds it
    Watcher watcher(&runner);
    watcher.setInterval(*every);
    // Tests and benchmarks only: seconds-long runs of many intervals would make them slow.
    bool testIntervalOk = false;
    const int testIntervalMs =
        qEnvironmentVariable("GEMINI_DOCTOR_WATCH_TEST_INTERVAL_MS").toInt(&testIntervalOk);
    if (testIntervalOk && testIntervalMs >= 0)
        watcher.setInterval(std::chrono::milliseconds(testIntervalMs));

    const bool json = options.json(parser);
    QObject::connect(&watcher, &Watcher::runFinished, &watcher,
                     [&](const RunReport &finished, int run, const QList<StateChange> &changes) {
                         RunReport report = finished;
                         report.warnings = notes;
                         exporter.update(report, run);
                         if (json)
                             printOut(QString::fromUtf8(jsonLine(report, run)));
                         else
                             printOut(runLine(report, run, changes, watcher.interval()));
                     });
    QuitSignals quit;
    QObject::connect(&quit, &QuitSignals::quitRequested, &watcher, [&watcher] {
        watcher.stop();
        QCoreApplication::exit(ExitOk);
    });
    if (!json)
        printErr(WatchText::tr("Watching %1 every %2. Stop with Ctrl+C.\n")
                     .arg(settings.baseUrl.toString(), durationText(*every)));
    watcher.start();
    return QCoreApplication::exec();
}

} // namespace gd::cli
