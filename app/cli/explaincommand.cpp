#include "cli.h"
#include "commands.h"
#include "diagnosis/diagnoser.h"
#include "input.h"
#include "output.h"
#include "privacy/redactor.h"
#include "report/categorytable.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

constexpr qint64 kMaxInput = 16 * 1024 * 1024;

// lupdate sees this context; a file-local ExplainText::tr() helper would hide it.
class ExplainText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::explain)
};

} // namespace

CommandDefinition explainCommand()
{
    CommandDefinition command(
        u"explain"_s, ExplainText::tr("Diagnose an error body or log text you already have"),
        ExplainText::tr(
            "Diagnoses an error you already have: a raw HTTP response body, or text pasted from "
            "any app's log. Reads FILE, or standard input when FILE is - or missing."));
    command
        .add(QCommandLineOption(u"http-status"_s,
                                ExplainText::tr("The HTTP status the body came with."),
                                ExplainText::tr("N")))
        .add(QCommandLineOption(u"json"_s,
                                ExplainText::tr("Print the diagnosis as one JSON object.")))
        .add(QCommandLineOption(
            u"model"_s,
            ExplainText::tr("The model the request asked for, when the pasted text does not say "
                            "(so an answer from another model reads as routed)."),
            ExplainText::tr("NAME")))
        .add(QCommandLineOption(
            u"categories"_s, ExplainText::tr("List every category as a Markdown table and exit.")))
        .addPositional({u"FILE"_s,
                        ExplainText::tr("The error to explain (default: standard input)."),
                        u"[FILE|-]"_s,
                        ValueKind::File,
                        {}});
    return command;
}

int runExplain(const QStringList &arguments)
{
    QCommandLineParser parser;
    explainCommand().addTo(parser);
    const QString status = u"http-status"_s;
    const QString json = u"json"_s;
    const QString model = u"model"_s;
    const QString categories = u"categories"_s;
    if (const auto done = parseOrExit(parser, arguments, u"explain"_s))
        return *done;
    if (parser.isSet(categories)) {
        printOut(categoryTableMarkdown());
        return ExitOk;
    }
    int httpStatus = 0;
    if (parser.isSet(status)) {
        bool ok = false;
        httpStatus = parser.value(status).toInt(&ok);
        if (!ok || httpStatus < 100 || httpStatus > 599) {
            printErr(ExplainText::tr("--http-status needs a status between 100 and 599.\n"));
            return ExitUsage;
        }
    }
    const QStringList files = parser.positionalArguments();
    if (files.size() > 1) {
        printErr(ExplainText::tr("explain reads one FILE at a time.\n"));
        return ExitUsage;
    }
    QFile input;
    const QString path = files.value(0, u"-"_s);
    const bool opened = path == u"-"_s ? input.open(stdin, QIODevice::ReadOnly)
                                       : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened) {
        printErr(ExplainText::tr("Cannot read %1: %2\n").arg(path, input.errorString()));
        return ExitUsage;
    }
    // On a terminal, reading waits for a paste: say so, and how to end it (issue 22: it waited
    // silently).
    if (path == u"-"_s && stdinIsTerminal())
        printErr(ExplainText::tr("Paste the error, then press Ctrl+D on a line of its own.\n"));
    QByteArray text = readAtMost(input, kMaxInput + 1);
    if (text.trimmed().isEmpty()) {
        printErr(ExplainText::tr("Nothing to explain: the input is empty. Give an error body or "
                                 "a log line, as a FILE or on standard input.\n"));
        return ExitUsage;
    }
    if (text.size() > kMaxInput) {
        text.truncate(kMaxInput);
        printErr(ExplainText::tr("The input is larger than 16 MiB: only its first 16 MiB were "
                                 "read.\n"));
    }
    // Keys this process can know without asking the keychain are masked verbatim in the output.
    for (const char *variable : {"GEMINI_API_KEY", "GOOGLE_API_KEY"})
        Redactor::addSecret(qEnvironmentVariable(variable));

    DiagnosisContext context;
    context.model = parser.value(model).trimmed().remove(u"models/"_s);
    const Diagnosis diagnosis = diagnoseText(text, httpStatus, context);
    if (parser.isSet(json))
        printJson(diagnosis.toJson());
    else
        printOut(diagnosis.toText());
    return diagnosis.isProblem() ? ExitFailed : ExitOk;
}

} // namespace gd::cli
