#pragma once

#include "secrets/secretstore.h"

namespace gd {

// The OS keychain through QtKeychain (service "gemini-doctor", insecure fallback off). Every job
// has this store's own time limit: QtKeychain runs jobs one after another, so one hung job would
// block all later ones; after a timeout the store answers at once that the keychain hangs, until
// the hung job answers after all (the person unlocked the keyring), when it tries again.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    static constexpr auto kService = "gemini-doctor";
    // In Qt's test mode (QStandardPaths::setTestModeEnabled) a service of its own, so even a test
    // that escaped its throwaway keyring could never reach the person's stored key.
    static constexpr auto kTestService = "gemini-doctor-test";
    static QString serviceName();
    static constexpr int kDefaultTimeoutMs = 4000;

    explicit KeychainSecretStore(QObject *parent = nullptr, int timeoutMs = kDefaultTimeoutMs);

    QString location() const override;

protected:
    void readSecret(const QString &account, SecretCallback done) override;
    void writeSecret(const QString &account, const QString &secret, SecretCallback done) override;
    void removeSecret(const QString &account, SecretCallback done) override;

private:
    template<typename Job>
    void run(Job *job, SecretCallback done);

    int m_timeoutMs;
    bool m_hung = false;
};

} // namespace gd
