#include "checkoptions.h"
#include "checks/requestsender.h"
#include "cli.h"
#include "commands.h"
#include "input.h"
#include "inspect/inspector.h"
#include "inspect/requestreader.h"
#include "keyoptions.h"
#include "network/environmentproxyfactory.h"
#include "network/networkaccess.h"
#include "output.h"
#include "policy/endpointpolicy.h"
#include "privacy/redactor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

namespace gd::cli {
namespace {

class InspectText
{
    Q_DECLARE_TR_FUNCTIONS(gd::cli::inspect)
};

// Runs one of the sender's calls to its end.
template<typename Signal, typename Result>
Result await(RequestSender &sender, Signal signal, const std::function<void()> &start)
{
    Result result;
    QEventLoop loop;
    QObject::connect(&sender, signal, &loop, [&result, &loop](const Result &finished) {
        result = finished;
        loop.quit();
    });
    start();
    loop.exec();
    return result;
}

} // namespace

CommandDefinition inspectCommand()
{
    CommandDefinition command(
        u"inspect"_s,
        InspectText::tr("Find what the API will refuse in a request, before it is sent"),
        InspectText::tr(
            "Reads one request as you have it (a generateContent body, a curl command, an OpenAI "
            "chat.completions body, Live API messages, a batch or an embedContent body) and says "
            "what "
            "the API will refuse, where, and how to fix it, before it is sent. Reads FILE, or "
            "standard input when FILE is - or missing. Nothing is sent without --send."));
    command
        .add(QCommandLineOption(
            u"model"_s, InspectText::tr("The model, when the request names none (URL or body)."),
            InspectText::tr("NAME")))
        .add(QCommandLineOption(
            u"fix"_s, InspectText::tr("Also print the request with the safe fixes applied.")))
        .add(QCommandLineOption(
            u"send"_s, InspectText::tr("Send the request (one request, with your own key, never "
                                       "the pasted one) and diagnose the answer.")))
        .add(QCommandLineOption(u"base-url"_s,
                                InspectText::tr("Where --send sends it (default: the pasted "
                                                "URL's host, else Google's API)."),
                                InspectText::tr("URL")))
        .add(QCommandLineOption(u"timeout"_s, InspectText::tr("Time limit of --send, in seconds."),
                                InspectText::tr("SECONDS"), u"30"_s));
    KeyOptions().addTo(command);
    command
        .add(QCommandLineOption(u"json"_s,
                                InspectText::tr("Print the result as one JSON document.")))
        .addPositional({u"FILE"_s,
                        InspectText::tr("The request (default: standard input)."),
                        u"[FILE|-]"_s,
                        ValueKind::File,
                        {}});
    return command;
}

int runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    inspectCommand().addTo(parser);
    const KeyOptions keyOptions;
    const QString model = u"model"_s;
    const QString fix = u"fix"_s;
    const QString sendOption = u"send"_s;
    const QString baseUrl = u"base-url"_s;
    const QString timeout = u"timeout"_s;
    const QString json = u"json"_s;
    if (const auto done = parseOrExit(parser, arguments, u"inspect"_s))
        return *done;

    const QStringList files = parser.positionalArguments();
    const QString path = files.value(0, u"-"_s);
    if (files.size() > 1) {
        printErr(InspectText::tr("inspect reads one FILE at a time.\n"));
        return ExitUsage;
    }
    if (keyOptions.keyFromStdin(parser) && path == u"-"_s) {
        printErr(InspectText::tr("--key-stdin reads the key from standard input: give the "
                                 "request as a FILE.\n"));
        return ExitUsage;
    }
    bool secondsOk = false;
    const double seconds = parser.value(timeout).toDouble(&secondsOk);
    if (!secondsOk || seconds <= 0 || seconds > 3600) {
        printErr(InspectText::tr("--timeout needs seconds (more than 0, at most 3600).\n"));
        return ExitUsage;
    }
    QFile input;
    const bool opened = path == u"-"_s ? input.open(stdin, QIODevice::ReadOnly)
                                       : (input.setFileName(path), input.open(QIODevice::ReadOnly));
    if (!opened) {
        printErr(InspectText::tr("Cannot read %1: %2\n").arg(path, input.errorString()));
        return ExitUsage;
    }
    for (const char *variable : {"GEMINI_API_KEY", "GOOGLE_API_KEY"})
        Redactor::addSecret(qEnvironmentVariable(variable));

