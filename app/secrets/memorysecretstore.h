#pragma once

#include "secretstore.h"

#include <QHash>

namespace gd {

// Secrets kept in this process only, for tests that need a store but no keychain; it can also
// play a broken keychain. (The app's "use the key for this session only" needs no store: the
// session holds the key.)
class MemorySecretStore final : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;

    // Every job answers with this status instead (Unavailable, TimedOut...), as a broken
    // keychain would.
    void setFailure(SecretStatus status, QString detail = {})
    {
        m_failure = status;
        m_failureDetail = std::move(detail);
    }

    QString location() const override;

protected:
    void readSecret(const QString &account, SecretCallback done) override;
    void writeSecret(const QString &account, const QString &secret, SecretCallback done) override;
    void removeSecret(const QString &account, SecretCallback done) override;

private:
    void answer(SecretCallback done, SecretResult result);

    QHash<QString, QString> m_secrets;
    SecretStatus m_failure = SecretStatus::Ok;
    QString m_failureDetail;
};

} // namespace gd
