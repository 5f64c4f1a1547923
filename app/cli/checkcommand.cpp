#include "checkoptions.h"
#include "checks/checkrunner.h"
#include "cli.h"
#include "commands.h"
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

// Problems in capitals, so they stand out in a terminal.
QString stateLabel(CheckState state)
{
    const QString text = checkStateText(state);
    return state == CheckState::Warn || state == CheckState::Fail ? text.toUpper() : text;
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

} // namespace

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CheckText::tr(
        "Runs the connectivity test headless: dns, tls (connect for plain HTTP to loopback), "
        "key, model, count_tokens, generate, stream and openai_compat (the OpenAI-compatible "
        "endpoint, with the key as a Bearer token). Independent checks run concurrently.\n"
        "Key source, in order: --key-stdin, the OS keychain, GEMINI_API_KEY, GOOGLE_API_KEY."));
    addHelp(parser);
    const CheckOptions options;
    options.addTo(parser);
    const QCommandLineOption report(u"report"_s,
                                    CheckText::tr("Also write a redacted Markdown report."),
                                    CheckText::tr("FILE"));
    parser.addOption(report);
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
    QStringList notes;
    if (const auto done = options.readKey(parser, settings, notes))
        return *done;

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
    result.warnings = notes;

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
