#include "requestsender.h"

#include "calldiagnosis.h"
#include "network/geminiclient.h"
#include "policy/endpointpolicy.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

class SenderText
{
    Q_DECLARE_TR_FUNCTIONS(gd::RequestSender)
};

ClientConfig configFor(const CheckSettings &settings, const QString &apiVersion)
{
    ClientConfig config;
    config.baseUrl = settings.baseUrl;
    config.apiVersion = apiVersion.isEmpty() ? settings.apiVersion : apiVersion;
    config.timeoutMs = settings.timeoutMs;
    return config;
}

} // namespace

std::optional<QUrl> sendTarget(const PastedRequest &request, const QUrl &override, QString *whyNot)
{
    if (override.isValid() && !override.isEmpty())
        return override;
    const QUrl pasted = request.url;
    const QUrl google = CheckSettings().baseUrl;
    if (!pasted.isValid() || pasted.host().isEmpty())
        return google;
    if (pasted.host() == google.host() || isLoopbackHost(pasted.host())) {
        QUrl base;
        base.setScheme(pasted.scheme());
        base.setHost(pasted.host());
        base.setPort(pasted.port());
        return base;
    }
    if (whyNot)
        *whyNot = SenderText::tr("The pasted request goes to %1, not to Google's API: Gemini "
                                 "Doctor sends your key only to Google's API or to this "
                                 "computer. Name the place with --base-url if you mean it.")
                      .arg(pasted.host());
    return std::nullopt;
}

RequestSender::RequestSender(QNetworkAccessManager *network, CheckSettings settings,
                             QObject *parent)
    : SendJob(parent), m_network(network), m_settings(std::move(settings))
{}

void RequestSender::send(const PastedRequest &request, const QJsonValue &body)
{
    const ClientConfig config = configFor(m_settings, request.apiVersion);
    // The client lives as long as its call: both go when the answer is in.
    auto *client = new GeminiClient(m_network, config, m_settings.apiKey, this);
    const QByteArray json = body.isArray()
                                ? QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact)
                                : QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (request.method == u"chat.completions"_s) {
        m_call = client->postOpenAiCompatible(u"chat/completions"_s, json);
    } else {
        QUrlQuery query(request.url);
        query.removeAllQueryItems(u"key"_s);
        m_call = client->post(u"models/%1:%2"_s.arg(request.model, request.method), json, query);
    }
    const QString model = request.model;
    connect(m_call, &ApiCall::finished, this,
            [this, client, config, model](const CallResult &call) {
                SentRequest result;
                result.call = call;
                result.url = call.url.adjusted(QUrl::RemoveUserInfo);
                DiagnosisContext context;
                context.model = model;
                context.apiVersion = config.apiVersion;
                context.endpoint = result.url;
                context.timeoutMs = config.timeoutMs;
                result.diagnosis = diagnoseCall(call, context);
                client->deleteLater();
                Q_EMIT sent(result);
            });
}

void RequestSender::listModels()
{
    auto *client = new GeminiClient(m_network, configFor(m_settings, {}), m_settings.apiKey, this);
    m_call = client->get(u"models"_s, QUrlQuery{{u"pageSize"_s, u"1000"_s}});
    connect(m_call, &ApiCall::finished, this, [this, client](const CallResult &call) {
        QStringList names;
        if (call.httpStatus == 200) {
            for (const QJsonValue &model :
                 QJsonDocument::fromJson(call.body)[u"models"_s].toArray())
                names.append(model[u"name"_s].toString().remove(u"models/"_s));
        }
        client->deleteLater();
        Q_EMIT modelsListed(names);
    });
}

void RequestSender::cancel()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

} // namespace gd
