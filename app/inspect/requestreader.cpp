#include "requestreader.h"

#include "diagnosis/lenientjson.h"
#include "privacy/redactor.h"
#include "shellwords.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <climits>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

class ReaderText
{
    Q_DECLARE_TR_FUNCTIONS(gd::RequestReader)
};

constexpr qsizetype kMaxInput = 16 * 1024 * 1024;
constexpr qsizetype kMaxLines = 10000;

bool hasAny(const QJsonObject &object, std::initializer_list<const char16_t *> keys)
{
    for (const char16_t *key : keys) {
        if (object.contains(QStringView(key)))
            return true;
    }
    return false;
}

bool isLiveMessage(const QJsonObject &object)
{
    return hasAny(object, {u"setup", u"clientContent", u"client_content", u"realtimeInput",
                           u"realtime_input", u"toolResponse", u"tool_response"});
}

QString bareModel(QString name)
{
    name = name.trimmed();
    if (name.startsWith(u"models/"_s))
        name.remove(0, 7);
    return name;
}

// What a JSON body is, and what it names: the kind, the method it implies and the model.
bool classifyBody(const QJsonValue &body, PastedRequest &request)
{
    if (body.isArray()) {
        const QJsonArray array = body.toArray();
        if (array.isEmpty())
            return false;
        const QJsonObject first = array.first().toObject();
        if (isLiveMessage(first)) {
            request.bodyKind = u"live"_s;
            request.method = u"BidiGenerateContent"_s;
            for (const QJsonValue &message : array) {
                const QJsonObject setup = message[u"setup"_s].toObject();
                if (!setup.isEmpty()) {
                    request.model = bareModel(setup.value(u"model"_s).toString());
                    break;
                }
            }
            return true;
        }
        if (first.contains(u"request"_s)) { // the lines of a Batch API input file
            request.bodyKind = u"batch"_s;
            request.method = u"batchGenerateContent"_s;
            request.model = bareModel(first[u"request"_s][u"model"_s].toString());
            return true;
        }
        return false;
    }
    const QJsonObject object = body.toObject();
    if (object.isEmpty())
        return false;
    if (isLiveMessage(object)) {
        request.bodyKind = u"live"_s;
        request.method = u"BidiGenerateContent"_s;
        request.model = bareModel(object[u"setup"_s][u"model"_s].toString());
        return true;
    }
    if (object.value(u"messages"_s).isArray()) {
        request.bodyKind = u"openai_chat"_s;
        request.method = u"chat.completions"_s;
        request.model = bareModel(object.value(u"model"_s).toString());
        return true;
    }
    if (object.value(u"requests"_s).isArray()) {
        const QJsonObject first = object.value(u"requests"_s).toArray().first().toObject();
        request.bodyKind = u"batch"_s;
        if (first.contains(u"request"_s)) {
            request.method = u"batchGenerateContent"_s;
            request.model = bareModel(first[u"request"_s][u"model"_s].toString());
        } else {
            request.method = u"batchEmbedContents"_s;
            request.model = bareModel(first.value(u"model"_s).toString());
        }
        return true;
    }
    if (object.value(u"batch"_s).isObject()) {
        request.bodyKind = u"batch"_s;
        request.method = u"batchGenerateContent"_s;
        request.model = bareModel(object[u"batch"_s][u"model"_s].toString());
        return true;
    }
    if (hasAny(object, {u"contents", u"generateContentRequest", u"generate_content_request"})) {
        request.bodyKind = u"generate_content"_s;
        request.method = hasAny(object, {u"generateContentRequest", u"generate_content_request"})
                             ? u"countTokens"_s
                             : u"generateContent"_s;
        request.model = bareModel(object.value(u"model"_s).toString());
        return true;
    }
    if (object.value(u"content"_s).isObject()) {
        request.bodyKind = u"embed"_s;
        request.method = u"embedContent"_s;
        request.model = bareModel(object.value(u"model"_s).toString());
        return true;
    }
    return false;
}

// One JSON object per line (Live messages, a Batch API input file), as an array.
std::optional<QJsonArray> jsonLines(const QByteArray &input)
{
    const QList<QByteArray> lines = input.split('\n');
    if (lines.size() < 2 || lines.size() > kMaxLines)
        return std::nullopt;
    QJsonArray array;
    for (const QByteArray &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(line, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject())
            return std::nullopt;
        array.append(document.object());
    }
    return array.size() >= 2 ? std::optional<QJsonArray>(array) : std::nullopt;
}

