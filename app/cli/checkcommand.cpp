#include "checks/checkrunner.h"
#include "checks/modelmatrix.h"
#include "cli.h"
#include "commands.h"
#include "keychainaccess.h"
#include "network/environmentproxyfactory.h"
#include "output.h"
#include "policy/endpointpolicy.h"
#include "report/markdownreport.h"
#include "secrets/keysource.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

// lupdate sees this context; a file-local CheckText::tr() helper would hide it.
class CheckText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::check)
};

// Problems in capitals, so they stand out in a terminal.
QString stateLabel(CheckState state)
{
    const QString text = checkStateText(state);
    return state == CheckState::Warn || state == CheckState::Fail ? text.toUpper() : text;
}

// The model matrix as a table: name, the result in words, time, and where a retired model went.
QString modelsText(const QList<ModelRow> &rows)
{
    if (rows.isEmpty())
        return {};
    qsizetype width = 0;
    for (const ModelRow &row : rows)
        width = std::max(width, row.name.size());
    QString text = CheckText::tr("Every model the key lists (one request each):\n");
    for (const ModelRow &row : rows) {
        const QString result =
            row.state == CheckState::Fail ? modelRowText(row).toUpper() : modelRowText(row);
        QString line =
            u"  %1  %2 %3"_s.arg(row.name.leftJustified(width), result.leftJustified(22),
                                 QString(QString::number(row.ms) + u" ms"_s).rightJustified(8));
        if (!row.successor.isEmpty())
            line += u"  "_s + CheckText::tr("successor: %1").arg(row.successor);
        text += line + u'\n';
    }
    return text;
}

QString reportText(const RunReport &report)
{
    QString text = CheckText::tr("Gemini Doctor: %1 (%2, %3)\n")
                       .arg(report.baseUrl.toString(), report.apiVersion, report.model);
    text += CheckText::tr("Model: %1, %2\n").arg(report.model, modelReasonText(report.modelReason));
    text += CheckText::tr("Key: %1 %2\n\n").arg(keySourceText(report.keySource), report.keyHint);
    for (const CheckResult &check : report.checks) {
        QString detail = check.detail;
        if (check.diagnosis) {
            detail = (check.httpStatus > 0 ? u"HTTP %1  "_s.arg(check.httpStatus) : QString()) +
                     (check.sameAs.isEmpty() ? check.diagnosis->title
                                             : CheckText::tr("same cause as %1").arg(check.sameAs));
        }
        text += u"  %1 %2 %3  %4\n"_s.arg(
            stateLabel(check.state).leftJustified(8), check.id.leftJustified(13),
            QString(QString::number(check.ms) + u" ms"_s).rightJustified(8), detail);
    }
    for (const CheckResult &check : report.checks) {
        if (!check.diagnosis || !check.sameAs.isEmpty()) // one cause, explained once
            continue;
        text += u"\n── "_s + check.id + u" ──\n"_s + check.diagnosis->toText();
    }
    if (report.models && !report.models->isEmpty())
        text += u'\n' + modelsText(*report.models);
    const CheckResult *problem = report.firstProblem();
    text += u'\n';
    if (report.ok() && !problem)
        text += CheckText::tr("All checks passed in %1 ms.\n").arg(report.totalMs);
    else if (report.ok())
        text += CheckText::tr("Passed with a warning (%1) in %2 ms.\n")
                    .arg(categoryId(problem->diagnosis->category))
                    .arg(report.totalMs);
    else
        text += CheckText::tr("The %1 check failed: %2. (%3 ms)\n")
                    .arg(problem->id,
                         problem->diagnosis ? categoryId(problem->diagnosis->category) : QString())
                    .arg(report.totalMs);
    return text;
}

