#pragma once

#include "session/engine.h"

#include <memory>

class QNetworkAccessManager;

namespace gd {

class KeychainSecretStore;
class NetworkAccess;

// The engine a session runs on: the checks, the model matrix and inspect's sender on one
// QNetworkAccessManager, the simulator for rehearsals, and a key store.
class NetworkEngine final : public Engine
{
public:
    // The desktop's: its own network access (with the environment's proxies, as `check` has) and
    // the system keychain.
    NetworkEngine();
    // A test's: its network access manager and key store, both borrowed.
    NetworkEngine(QNetworkAccessManager *network, SecretStore *keychain);
    ~NetworkEngine() override;
    Q_DISABLE_COPY_MOVE(NetworkEngine)

    SecretStore *keychain() override { return m_keychain; }
    RunJob *newRun(CheckSettings settings, QObject *parent) override;
    MatrixJob *newModelMatrix(CheckSettings settings, const QStringList &models,
                              QObject *parent) override;
    SendJob *newSender(CheckSettings settings, QObject *parent) override;
    std::unique_ptr<Rehearsal> newRehearsal(const QString &scenario) override;

private:
    std::unique_ptr<NetworkAccess> m_ownAccess;
    std::unique_ptr<KeychainSecretStore> m_ownKeychain;
    QNetworkAccessManager *m_network = nullptr;
    SecretStore *m_keychain = nullptr;
};

} // namespace gd
