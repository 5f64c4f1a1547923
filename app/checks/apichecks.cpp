#include "apichecks.h"

#include "calldiagnosis.h"
#include "checkcontext.h"
#include "diagnosis/answerparser.h"
#include "network/geminiclient.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

const QByteArray kPrompt = testPromptBody();

// The text the model answered, joined across stream events, for the detail column.
QString answerText(const QByteArray &body)
{
    static const QRegularExpression text(uR"re("text"\s*:\s*"((?:[^"\\]|\\.)*)")re"_s);
    QString joined;
    for (auto it = text.globalMatch(QString::fromUtf8(body)); it.hasNext() && joined.size() < 60;)
        joined += it.next().captured(1);
    joined = joined.simplified();
    return joined.size() > 40 ? joined.left(40) + u'…' : joined;
}

} // namespace

// One API check: its id, which model it sends, how it names the key, the call it makes and how
// it reads a 200 answer (an error status never reaches `read`).
struct ApiCheckRow
{
    QLatin1StringView id;
    Check::ModelUse modelUse;
    bool keyInGoogApiKeyHeader; // false: a Bearer token, as the OpenAI SDKs send it
    ApiCall *(*send)(const ApiCheck &check, GeminiClient &client);
    void (*read)(const ApiCheck &check, const CallResult &call, CheckResult &result);
};

namespace {

// The rows' words keep the translation contexts of the classes they once were.

// key: GET models. The key is accepted; remembers the models it can see.
void readModelList(const ApiCheck &check, const CallResult &call, CheckResult &result)
{
    const QJsonObject object = QJsonDocument::fromJson(call.body).object();
    if (!object.value(u"models"_s).isArray()) {
        check.failWith(call, result);
        return;
    }
    QStringList generating;
    QStringList live;
    const QJsonArray models = object.value(u"models"_s).toArray();
    for (const QJsonValue &model : models) {
        const QJsonObject entry = model.toObject();
        const QJsonArray methods = entry.value(u"supportedGenerationMethods"_s).toArray();
        const QString name = entry.value(u"name"_s).toString().remove(u"models/"_s);
        if (methods.contains(u"generateContent"_s))
            generating.append(name);
        if (methods.contains(u"bidiGenerateContent"_s))
            live.append(name);
    }
    check.run()->visibleModels = generating;
    check.run()->liveModels = live;
    check.run()->chooseModels(generating, live);
    result.state = CheckState::Pass;
    result.detail = QCoreApplication::translate(
                        "gd::KeyCheck", "key accepted; %1 of %n visible models can generate",
                        nullptr, int(models.size()))
                        .arg(generating.size());
}

// model: GET models/{model}. The model exists and supports generateContent.
void readModel(const ApiCheck &check, const CallResult &call, CheckResult &result)
{
    const QJsonObject model = QJsonDocument::fromJson(call.body).object();
    if (model.isEmpty()) {
        check.failWith(call, result);
        return;
    }
    const QJsonArray methods = model.value(u"supportedGenerationMethods"_s).toArray();
    if (!methods.contains(u"generateContent"_s)) {
        QStringList names;
        for (const QJsonValue &method : methods)
            names.append(method.toString());
        ParsedAnswer answer;
        answer.shape = InputShape::Text;
        answer.httpStatus = call.httpStatus;
        answer.message = u"%1 is not supported for generateContent (its methods: %2)."_s.arg(
            check.modelPath(), names.join(u", "_s));
        result.state = CheckState::Fail;
        result.diagnosis = diagnose(answer, check.diagnosisContextFor(call.url));
        return;
    }
    result.state = CheckState::Pass;
    result.detail = QCoreApplication::translate("gd::ModelCheck", "%1, up to %2 input tokens")
                        .arg(model.value(u"displayName"_s).toString())
                        .arg(model.value(u"inputTokenLimit"_s).toInteger());
}

// count_tokens: free, not counted against inference quota.
void readTokenCount(const ApiCheck &check, const CallResult &call, CheckResult &result)
{
    const QJsonObject object = QJsonDocument::fromJson(call.body).object();
    if (!object.contains(u"totalTokens"_s)) {
        check.failWith(call, result);
        return;
    }
    // Counts are named: lupdate 6.4 loops forever on a call inside translate()'s count.
    const int tokens = object.value(u"totalTokens"_s).toInt();
    result.state = CheckState::Pass;
    result.detail =
        QCoreApplication::translate("gd::CountTokensCheck", "%n tokens", nullptr, tokens);
}

void readAnswer(const ApiCheck &check, const CallResult &call, CheckResult &result)
{
    check.judgeAnswer(call, result);
}

// stream: read to the end; judged by its worst event.
void readStream(const ApiCheck &check, const CallResult &call, CheckResult &result)
{
    check.judgeAnswer(call, result);
    const int events = parseAnswer(call.body, call.httpStatus).events;
    if (result.state == CheckState::Pass)
        result.detail =
            QCoreApplication::translate("gd::StreamCheck", "%1, %n events", nullptr, events)
                .arg(result.detail);
}

// openai_compat: exactly as the OpenAI SDKs send it (contract section 4).
ApiCall *sendChatCompletion(const ApiCheck &check, GeminiClient &client)
{
    const QJsonObject request{
        {u"model"_s, check.run()->settings.model},
        {u"messages"_s,
         QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                {u"content"_s, u"Reply with the single word OK."_s}}}}};
    return client.postOpenAiCompatible(u"chat/completions"_s,
                                       QJsonDocument(request).toJson(QJsonDocument::Compact));
}

void readChatCompletion(const ApiCheck &check, const CallResult &call, CheckResult &result)
{
    const QJsonObject answer = QJsonDocument::fromJson(call.body).object();
    const QJsonArray choices = answer.value(u"choices"_s).toArray();
    if (choices.isEmpty()) {
        check.failWith(call,
                       result); // not an OpenAI-shaped answer: who answered says the diagnosis
        return;
    }
    // Its "model" says which model answered: another than the one asked is a routing.
    const Diagnosis diagnosis = diagnoseCall(call, check.diagnosisContextFor(call.url));
    if (diagnosis.category == Category::ModelRouted) {
        result.state = CheckState::Warn;
        result.diagnosis = diagnosis;
        return;
    }
    const QString answered =
        choices.first()[u"message"_s][u"content"_s].toString().simplified().left(40);
    result.state = CheckState::Pass;
    result.detail =
        answered.isEmpty()
            ? QCoreApplication::translate("gd::OpenAiCompatCheck", "answered")
            : QCoreApplication::translate("gd::OpenAiCompatCheck", "answered “%1”").arg(answered);
}

ApiCall *sendModelList(const ApiCheck &, GeminiClient &client)
{
    return client.get(u"models"_s, QUrlQuery{{u"pageSize"_s, u"1000"_s}});
}

ApiCall *sendModel(const ApiCheck &check, GeminiClient &client)
{
    return client.get(check.modelPath());
}

ApiCall *sendCountTokens(const ApiCheck &check, GeminiClient &client)
{
    return client.post(check.modelPath() + u":countTokens"_s, kPrompt);
}

// A short prompt, never a tiny maxOutputTokens (it starves thinking models).
ApiCall *sendGenerate(const ApiCheck &check, GeminiClient &client)
{
    return client.post(check.modelPath() + u":generateContent"_s, kPrompt);
}

ApiCall *sendStream(const ApiCheck &check, GeminiClient &client)
{
    return client.post(check.modelPath() + u":streamGenerateContent"_s, kPrompt,
                       QUrlQuery{{u"alt"_s, u"sse"_s}});
}

// The table: one row per check, in the order a run makes them.
const ApiCheckRow kRows[] = {
    {"key"_L1, Check::ModelUse::None, true, sendModelList, readModelList},
    {"model"_L1, Check::ModelUse::TestModel, true, sendModel, readModel},
    {"count_tokens"_L1, Check::ModelUse::TestModel, true, sendCountTokens, readTokenCount},
    {"generate"_L1, Check::ModelUse::TestModel, true, sendGenerate, readAnswer},
    {"stream"_L1, Check::ModelUse::TestModel, true, sendStream, readStream},
    {"openai_compat"_L1, Check::ModelUse::TestModel, false, sendChatCompletion, readChatCompletion},
};

} // namespace

