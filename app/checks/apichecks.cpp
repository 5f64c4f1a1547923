#include "apichecks.h"

#include "calldiagnosis.h"
#include "checkcontext.h"
#include "diagnosis/answerparser.h"
#include "network/geminiclient.h"

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

QByteArray testPromptBody()
{
    // Small, so the test costs almost nothing; no maxOutputTokens, which starves thinking models.
    return R"({"contents": [{"role": "user", "parts": [{"text": "Reply with the single word OK."}]}]})";
}

void ApiCheck::start()
{
    m_done = false;
    m_lastCall.reset();
    m_call = send(*context()->client);
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
    diagnosis.standardKeyInHeader = diagnosis.standardKeyInHeader && keyInGoogApiKeyHeader();
    return diagnosis;
}

QString ApiCheck::modelPath() const
{
    return u"models/"_s + context()->settings.model;
}

void ApiCheck::failWith(const CallResult &call, CheckResult &result)
{
    result.state = CheckState::Fail;
    result.diagnosis = diagnoseCall(call, diagnosisContextFor(call.url));
}

void ApiCheck::judgeAnswer(const CallResult &call, CheckResult &result)
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

CheckResult ApiCheck::judge(const CallResult &call)
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
        evaluate(call, result);
    if (result.state == CheckState::Pass && call.attempts > 1)
        result.detail = tr("%1 (after %n attempts)", nullptr, call.attempts).arg(result.detail);
    return result;
}

QString KeyCheck::id() const
{
    return u"key"_s;
}

QStringList KeyCheck::prerequisites() const
{
    return {u"dns"_s};
}

ApiCall *KeyCheck::send(GeminiClient &client)
{
    return client.get(u"models"_s, QUrlQuery{{u"pageSize"_s, u"1000"_s}});
}

void KeyCheck::evaluate(const CallResult &call, CheckResult &result)
{
    const QJsonObject object = QJsonDocument::fromJson(call.body).object();
    if (!object.value(u"models"_s).isArray()) {
        failWith(call, result);
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
    context()->visibleModels = generating;
    context()->liveModels = live;
    context()->chooseModels(generating, live);
    result.state = CheckState::Pass;
    result.detail =
        tr("key accepted; %1 of %n visible models can generate", nullptr, int(models.size()))
            .arg(generating.size());
}

QString ModelCheck::id() const
{
    return u"model"_s;
}

QStringList ModelCheck::prerequisites() const
{
    return {u"dns"_s};
}

ApiCall *ModelCheck::send(GeminiClient &client)
{
    return client.get(modelPath());
}

void ModelCheck::evaluate(const CallResult &call, CheckResult &result)
{
    const QJsonObject model = QJsonDocument::fromJson(call.body).object();
    if (model.isEmpty()) {
        failWith(call, result);
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
            modelPath(), names.join(u", "_s));
        DiagnosisContext diagnosisContext = diagnosisContextFor(call.url);
        result.state = CheckState::Fail;
        result.diagnosis = diagnose(answer, diagnosisContext);
        return;
    }
    result.state = CheckState::Pass;
    result.detail = tr("%1, up to %2 input tokens")
                        .arg(model.value(u"displayName"_s).toString())
                        .arg(model.value(u"inputTokenLimit"_s).toInteger());
}

QString CountTokensCheck::id() const
{
    return u"count_tokens"_s;
}

QStringList CountTokensCheck::prerequisites() const
{
    return {u"dns"_s};
}

ApiCall *CountTokensCheck::send(GeminiClient &client)
{
    return client.post(modelPath() + u":countTokens"_s, kPrompt);
}

void CountTokensCheck::evaluate(const CallResult &call, CheckResult &result)
{
    const QJsonObject object = QJsonDocument::fromJson(call.body).object();
    if (!object.contains(u"totalTokens"_s)) {
        failWith(call, result);
        return;
    }
    result.state = CheckState::Pass;
    result.detail = tr("%n tokens", nullptr, object.value(u"totalTokens"_s).toInt());
}

QString GenerateCheck::id() const
{
    return u"generate"_s;
}

QStringList GenerateCheck::prerequisites() const
{
    return {u"dns"_s};
}

ApiCall *GenerateCheck::send(GeminiClient &client)
{
    return client.post(modelPath() + u":generateContent"_s, kPrompt);
}

void GenerateCheck::evaluate(const CallResult &call, CheckResult &result)
{
    judgeAnswer(call, result);
}

QString StreamCheck::id() const
{
    return u"stream"_s;
}

QStringList StreamCheck::prerequisites() const
{
    return {u"dns"_s};
}

ApiCall *StreamCheck::send(GeminiClient &client)
{
    return client.post(modelPath() + u":streamGenerateContent"_s, kPrompt,
                       QUrlQuery{{u"alt"_s, u"sse"_s}});
}

void StreamCheck::evaluate(const CallResult &call, CheckResult &result)
{
    judgeAnswer(call, result);
    if (result.state == CheckState::Pass)
        result.detail = tr("%1, %n events", nullptr, parseAnswer(call.body, call.httpStatus).events)
                            .arg(result.detail);
}

QString OpenAiCompatCheck::id() const
{
    return u"openai_compat"_s;
}

QStringList OpenAiCompatCheck::prerequisites() const
{
    return {u"dns"_s};
}

ApiCall *OpenAiCompatCheck::send(GeminiClient &client)
{
    const QJsonObject request{
        {u"model"_s, context()->settings.model},
        {u"messages"_s,
         QJsonArray{QJsonObject{{u"role"_s, u"user"_s},
                                {u"content"_s, u"Reply with the single word OK."_s}}}}};
    return client.postOpenAiCompatible(u"chat/completions"_s,
                                       QJsonDocument(request).toJson(QJsonDocument::Compact));
}

void OpenAiCompatCheck::evaluate(const CallResult &call, CheckResult &result)
{
    const QJsonObject answer = QJsonDocument::fromJson(call.body).object();
    const QJsonArray choices = answer.value(u"choices"_s).toArray();
    if (choices.isEmpty()) {
        failWith(call, result); // not an OpenAI-shaped answer: who answered says the diagnosis
        return;
    }
    // Its "model" says which model answered: another than the one asked is a routing.
    const Diagnosis diagnosis = diagnoseCall(call, diagnosisContextFor(call.url));
    if (diagnosis.category == Category::ModelRouted) {
        result.state = CheckState::Warn;
        result.diagnosis = diagnosis;
        return;
    }
    const QString text =
        choices.first()[u"message"_s][u"content"_s].toString().simplified().left(40);
    result.state = CheckState::Pass;
    result.detail = text.isEmpty() ? tr("answered") : tr("answered “%1”").arg(text);
}

} // namespace gd
