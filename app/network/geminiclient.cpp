#include "geminiclient.h"

#include "livecall.h"
#include "networkaccess.h"
#include "policy/endpointpolicy.h"
#include "transporterrors.h"

#include <QNetworkReply>
#include <QSslCertificate>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// Network and proxy errors mean no usable answer arrived; every other error (400 is reported as
// ProtocolInvalidOperationError, 404 as ContentNotFoundError...) still comes with a readable HTTP
// status and body.
bool isHttpStatusError(QNetworkReply::NetworkError error)
{
    return error == QNetworkReply::NoError || error >= QNetworkReply::ContentAccessDenied;
}

int elapsedBetween(qint64 from, qint64 to)
{
    return (from >= 0 && to >= from) ? int(to - from) : 0;
}

} // namespace

ApiCall::ApiCall(QNetworkAccessManager *manager, QNetworkRequest request,
                 QNetworkAccessManager::Operation operation, QByteArray body,
                 const ClientConfig &config, QObject *parent)
    : QObject(parent)
    , m_manager(manager)
    , m_request(std::move(request))
    , m_operation(operation)
    , m_requestBody(std::move(body))
    , m_config(config)
{
    m_deadline.setSingleShot(true);
    m_backoff.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            abandonReply();
    });
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::sendAttempt);
}

ApiCall::~ApiCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        abandonReply();
        m_reply->deleteLater();
    }
}

void ApiCall::failBeforeSending(TransportFailure failure, const QString &detail)
{
    CallResult result;
    result.url = m_request.url();
    result.transportFailure = failure;
    result.transportDetail = detail;
    result.attempts = 0;
    QTimer::singleShot(0, this, [this, result] {
        if (m_done) // cancelled before the refusal was delivered: finished once already
            return;
        m_done = true;
        Q_EMIT finished(result);
        deleteLater();
    });
}

void ApiCall::start()
{
    sendAttempt();
}

void ApiCall::cancel()
{
    if (m_done)
        return;
    m_cancelled = true;
    m_backoff.stop();
    if (m_reply) {
        abandonReply();
    } else {
        CallResult result;
        result.url = m_request.url();
        result.cancelledByUser = true;
        result.transportFailure = TransportFailure::Cancelled;
        result.attempts = m_attempts;
        finishAttempt(result);
    }
}