std::optional<QJsonValue> jsonOf(const QByteArray &text, bool *lines = nullptr)
{
    const QByteArray trimmed = text.trimmed();
    if (!trimmed.startsWith('{') && !trimmed.startsWith('['))
        return std::nullopt;
    if (const auto array = jsonLines(trimmed)) {
        if (lines)
            *lines = true;
        return QJsonValue(*array);
    }
    const auto recovered = parseLenientJson(trimmed);
    if (!recovered)
        return std::nullopt;
    if (recovered->document.isArray())
        return QJsonValue(recovered->document.array());
    return QJsonValue(recovered->document.object());
}

// A key in a URL, a header or a body never stays in what was read: only that it was there.
// "$GEMINI_API_KEY", "${KEY}", "$(cat key)", "<YOUR_API_KEY>": the way Google's examples and
// people's scripts name a key without writing it. No key is in the paste then.
bool namesAKeyOnly(const QString &key)
{
    return key.startsWith(u'$') || (key.startsWith(u'<') && key.endsWith(u'>'));
}

void takeKey(const QString &key, PastedRequest &request)
{
    if (key.trimmed().isEmpty())
        return;
    if (namesAKeyOnly(key.trimmed())) {
        request.keyReference = key.trimmed();
        return;
    }
    request.keyFound = true;
    Redactor::addSecret(key.trimmed()); // masked wherever it might be echoed
}

bool takesArgument(const QString &option)
{
    // curl's options that take a value: the value is not the URL.
    static const QStringList options = {u"-A"_s,           u"--user-agent"_s,
                                        u"-b"_s,           u"--cookie"_s,
                                        u"-c"_s,           u"--cookie-jar"_s,
                                        u"-e"_s,           u"--referer"_s,
                                        u"-E"_s,           u"--cert"_s,
                                        u"--cacert"_s,     u"--capath"_s,
                                        u"--key"_s,        u"-F"_s,
                                        u"--form"_s,       u"-m"_s,
                                        u"--max-time"_s,   u"--connect-timeout"_s,
                                        u"-o"_s,           u"--output"_s,
                                        u"-u"_s,           u"--user"_s,
                                        u"-x"_s,           u"--proxy"_s,
                                        u"-w"_s,           u"--write-out"_s,
                                        u"--retry"_s,      u"--retry-delay"_s,
                                        u"-T"_s,           u"--upload-file"_s,
                                        u"--resolve"_s,    u"--connect-to"_s,
                                        u"-K"_s,           u"--config"_s,
                                        u"--limit-rate"_s, u"-r"_s,
                                        u"--range"_s,      u"--interface"_s,
                                        u"--proxy-user"_s, u"-U"_s};
    return options.contains(option);
}

