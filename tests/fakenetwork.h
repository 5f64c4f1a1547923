#pragma once

// A QNetworkAccessManager whose replies are scripted: answered, delayed, hanging or failing,
// without any socket. Each request takes the next script in order (the last one repeats).
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <memory>

namespace gd::test {

struct FakeAnswer
{
    int status = 200;
    QByteArray body = "{}";
    int delayMs = 0;
    bool hang = false; // never answers; only abort() ends it
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError; // a transport failure
};

class FakeReply final : public QNetworkReply
{
    Q_OBJECT
public:
    FakeReply(QNetworkAccessManager::Operation operation, const QNetworkRequest &request,
              const FakeAnswer &answer, QObject *parent)
        : QNetworkReply(parent), m_answer(answer)
    {
        setOperation(operation);
        setRequest(request);
        setUrl(request.url());
        open(QIODevice::ReadOnly);
        if (!answer.hang)
            QTimer::singleShot(answer.delayMs, this, &FakeReply::respond);
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        Q_EMIT errorOccurred(OperationCanceledError);
        Q_EMIT finished();
    }
    qint64 bytesAvailable() const override
    {
        return m_answer.body.size() - m_offset + QIODevice::bytesAvailable();
    }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min<qint64>(maxSize, m_answer.body.size() - m_offset);
        std::memcpy(data, m_answer.body.constData() + m_offset, size_t(count));
        m_offset += count;
        return count;
    }

private:
    void respond()
    {
        if (isFinished())
            return;
        if (m_answer.networkError != NoError) {
            m_answer.body.clear();
            setError(m_answer.networkError, QStringLiteral("scripted network failure"));
            setFinished(true);
            Q_EMIT errorOccurred(m_answer.networkError);
            Q_EMIT finished();
            return;
        }
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_answer.status);
        setRawHeader("Content-Type", "application/json");
        if (m_answer.status >= 400)
            setError(ProtocolInvalidOperationError, QStringLiteral("HTTP error"));
        Q_EMIT metaDataChanged();
        Q_EMIT readyRead();
        setFinished(true);
        Q_EMIT finished();
    }

    FakeAnswer m_answer;
    qint64 m_offset = 0;
};

class FakeNetworkAccessManager final : public QNetworkAccessManager
{
    Q_OBJECT
public:
    void script(QList<FakeAnswer> answers) { m_answers = std::move(answers); }
    int requestCount() const { return int(m_requests.size()); }
    const QList<QNetworkRequest> &requests() const { return m_requests; }

protected:
    QNetworkReply *createRequest(Operation operation, const QNetworkRequest &request,
                                 QIODevice *) override
    {
        m_requests.append(request);
        const FakeAnswer answer =
            m_answers.isEmpty()
                ? FakeAnswer{}
                : (m_answers.size() > 1 ? m_answers.takeFirst() : m_answers.constFirst());
        return new FakeReply(operation, request, answer, this);
    }

private:
    QList<FakeAnswer> m_answers;
    QList<QNetworkRequest> m_requests;
};

} // namespace gd::test
