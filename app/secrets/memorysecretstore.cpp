#include "memorysecretstore.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace gd {

void MemorySecretStore::answer(SecretCallback done, SecretResult result)
{
    if (m_failure != SecretStatus::Ok)
        result = {m_failure,
                  {},
                  m_failureDetail.isEmpty() ? tr("simulated keychain failure") : m_failureDetail};
    QTimer::singleShot(0, this, [done = std::move(done), result] { done(result); });
}

void MemorySecretStore::readSecret(const QString &account, SecretCallback done)
{
    if (m_secrets.contains(account))
        answer(std::move(done), {SecretStatus::Ok, m_secrets.value(account), {}});
    else
        answer(std::move(done), {SecretStatus::NotFound, {}, {}});
}

void MemorySecretStore::writeSecret(const QString &account, const QString &secret,
                                    SecretCallback done)
{
    if (m_failure == SecretStatus::Ok)
        m_secrets.insert(account, secret);
    answer(std::move(done), {});
}

void MemorySecretStore::removeSecret(const QString &account, SecretCallback done)
{
    const bool existed = m_failure == SecretStatus::Ok && m_secrets.remove(account) > 0;
    answer(std::move(done), {existed ? SecretStatus::Ok : SecretStatus::NotFound, {}, {}});
}

QString MemorySecretStore::location() const
{
    return tr("this session's memory only (forgotten when the app closes)");
}

} // namespace gd