// A curl command line: its URL (the method and model), headers and body.
std::optional<PastedRequest> readCurl(const QString &text, QString *whyNot)
{
    QStringList words = shellWords(text);
    // "$ curl ...", "/usr/bin/curl ...": the words after the program's own.
    while (!words.isEmpty() && !words.constFirst().section(u'/', -1).startsWith(u"curl"_s))
        words.removeFirst();
    if (words.isEmpty())
        return std::nullopt;
    PastedRequest request;
    request.inputKind = u"curl"_s;
    QString url;
    QString body;
    bool bodyInFile = false;
    QString bodyFile;
    static const QStringList dataOptions = {
        u"-d"_s, u"--data"_s, u"--data-raw"_s, u"--data-binary"_s, u"--data-ascii"_s, u"--json"_s};
    for (qsizetype i = 1; i < words.size(); ++i) {
        const QString &word = words.at(i);
        QString option = word;
        QString value;
        bool attached = false;
        if (word.startsWith(u"-d"_s) && word.size() > 2 && !word.startsWith(u"--"_s)) {
            option = u"-d"_s; // -d'{"contents": ...}'
            value = word.mid(2);
            attached = true;
        } else if (word.startsWith(u"-H"_s) && word.size() > 2) {
            option = u"-H"_s;
            value = word.mid(2);
            attached = true;
        }
        const bool needsValue = dataOptions.contains(option) || option == u"-H"_s ||
                                option == u"--header"_s || option == u"--url"_s ||
                                option == u"-X"_s || option == u"--request"_s ||
                                takesArgument(option);
        if (needsValue && !attached) {
            if (i + 1 >= words.size())
                break;
            value = words.at(++i);
        }
        if (dataOptions.contains(option)) {
            if (value.startsWith(u'@')) {
                bodyInFile = true;
                bodyFile = value.mid(1);
            } else {
                body += body.isEmpty() ? value : u'&' + value;
            }
        } else if (option == u"-H"_s || option == u"--header"_s) {
            const qsizetype colon = value.indexOf(u':');
            const QByteArray name = value.left(colon).trimmed().toLatin1();
            const QString headerValue = colon < 0 ? QString() : value.mid(colon + 1).trimmed();
            if (name.compare("x-goog-api-key", Qt::CaseInsensitive) == 0) {
                takeKey(headerValue, request);
            } else if (name.compare("authorization", Qt::CaseInsensitive) == 0) {
                takeKey(headerValue.section(u' ', 1), request);
            } else if (!name.isEmpty()) {
                request.headers.append({name, headerValue.toUtf8()});
            }
        } else if (option == u"--url"_s) {
            url = value;
        } else if (!word.startsWith(u'-') && url.isEmpty()) {
            url = word;
        }
    }
    QUrl parsed = QUrl::fromUserInput(url);
    QUrlQuery query(parsed);
    if (query.hasQueryItem(u"key"_s)) {
        takeKey(query.queryItemValue(u"key"_s, QUrl::FullyDecoded), request);
        query.removeAllQueryItems(u"key"_s);
        parsed.setQuery(query);
    }
    if (!parsed.userInfo().isEmpty())
        parsed.setUserInfo({}); // credentials of a proxy or gateway: never kept
    request.url = parsed;
    if (bodyInFile) {
        if (whyNot)
            *whyNot = ReaderText::tr("The body of this curl command is in the file %1: run "
                                     "gemini-doctor inspect on that file.")
                          .arg(bodyFile);
        return std::nullopt;
    }

    static const QRegularExpression path(
        uR"re(/(v1beta|v1alpha|v1)/(?:models/([^/:]+):(\w+)|openai/chat/completions))re"_s);
    const auto match = path.match(parsed.path());
    if (match.hasMatch()) {
        request.apiVersion = match.captured(1);
        if (!match.captured(2).isEmpty()) {
            request.model = bareModel(QUrl::fromPercentEncoding(match.captured(2).toUtf8()));
            request.modelSource = u"url"_s;
            request.method = match.captured(3);
        } else {
            request.method = u"chat.completions"_s;
        }
    }
    if (body.trimmed().isEmpty()) {
        if (whyNot)
            *whyNot = request.method.isEmpty()
                          ? ReaderText::tr("Read a curl command without a request body (no -d, "
                                           "--data or --json): there is nothing to inspect.")
                          : ReaderText::tr("Read a curl command for %1 without a request body "
                                           "(no -d, --data or --json): there is nothing to "
                                           "inspect.")
                                .arg(request.method);
        return std::nullopt;
    }
    bool lines = false;
    const auto json = jsonOf(body.toUtf8(), &lines);
    PastedRequest fromBody;
    if (!json || !classifyBody(*json, fromBody)) {
        if (whyNot)
            *whyNot = ReaderText::tr("Read a curl command, but its body is not a Gemini API "
                                     "request: it begins with “%1”.")
                          .arg(Redactor::redact(body.left(60).simplified()));
        return std::nullopt;
    }
    request.body = *json;
    request.jsonLines = lines;
    request.bodyKind = fromBody.bodyKind;
    if (request.method.isEmpty())
        request.method = fromBody.method;
    if (request.model.isEmpty() && !fromBody.model.isEmpty()) {
        request.model = fromBody.model;
        request.modelSource = u"body"_s;
    }
    return request;
}

bool looksLikeCurl(const QString &text)
{
    static const QRegularExpression curl(
        uR"re(^\s*(?:\$\s*)?(?:[\w./\\-]*[/\\])?curl(?:\.exe)?\s)re"_s);
    return curl.match(text).hasMatch();
}

} // namespace

std::optional<PastedRequest> readRequest(const QByteArray &input, QString *whyNot)
{
    const QByteArray text = input.left(kMaxInput).trimmed();
    if (text.isEmpty()) {
        if (whyNot)
            *whyNot = ReaderText::tr("The input is empty: paste a request body or a curl command.");
        return std::nullopt;
    }
    const QString asText = QString::fromUtf8(text);
    if (looksLikeCurl(asText))
        return readCurl(asText, whyNot);

    bool lines = false;
    const auto json = jsonOf(text, &lines);
    PastedRequest request;
    if (!json) {
        if (whyNot)
            *whyNot = ReaderText::tr("Read %n bytes that are neither a JSON request body nor a "
                                     "curl command; they begin with “%1”.",
                                     nullptr, int(std::min<qsizetype>(input.size(), INT_MAX)))
                          .arg(Redactor::redact(asText.left(60).simplified()));
        return std::nullopt;
    }
    if (!classifyBody(*json, request)) {
        if (whyNot)
            *whyNot = ReaderText::tr(
                "Read JSON, but not a Gemini API request: it has none of contents, messages, "
                "requests, content or setup.");
        return std::nullopt;
    }
    request.inputKind = request.bodyKind;
    request.body = *json;
    request.jsonLines = lines;
    if (!request.model.isEmpty())
        request.modelSource = u"body"_s;
    return request;
}

} // namespace gd
