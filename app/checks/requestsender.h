#pragma once

#include "diagnosis/diagnosis.h"
#include "inspect/pastedrequest.h"
#include "results/checksettings.h"
#include "results/jobs.h"
#include "results/sentrequest.h"

#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;

namespace gd {

class ApiCall;

// Where a pasted request goes: `override` (--base-url, the simulator) when given, else the pasted
// URL's place when it is Google's API or this computer, else Google's API. Nothing, and why, when
// the pasted URL names another host: the person's key goes to Google's API or this computer only.
std::optional<QUrl> sendTarget(const PastedRequest &request, const QUrl &override, QString *whyNot);

// Sends a pasted request through check's client, with the settings' key (never the pasted one),
// and diagnoses the answer; reads the key's model list for inspect's rules. Each finishes once.
class RequestSender final : public SendJob
{
    Q_OBJECT
public:
    // settings: baseUrl, apiVersion, timeoutMs and apiKey.
    RequestSender(QNetworkAccessManager *network, CheckSettings settings,
                  QObject *parent = nullptr);

    // `body` as pasted, or with the safe fixes; the method and model are the request's.
    void send(const PastedRequest &request, const QJsonValue &body) override;
    void listModels();
    void cancel();

Q_SIGNALS:
    void modelsListed(const QStringList &models);

private:
    QNetworkAccessManager *m_network;
    CheckSettings m_settings;
    QPointer<ApiCall> m_call;
};

} // namespace gd
