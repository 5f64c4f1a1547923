#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QStandardPaths>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace gd {

namespace {

SecretResult resultOf(const QKeychain::Job &job)
{
    SecretResult result;
    result.detail = job.errorString();
    switch (job.error()) {
    case QKeychain::NoError:
        result.status = SecretStatus::Ok;
        result.detail.clear();
        break;
    case QKeychain::EntryNotFound:
        result.status = SecretStatus::NotFound;
        break;
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        result.status = SecretStatus::AccessDenied;
        break;
    default:
        result.status = SecretStatus::Unavailable;
        break;
    }
    return result;
}

} // namespace

QString KeychainSecretStore::serviceName()
{
    return QLatin1String(QStandardPaths::isTestModeEnabled() ? kTestService : kService);
}

KeychainSecretStore::KeychainSecretStore(QObject *parent, int timeoutMs)
    : SecretStore(parent), m_timeoutMs(timeoutMs)
{}

QString KeychainSecretStore::location() const
{
    return tr("the OS keychain (Secret Service: gnome-keyring or KWallet), service “%1”")
        .arg(serviceName());
}

template<typename Job>
void KeychainSecretStore::run(Job *job, SecretCallback done)
{
    auto answered = std::make_shared<bool>(false);
    auto finish = [answered, done](const SecretResult &result) {
        if (*answered)
            return;
        *answered = true;
        done(result);
    };
    if (m_hung) {
        job->deleteLater();
        QTimer::singleShot(0, this, [finish] {
            finish({SecretStatus::TimedOut, {}, tr("an earlier keychain request never finished")});
        });
        return;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plain-text file for an API key
    connect(job, &QKeychain::Job::finished, this, [this, finish](QKeychain::Job *finishedJob) {
        // A job that answers, even after its time ran out, means the keychain moves again (the
        // person unlocked it): later requests may try it once more.
        m_hung = false;
        SecretResult result = resultOf(*finishedJob);
        if (result.ok()) {
            if (auto *reader = qobject_cast<QKeychain::ReadPasswordJob *>(finishedJob))
                result.secret = reader->textData();
        }
        finish(result);
    });
    QTimer::singleShot(m_timeoutMs, this, [this, answered, finish] {
        if (*answered)
            return;
        m_hung = true;
        finish({SecretStatus::TimedOut,
                {},
                tr("no answer within %1 s").arg(m_timeoutMs / 1000.0, 0, 'g', 2)});
    });
    job->start(); // queued inside QtKeychain: finished() is never emitted during start()
}

void KeychainSecretStore::readSecret(const QString &account, SecretCallback done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setKey(account);
    run(job, std::move(done));
}

void KeychainSecretStore::writeSecret(const QString &account, const QString &secret,
                                      SecretCallback done)
{
    auto *job = new QKeychain::WritePasswordJob(serviceName());
    job->setKey(account);
    job->setTextData(secret);
    run(job, std::move(done));
}

void KeychainSecretStore::removeSecret(const QString &account, SecretCallback done)
{
    auto *job = new QKeychain::DeletePasswordJob(serviceName());
    job->setKey(account);
    run(job, std::move(done));
}

} // namespace gd
