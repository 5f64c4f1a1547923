#pragma once

#include "calls/callresult.h"
#include "policy/endpointpolicy.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSslError>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <optional>

class QNetworkReply;

namespace gd {

class LiveCall;

inline constexpr qint64 kDefaultBodyCapBytes = 1024 * 1024;

// What the retry loop needs to know about a failed answer: the server's requested delay and
// whether waiting can help at all. The checks layer answers it from the diagnosis.
struct RetryHint
{
    std::optional<double> serverDelaySeconds;
    bool retryable = true;
};
using RetryAdvisor = std::function<RetryHint(const CallResult &)>;

struct ClientConfig
{
    QUrl baseUrl = googleApiBaseUrl();
    QString apiVersion = QStringLiteral("v1beta");
    int timeoutMs = kDefaultTimeoutMs;
    qint64 bodyCapBytes = kDefaultBodyCapBytes;
    RetryPolicy retry;
    RetryAdvisor retryAdvisor;
};

// One API call, retried by the policy, and reported once through finished().
class ApiCall final : public QObject
{
    Q_OBJECT
public:
    ApiCall(QNetworkAccessManager *manager, QNetworkRequest request,
            QNetworkAccessManager::Operation operation, QByteArray body, const ClientConfig &config,
            QObject *parent = nullptr);
    ~ApiCall() override;

    // Finishes at once (queued) with this failure: used for refused endpoints.
    void failBeforeSending(TransportFailure failure, const QString &detail);
    void start();
    void cancel();

Q_SIGNALS:
    void finished(const gd::CallResult &result);
    void retrying(int nextAttempt, int delayMs, const gd::CallResult &failed);

private:
    void sendAttempt();
    void abandonReply();
    void onReadyRead();
    void onReplyFinished();
    void finishAttempt(CallResult result);
    CallResult resultFromReply();
    Timings measuredTimings() const;

    QNetworkAccessManager *m_manager;
    QNetworkRequest m_request;
    QNetworkAccessManager::Operation m_operation;
    QByteArray m_requestBody;
    ClientConfig m_config;

    QPointer<QNetworkReply> m_reply;
    QTimer m_deadline;
    QTimer m_backoff;
    QElapsedTimer m_clock;
    int m_attempts = 0;
    bool m_done = false;

    // Per-attempt state.
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_undecodable = false; // Qt gave up on the body itself (it would not decompress)
    bool m_cancelled = false;
    qint64 m_connectStarted = -1;
    qint64 m_encrypted = -1;
    qint64 m_requestSent = -1;
    qint64 m_firstByte = -1;
};

// The Gemini REST client. The network access manager is passed in (tests hand in fakes); the key
// travels in the x-goog-api-key header and nowhere else, but to the OpenAI-compatible endpoint,
// where it goes as "Authorization: Bearer", exactly as the OpenAI SDKs send it.
class GeminiClient final : public QObject
{
    Q_OBJECT
public:
    GeminiClient(QNetworkAccessManager *manager, ClientConfig config, QString apiKey,
                 QObject *parent = nullptr);

    const ClientConfig &config() const { return m_config; }
    // {base}/{version}/{path}?{query}; path is e.g. "models" or "models/x:generateContent".
    QUrl urlFor(const QString &path, const QUrlQuery &query = {}) const;

    // The calls start at once and delete themselves after finished().
    ApiCall *get(const QString &path, const QUrlQuery &query = {});
    ApiCall *post(const QString &path, const QByteArray &json, const QUrlQuery &query = {});
    // {base}/v1beta/openai/{path}, the key as a Bearer token and no x-goog-api-key.
    QUrl openAiUrlFor(const QString &path) const;
    ApiCall *postOpenAiCompatible(const QString &path, const QByteArray &json);
    // A Live API session with this client's endpoint, time limit and key (in the upgrade's
    // x-goog-api-key header), not yet started: connect to finished(), then start() it. It finishes
    // once; the caller owns it.
    LiveCall *openLive(const QString &model, bool audioAnswer);

private:
    enum class KeyHeader
    {
        GoogApiKey,
        Bearer
    };
    ApiCall *send(QNetworkAccessManager::Operation operation, const QUrl &url,
                  const QByteArray &body, KeyHeader keyHeader);

    QNetworkAccessManager *m_manager;
    ClientConfig m_config;
    QString m_apiKey;
};

} // namespace gd
