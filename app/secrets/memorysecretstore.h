#pragma once

#include "secretstore.h"

#include <QHash>

namespace gd {

// Secrets kept in this process only: for tests that need no keychain, and for the app's "use the
// key for this session only" when the keychain is missing. Can play a broken keychain.
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

    void read(const QString &account, SecretCallback done) override;
    void write(const QString &account, const QString &secret, SecretCallback done) override;
    void remove(const QString &account, SecretCallback done) override;
    QString location() const override;

private:
    void answer(SecretCallback done, SecretResult result);

    QHash<QString, QString> m_secrets;
    SecretStatus m_failure = SecretStatus::Ok;
    QString m_failureDetail;
};

} // namespace gd