    QString whyNot;
    const QByteArray pasted = readAtMost(input, kMaxRequestBytes + 1);
    if (pasted.size() > kMaxRequestBytes) {
        printErr(InspectText::tr("%1 is larger than 16 MiB: that is not one request.\n")
                     .arg(path == u"-"_s ? InspectText::tr("The input") : path));
        return ExitUsage;
    }
    const auto request = readRequest(pasted, &whyNot);
    if (!request) {
        printErr(whyNot + u'\n');
        return ExitUsage;
    }

    InspectOptions options;
    options.model = parser.value(model);
    options.fix = parser.isSet(fix);
    CheckSettings settings;
    settings.timeoutMs = int(seconds * 1000);
    NetworkAccess access; // not waited for after an abandoned answer: see networkaccess.h
    QNetworkAccessManager &network = access.manager();
    useEnvironmentProxies(network);
    std::optional<QUrl> base;
    std::unique_ptr<RequestSender> sender;
    if (parser.isSet(sendOption)) {
        PastedRequest named = *request;
        if (named.model.isEmpty())
            named.model = options.model;
        if (!isSendable(named.method)) {
            printErr(InspectText::tr("--send sends one request: a generateContent, "
                                     "streamGenerateContent, countTokens, embedContent, "
                                     "batchEmbedContents or chat.completions request, not %1.\n")
                         .arg(named.method));
            return ExitUsage;
        }
        if (named.model.isEmpty() && named.method != u"chat.completions"_s) {
            printErr(InspectText::tr("--send needs the model: the request names none, so name "
                                     "it with --model.\n"));
            return ExitUsage;
        }
        base = sendTarget(
            named, parser.isSet(baseUrl) ? baseUrlOption(parser.value(baseUrl)) : QUrl(), &whyNot);
        if (!base) {
            printErr(whyNot + u'\n');
            return ExitUsage;
        }
        if (const auto refused = refusalReason(*base)) {
            printErr(InspectText::tr("%1 is refused: %2\n").arg(base->toString(), *refused));
            return ExitUsage;
        }
        QStringList notes;
        if (const auto done = keyOptions.readKey(parser, settings, notes))
            return *done;
        settings.baseUrl = *base;
        sender = std::make_unique<RequestSender>(&network, settings);
        options.listedModels = await<decltype(&RequestSender::modelsListed), QStringList>(
            *sender, &RequestSender::modelsListed, [&sender] { sender->listModels(); });
    }

    const Inspection inspection = Inspector().inspect(*request, options);
    QJsonObject document = inspection.toJson();
    QString text = inspection.toText();
    bool answerFailed = false;
    if (sender) {
        const QJsonValue body = inspection.fixed.value_or(inspection.request.body);
        const SentRequest sent = await<decltype(&RequestSender::sent), SentRequest>(
            *sender, &RequestSender::sent, [&] { sender->send(inspection.request, body); });
        answerFailed = sent.diagnosis.isProblem();
        document.insert(u"diagnosis"_s, sent.diagnosis.toJson());
        document.insert(u"sent"_s,
                        QJsonObject{{u"url"_s, sent.url.toString(QUrl::RemoveUserInfo)},
                                    {u"fixed"_s, inspection.fixed.has_value()},
                                    {u"http_status"_s, sent.call.httpStatus > 0
                                                           ? QJsonValue(sent.call.httpStatus)
                                                           : QJsonValue()}});
        text += u'\n' +
                (inspection.fixed ? InspectText::tr("Sent the request with the safe fixes to %1.")
                                  : InspectText::tr("Sent the request, as pasted, to %1."))
                    .arg(sent.url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)) +
                u"\n\n"_s + sent.diagnosis.toText();
    } else {
        document.insert(u"diagnosis"_s, QJsonValue());
    }
    if (parser.isSet(json))
        printJson(document);
    else
        printOut(text);
    return inspection.hasError() || answerFailed ? ExitFailed : ExitOk;
}

} // namespace gd::cli