QByteArray testPromptBody()
{
    // Small, so the test costs almost nothing; no maxOutputTokens, which starves thinking models.
    return R"({"contents": [{"role": "user", "parts": [{"text": "Reply with the single word OK."}]}]})";
}

ApiCheck::ApiCheck(const ApiCheckRow &row, CheckContext *context, QObject *parent)
    : Check(context, parent), m_row(row)
{}

std::vector<Check *> ApiCheck::all(CheckContext *context, QObject *parent)
{
    std::vector<Check *> checks;
    for (const ApiCheckRow &row : kRows)
        checks.push_back(new ApiCheck(row, context, parent));
    return checks;
}

QString ApiCheck::id() const
{
    return QString(m_row.id);
}

QStringList ApiCheck::prerequisites() const
{
    return {u"dns"_s};
}

Check::ModelUse ApiCheck::modelUse() const
{
    return m_row.modelUse;
}

void ApiCheck::start()
{
    m_done = false;
    m_lastCall.reset();
    m_call = m_row.send(*this, *context()->client);
    connect(m_call, &ApiCall::finished, this, &ApiCheck::onFinished);
}

void ApiCheck::cancel()
{
    m_done = true;
    if (m_call) {
        m_call->disconnect(this); // a cancelled call's answer never reaches a later start()
        m_call->cancel();
    }
}