// --all-models: one minimal generateContent to each model the key check listed. The cost is said
// before the first request; none of the matrix's results changes the exit code (README).
QList<ModelRow> runModelMatrix(QNetworkAccessManager &network, const CheckSettings &settings,
                               const CheckRunner &runner, bool json)
{
    const QStringList listed = runner.context().visibleModels;
    if (listed.isEmpty()) {
        const QList<CheckResult> checks = runner.report().checks;
        const bool listRead = std::any_of(checks.cbegin(), checks.cend(), [](const CheckResult &c) {
            return c.id == u"key"_s && c.state == CheckState::Pass;
        });
        printErr(listRead ? CheckText::tr("note: the key lists no model that supports "
                                          "generateContent, so the model matrix is empty.\n")
                          : CheckText::tr("note: the model matrix needs the key's model list, "
                                          "which could not be read: no model was tested.\n"));
        return {};
    }
    const QString cost =
        CheckText::tr("Testing every model costs one request per model (%n requests).\n", nullptr,
                      int(listed.size()));
    if (json)
        printErr(cost);
    else
        printOut(cost);
    ModelMatrix matrix(&network, settings, listed);
    QEventLoop loop;
    QObject::connect(&matrix, &ModelMatrix::finished, &loop, &QEventLoop::quit);
    matrix.start();
    if (matrix.isRunning())
        loop.exec();
    return matrix.rows();
}