void ApiCall::sendAttempt()
{
    ++m_attempts;
    m_body.clear();
    m_sslErrors.clear();
    m_timedOut = m_tooLarge = m_undecodable = false;
    m_connectStarted = m_encrypted = m_requestSent = m_firstByte = -1;
    m_clock.start();

    QNetworkReply *reply = nullptr;
    if (m_operation == QNetworkAccessManager::PostOperation)
        reply = m_manager->post(m_request, m_requestBody);
    else
        reply = m_manager->get(m_request);
    m_reply = reply;
    // Without a read buffer limit nothing holds Qt's HTTP thread back: it reads the socket as
    // fast as the server writes and posts every block to this thread, one post per chunk of a
    // chunked body. Qt emits readyRead only once this thread has caught up with those posts, so
    // while it lags, the body piles up in the event queue and onReadyRead() never gets to see the
    // cap; and the abort, itself a post to the HTTP thread, waits until the socket runs dry. A
    // 2 GB chunked body peaked at 3.9 GB that way. With the limit Qt hands over at most this much
    // and reads the socket again only once onReadyRead() has taken it, so TCP holds the server
    // back. Qt passes the limit to its HTTP thread only through a signal that it connects when
    // the request starts: a GET starts within get(), so the limit is set at once, before any data
    // can come; a POST with a body starts from a queued call, and a limit set before then is lost
    // (a POST still peaked at 5.5 GB), so it is set again once that call has run.
    const qint64 readBuffer = m_config.bodyCapBytes + 1;
    reply->setReadBufferSize(readBuffer);
    QMetaObject::invokeMethod(
        reply, [reply, readBuffer] { reply->setReadBufferSize(readBuffer); }, Qt::QueuedConnection);

    connect(reply, &QNetworkReply::socketStartedConnecting, this,
            [this] { m_connectStarted = m_clock.elapsed(); });
    connect(reply, &QNetworkReply::encrypted, this, [this] { m_encrypted = m_clock.elapsed(); });
    connect(reply, &QNetworkReply::requestSent, this,
            [this] { m_requestSent = m_clock.elapsed(); });
    connect(reply, &QNetworkReply::metaDataChanged, this, [this] {
        if (m_firstByte < 0)
            m_firstByte = m_clock.elapsed();
    });
    connect(reply, &QNetworkReply::readyRead, this, &ApiCall::onReadyRead);
    connect(reply, &QNetworkReply::errorOccurred, this,
            [this, reply](QNetworkReply::NetworkError error) {
                // Qt finishes a reply after an error from the network or an HTTP error status,
                // not after one of its own in this thread: a 2xx body that fails to decompress
                // (UnknownContentError, as any 4xx without a code of its own) stops there, and
                // with the read buffer limit the rest of the body, which used to finish it, never
                // comes (it hung until the time limit). abort() keeps the first error.
                const int status =
                    reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (error != QNetworkReply::UnknownContentError || status < 200 || status > 299)
                    return;
                QTimer::singleShot(0, this, [this, reply] {
                    if (m_reply != reply || reply->isFinished())
                        return;
                    m_undecodable = true;
                    abandonReply();
                });
            });
    connect(reply, &QNetworkReply::sslErrors, this,
            [this](const QList<QSslError> &errors) { m_sslErrors.append(errors); });
    connect(reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
    m_deadline.start(m_config.timeoutMs);
}

void ApiCall::abandonReply()
{
    // Qt's HTTP thread may still be busy with this answer after the abort (see networkaccess.h).
    noteAbandonedReply(m_manager);
    m_reply->abort();
}

void ApiCall::onReadyRead()
{
    if (!m_reply || m_tooLarge)
        return;
    if (m_firstByte < 0)
        m_firstByte = m_clock.elapsed();
    // Read one byte past the cap, to know that there was more.
    m_body += m_reply->read(m_config.bodyCapBytes + 1 - m_body.size());
    if (m_body.size() > m_config.bodyCapBytes) {
        m_body.truncate(m_config.bodyCapBytes);
        m_tooLarge = true;
        abandonReply();
    }
}

Timings ApiCall::measuredTimings() const
{
    Timings timings;
    const qint64 now = m_clock.elapsed();
    // QNetworkAccessManager resolves the host before it starts connecting, and it does not signal
    // the moment the TCP connection opens: for a new HTTPS connection connect_ms therefore covers
    // the TCP connect and the TLS handshake together (the tls check times each on its own).
    if (m_connectStarted >= 0) {
        timings.dnsMs = int(m_connectStarted);
        const qint64 ready = m_encrypted >= 0 ? m_encrypted : m_requestSent;
        timings.connectMs = elapsedBetween(m_connectStarted, ready);
    }
    timings.ttfbMs = m_firstByte >= 0 ? int(m_firstByte) : 0;
    timings.totalMs = int(now);
    return timings;
}

CallResult ApiCall::resultFromReply()
{
    CallResult result;
    result.url = m_request.url();
    result.attempts = m_attempts;
    result.timings = measuredTimings();

    const auto error = m_reply->error();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (!m_tooLarge && !m_timedOut && !m_cancelled)
        m_body += m_reply->read(m_config.bodyCapBytes + 1 - m_body.size());
    if (m_body.size() > m_config.bodyCapBytes) {
        m_body.truncate(m_config.bodyCapBytes);
        m_tooLarge = true;
    }
    result.body = m_body;
    result.httpStatus = status.isValid() ? status.toInt() : 0;
    result.contentType = m_reply->rawHeader("Content-Type");
    result.retryAfterHeader = m_reply->rawHeader("Retry-After");

    if (m_cancelled) {
        result.cancelledByUser = true;
        result.transportFailure = TransportFailure::Cancelled;
    } else if (m_tooLarge) {
        result.transportFailure = TransportFailure::TooLarge;
        result.transportDetail = tooLargeDetail(m_config.bodyCapBytes);
    } else if (m_undecodable) {
        result.transportFailure = TransportFailure::Protocol;
        result.transportDetail = m_reply->errorString(); // "Decompression failed: ..."
    } else if (m_timedOut) {
        result.transportFailure = TransportFailure::Timeout;
        result.transportDetail =
            tr("No complete answer within %1 s.").arg(m_config.timeoutMs / 1000.0, 0, 'g', 3);
    } else if (result.httpStatus == 407 ||
               error == QNetworkReply::ProxyAuthenticationRequiredError) {
        result.transportFailure = TransportFailure::Proxy;
        result.transportDetail = tr("The proxy asks for credentials (HTTP 407).");
    } else if (!isHttpStatusError(error) || result.httpStatus == 0) {
        result.transportFailure = failureForReplyError(error);
        result.transportDetail = m_reply->errorString();
        if (!m_sslErrors.isEmpty()) {
            result.transportDetail = describeSslErrors(m_sslErrors);
            result.certificateIssuer =
                certificateIssuer(m_sslErrors, m_reply->sslConfiguration().peerCertificateChain());
        }
    }
    return result;
}

void ApiCall::onReplyFinished()
{
    if (!m_reply)
        return;
    m_deadline.stop();
    CallResult result = resultFromReply();
    m_reply->disconnect(this);
    m_reply->deleteLater();
    m_reply = nullptr;
    finishAttempt(std::move(result));
}

void ApiCall::finishAttempt(CallResult result)
{
    if (m_done)
        return;
    if (!result.cancelledByUser && RetryPolicy::isTransient(result)) {
        const RetryHint hint = m_config.retryAdvisor ? m_config.retryAdvisor(result) : RetryHint{};
        const RetryDecision decision =
            m_config.retry.decide(m_attempts, result, hint.serverDelaySeconds, hint.retryable);
        if (decision.retry) {
            Q_EMIT retrying(m_attempts + 1, decision.delayMs, result);
            m_backoff.start(decision.delayMs);
            return;
        }
        result.retryNote = decision.stopReason;
    }
    m_done = true;
    Q_EMIT finished(result);
    deleteLater();
}

GeminiClient::GeminiClient(QNetworkAccessManager *manager, ClientConfig config, QString apiKey,
                           QObject *parent)
    : QObject(parent), m_manager(manager), m_config(std::move(config)), m_apiKey(std::move(apiKey))
{}

QUrl GeminiClient::urlFor(const QString &path, const QUrlQuery &query) const
{
    QUrl url = endpointUrl(m_config.baseUrl, m_config.apiVersion + u'/' + path);
    url.setQuery(query);
    return url;
}

QUrl GeminiClient::openAiUrlFor(const QString &path) const
{
    return endpointUrl(m_config.baseUrl, u"v1beta/openai/"_s + path);
}

ApiCall *GeminiClient::get(const QString &path, const QUrlQuery &query)
{
    return send(QNetworkAccessManager::GetOperation, urlFor(path, query), {},
                KeyHeader::GoogApiKey);
}

ApiCall *GeminiClient::post(const QString &path, const QByteArray &json, const QUrlQuery &query)
{
    return send(QNetworkAccessManager::PostOperation, urlFor(path, query), json,
                KeyHeader::GoogApiKey);
}

ApiCall *GeminiClient::postOpenAiCompatible(const QString &path, const QByteArray &json)
{
    return send(QNetworkAccessManager::PostOperation, openAiUrlFor(path), json, KeyHeader::Bearer);
}

LiveCall *GeminiClient::openLive(const QString &model, bool audioAnswer)
{
    LiveConfig config;
    config.baseUrl = m_config.baseUrl;
    config.apiVersion = m_config.apiVersion;
    config.model = model;
    config.audioAnswer = audioAnswer;
    config.timeoutMs = m_config.timeoutMs;
    config.messageCapBytes = m_config.bodyCapBytes;
    return new LiveCall(m_manager, config, m_apiKey);
}

ApiCall *GeminiClient::send(QNetworkAccessManager::Operation operation, const QUrl &url,
                            const QByteArray &body, KeyHeader keyHeader)
{
    QNetworkRequest request(url);
    // One credential, one header: both at once is Google's "Multiple authentication credentials".
    if (keyHeader == KeyHeader::Bearer)
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    else
        request.setRawHeader("x-goog-api-key", m_apiKey.toUtf8());
    request.setRawHeader("User-Agent", "gemini-doctor/" GD_VERSION);
    if (operation == QNetworkAccessManager::PostOperation)
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    // The body cap counts decompressed bytes and ApiCall reads no further, so Qt's own guard
    // against compression bombs is not needed. It is in the way: with the read buffer limit (see
    // ApiCall::sendAttempt) Qt inflates up to a cap's worth of compressed bytes at once, and a bomb
    // then failed as an empty answer instead of response_too_large.
    request.setDecompressedSafetyCheckThreshold(-1);
    // Same-origin only: a redirect to another host would carry the key there.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::SameOriginRedirectPolicy);

    auto *call = new ApiCall(m_manager, request, operation, body, m_config, this);
    if (const auto refusal = refusalReason(m_config.baseUrl))
        call->failBeforeSending(TransportFailure::InsecureEndpoint, *refusal);
    else
        call->start();
    return call;
}

} // namespace gd