DiagnosisContext ApiCheck::diagnosisContextFor(const QUrl &url) const
{
    DiagnosisContext diagnosis = context()->diagnosisContext(url);
    diagnosis.standardKeyInHeader = diagnosis.standardKeyInHeader && m_row.keyInGoogApiKeyHeader;
    return diagnosis;
}

QString ApiCheck::modelPath() const
{
    return u"models/"_s + context()->settings.model;
}

void ApiCheck::failWith(const CallResult &call, CheckResult &result) const
{
    result.state = CheckState::Fail;
    result.diagnosis = diagnoseCall(call, diagnosisContextFor(call.url));
}

void ApiCheck::judgeAnswer(const CallResult &call, CheckResult &result) const
{
    const Diagnosis diagnosis = diagnoseCall(call, diagnosisContextFor(call.url));
    if (diagnosis.category == Category::Ok) {
        result.state = CheckState::Pass;
        const QString text = answerText(call.body);
        result.detail = text.isEmpty() ? tr("answered") : tr("answered “%1”").arg(text);
        return;
    }
    // A 200 whose content is unusable means the key and the connection work: a warning.
    result.state = isAnsweredCategory(diagnosis.category) ? CheckState::Warn : CheckState::Fail;
    result.diagnosis = diagnosis;
}

void ApiCheck::onFinished(const CallResult &call)
{
    if (m_done)
        return;
    m_done = true;
    m_lastCall = call;
    Q_EMIT finished(judge(call));
}

void ApiCheck::rejudge()
{
    if (m_lastCall)
        Q_EMIT finished(judge(*m_lastCall));
}

CheckResult ApiCheck::judge(const CallResult &call) const
{
    CheckResult result;
    result.id = id();
    result.ms = call.timings.totalMs;
    result.timings = call.timings;
    result.httpStatus = call.httpStatus;
    result.attempts = call.attempts;
    if (!call.hasHttpAnswer() || call.httpStatus < 200 || call.httpStatus > 299)
        failWith(call, result);
    else
        m_row.read(*this, call, result);
    if (result.state == CheckState::Pass && call.attempts > 1)
        result.detail = tr("%1 (after %n attempts)", nullptr, call.attempts).arg(result.detail);
    return result;
}

} // namespace gd
