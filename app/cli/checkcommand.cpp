#include "checkoptions.h"
#include "checks/checkrunner.h"
#include "checks/modelmatrix.h"
#include "cli.h"
#include "commands.h"
#include "network/environmentproxyfactory.h"
#include "network/networkaccess.h"
#include "output.h"
#include "policy/endpointpolicy.h"
#include "privacy/keysource.h"
#include "report/markdownreport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

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
    qsizetype resultWidth = 22; // German results run longer ("NICHT IN DER KOSTENLOSEN STUFE")
    for (const ModelRow &row : rows) {
        width = std::max(width, row.name.size());
        resultWidth = std::max(resultWidth, modelRowText(row).size());
    }
    QString text = CheckText::tr("Every model the key lists (one request each):\n");
    for (const ModelRow &row : rows) {
        const QString result =
            row.state == CheckState::Fail ? modelRowText(row).toUpper() : modelRowText(row);
        QString line =
            u"  %1  %2 %3"_s.arg(row.name.leftJustified(width), result.leftJustified(resultWidth),
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
    if (!report.liveModel.isEmpty())
        text += CheckText::tr("Live API model: %1, %2\n")
                    .arg(report.liveModel, liveModelReasonText(report.liveModelReason));
    text += CheckText::tr("Key: %1 %2\n\n").arg(report.keySource.text(), report.keyHint);
    qsizetype stateWidth = 8; // "FEHLGESCHLAGEN" is longer: the columns stay aligned
    for (const CheckResult &check : report.checks)
        stateWidth = std::max(stateWidth, stateLabel(check.state).size());
    for (const CheckResult &check : report.checks) {
        QString detail = check.detail;
        if (check.diagnosis) {
            detail = (check.httpStatus > 0 ? u"HTTP %1  "_s.arg(check.httpStatus) : QString()) +
                     (check.sameAs.isEmpty() ? check.diagnosis->title
                                             : CheckText::tr("same cause as %1").arg(check.sameAs));
        }
        text += u"  %1 %2 %3  %4\n"_s.arg(
            stateLabel(check.state).leftJustified(stateWidth), check.id.leftJustified(13),
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

} // namespace

CommandDefinition checkCommand()
{
    CommandDefinition command(
        u"check"_s, CheckText::tr("Run the connectivity test against the Gemini API"),
        CheckText::tr(
            "Runs the connectivity test headless: dns, tls (connect for plain HTTP to loopback), "
            "key, model, count_tokens, generate, stream, openai_compat (the OpenAI-compatible "
            "endpoint, with the key as a Bearer token) and live (the Live API over a WebSocket). "
            "Every API check starts once the host resolves. "
            "--all-models adds the model matrix: one minimal request to each model the key lists.\n"
            "Key source, in order: --key-stdin, the OS keychain, GEMINI_API_KEY, GOOGLE_API_KEY."));
    CheckOptions().addTo(command);
    command
        .add(QCommandLineOption(u"report"_s,
                                CheckText::tr("Also write a redacted Markdown report."),
                                CheckText::tr("FILE")),
             ValueKind::File)
        .add(QCommandLineOption(
            u"all-models"_s,
            CheckText::tr("Also send one minimal request to every model the key lists (the model "
                          "matrix): one request per model.")));
    return command;
}

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    checkCommand().addTo(parser);
    const CheckOptions options;
    const QString report = u"report"_s;
    const QString allModels = u"all-models"_s;
    if (const auto done = parseOrExit(parser, arguments, u"check"_s))
        return *done;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(
            CheckText::tr("check takes no arguments (there is no --key flag: use --key-stdin).\n"));
        return ExitUsage;
    }

    CheckSettings settings;
    if (const auto done = options.readSettings(parser, settings))
        return *done;
    // The model matrix tests the models the key check lists.
    if (parser.isSet(allModels) && !settings.onlyChecks.isEmpty() &&
        !settings.onlyChecks.contains(u"key"_s))
        settings.onlyChecks.append(u"key"_s);
    QStringList notes;
    if (const auto done = options.readKey(parser, settings, notes))
        return *done;

    NetworkAccess access; // not waited for after an abandoned answer: see networkaccess.h
    QNetworkAccessManager &network = access.manager();
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
    result.warnings = notes;
    if (parser.isSet(allModels) && !refusalReason(settings.baseUrl))
        result.models = runModelMatrix(network, settings, runner, options.json(parser));
    else if (parser.isSet(allModels))
        result.models = QList<ModelRow>();

    if (options.json(parser))
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