std::optional<QString> readKeyFromStdin()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return std::nullopt;
    return QString::fromUtf8(input.read(64 * 1024));
}

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckText::tr(
        "Runs the connectivity test headless: dns, tls (connect for plain HTTP to loopback), "
        "key, model, count_tokens, generate, stream and openai_compat (the OpenAI-compatible "
        "endpoint, with the key as a Bearer token). Independent checks run concurrently. "
        "--all-models adds the model matrix: one minimal request to each model the key lists.\n"
        "Key source, in order: --key-stdin, the OS keychain, GEMINI_API_KEY, GOOGLE_API_KEY."));
    addHelp(parser);
    const CheckSettings defaults;
    const QCommandLineOption baseUrl(u"base-url"_s, CheckText::tr("API base URL."),
                                     CheckText::tr("URL"), defaults.baseUrl.toString());
    const QCommandLineOption apiVersion(u"api-version"_s, CheckText::tr("v1beta or v1."),
                                        CheckText::tr("VERSION"), defaults.apiVersion);
    const QCommandLineOption model(
        u"model"_s,
        CheckText::tr("Model to test (default: the newest stable Flash model your key lists)."),
        CheckText::tr("NAME"));
    const QCommandLineOption timeout(
        u"timeout"_s, CheckText::tr("Time limit per request, in seconds."),
        CheckText::tr("SECONDS"), QString::number(defaults.timeoutMs / 1000));
    const QCommandLineOption keyStdin(u"key-stdin"_s,
                                      CheckText::tr("Read the key from standard input."));
    const QCommandLineOption json(u"json"_s,
                                  CheckText::tr("Print the result as one JSON document."));
    const QCommandLineOption retries(
        u"retries"_s, CheckText::tr("Retry transient failures (408, 429, 5xx) up to N times."),
        CheckText::tr("N"), u"0"_s);
    const QCommandLineOption profile(u"profile"_s,
                                     CheckText::tr("Keychain profile to read the key from."),
                                     CheckText::tr("NAME"), u"default"_s);
    const QCommandLineOption report(u"report"_s,
                                    CheckText::tr("Also write a redacted Markdown report."),
                                    CheckText::tr("FILE"));
    const QCommandLineOption checks(
        u"checks"_s,
        CheckText::tr("Run only these checks (comma-separated ids) and the checks they need."),
        CheckText::tr("LIST"));
    const QCommandLineOption allModels(
        u"all-models"_s,
        CheckText::tr("Also send one minimal request to every model the key lists (the model "
                      "matrix): one request per model."));
    parser.addOptions({baseUrl, apiVersion, model, timeout, keyStdin, json, retries, profile,
                       report, checks, allModels});
    if (const auto done = parseOrExit(parser, arguments, u"check"_s))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(
            CheckText::tr("check takes no arguments (there is no --key flag: use --key-stdin).\n"));
        return ExitUsage;
    }

    CheckSettings settings;
    settings.baseUrl = QUrl(parser.value(baseUrl));
    settings.apiVersion = parser.value(apiVersion);
    settings.model = parser.value(model).remove(QRegularExpression(u"^models/"_s));
    bool timeoutOk = false;
    bool retriesOk = false;
    const double seconds = parser.value(timeout).toDouble(&timeoutOk);
    settings.retries = parser.value(retries).toInt(&retriesOk);
    if (settings.apiVersion != u"v1beta"_s && settings.apiVersion != u"v1"_s) {
        printErr(CheckText::tr("--api-version must be v1beta or v1.\n"));
        return ExitUsage;
    }
    if (!timeoutOk || seconds <= 0 || seconds > 3600 || !retriesOk || settings.retries < 0 ||
        settings.retries > 10) {
        printErr(CheckText::tr(
            "--timeout needs seconds (more than 0, at most 3600) and --retries 0 to 10.\n"));
        return ExitUsage;
    }
    settings.timeoutMs = int(seconds * 1000);
    if (parser.isSet(checks)) {
        const QStringList known = CheckRunner::checkIdsFor(settings);
        for (QString id : parser.value(checks).split(u',', Qt::SkipEmptyParts)) {
            id = id.trimmed();
            // "tls" and "connect" name the same check; which one runs depends on the scheme.
            if (id == u"tls"_s || id == u"connect"_s)
                id = connectCheckId(settings);
            if (!known.contains(id)) {
                printErr(CheckText::tr("--checks: unknown check “%1”. The checks are: %2\n")
                             .arg(id, known.join(u", "_s)));
                return ExitUsage;
            }
            settings.onlyChecks.append(id);
        }
        // The model matrix tests the models the key check lists.
        if (parser.isSet(allModels) && !settings.onlyChecks.contains(u"key"_s))
            settings.onlyChecks.append(u"key"_s);
    }
    if (!settings.baseUrl.isValid() || settings.baseUrl.host().isEmpty()) {
        printErr(CheckText::tr("--base-url “%1” is not a URL.\n").arg(parser.value(baseUrl)));
        return ExitUsage;
    }

    std::optional<QString> stdinKey;
    if (parser.isSet(keyStdin)) {
        stdinKey = readKeyFromStdin();
        if (!stdinKey) {
            printErr(CheckText::tr("Cannot read standard input.\n"));
            return ExitUsage;
        }
    }
    std::unique_ptr<SecretStore> store = stdinKey ? nullptr : makeKeychainStore();
    ResolvedKey key;
    QEventLoop keyLoop;
    resolveKey(store.get(), parser.value(profile), QProcessEnvironment::systemEnvironment(),
               stdinKey, [&key, &keyLoop](const ResolvedKey &resolved) {
                   key = resolved;
                   keyLoop.quit();
               });
    keyLoop.exec();
    for (const QString &note : std::as_const(key.notes))
        printErr(CheckText::tr("note: %1\n").arg(note));
    if (!key.keychainProblem.isEmpty() && key.source != u"keychain"_s)
        printErr(
            CheckText::tr("note: the keychain could not be read: %1\n").arg(key.keychainProblem));
    if (!key.found()) {
        printErr(CheckText::tr(
            "No API key found. Store one with “gemini-doctor key set”, set GEMINI_API_KEY, "
            "or pipe it in with --key-stdin. Create a key at "
            "https://aistudio.google.com/api-keys\n"));
        return ExitUsage;
    }
    if (!key.problems.isEmpty()) {
        printErr(CheckText::tr("The key from %1 cannot be used: %2\n")
                     .arg(key.source, key.problems.join(u' ')));
        return ExitUsage;
    }
    settings.apiKey = key.key;
    settings.keySource = key.source;

    QNetworkAccessManager network;
    useEnvironmentProxies(network);
    CheckRunner runner(&network, settings);
    RunReport result;
    QEventLoop loop;
    QObject::connect(&runner, &CheckRunner::finished, &loop,
                     [&result, &loop](const RunReport &finished) {
                         result = finished;
                         loop.quit();
                     });
    runner.start();
    if (runner.isRunning())
        loop.exec();
    result.warnings = key.notes;
    if (parser.isSet(allModels) && !refusalReason(settings.baseUrl))
        result.models = runModelMatrix(network, settings, runner, parser.isSet(json));
    else if (parser.isSet(allModels))
        result.models = QList<ModelRow>();

    if (parser.isSet(json))
        printJson(result.toJson());
    else
        printOut(reportText(result));
    if (parser.isSet(report)) {
        QSaveFile file(parser.value(report));
        if (!file.open(QIODevice::WriteOnly) || file.write(markdownReport(result).toUtf8()) < 0 ||
            !file.commit()) {
            printErr(CheckText::tr("Cannot write the report to %1.\n").arg(parser.value(report)));
            return ExitInternal;
        }
    }
    if (refusalReason(settings.baseUrl))
        return ExitUsage; // a refused endpoint is a configuration error
    return result.ok() ? ExitOk : ExitFailed;
}

} // namespace gd::cli
