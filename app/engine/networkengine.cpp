#include "networkengine.h"

#include "checks/checkrunner.h"
#include "checks/modelmatrix.h"
#include "checks/requestsender.h"
#include "keychain/keychainsecretstore.h"
#include "network/environmentproxyfactory.h"
#include "network/networkaccess.h"
#include "simulator/simulator.h"

namespace gd {
namespace {

class SimulatorRehearsal final : public Rehearsal
{
public:
    QUrl baseUrl() const override { return m_simulator.baseUrl(); }
    const Scenario &scenario() const override { return m_simulator.scenario(); }

    bool start(const QString &scenario)
    {
        return m_simulator.setScenario(scenario) && m_simulator.start();
    }

private:
    Simulator m_simulator;
};

} // namespace

NetworkEngine::NetworkEngine()
    : m_ownAccess(std::make_unique<NetworkAccess>())
    , m_ownKeychain(std::make_unique<KeychainSecretStore>())
    , m_network(&m_ownAccess->manager())
    , m_keychain(m_ownKeychain.get())
{
    useEnvironmentProxies(*m_network);
}

NetworkEngine::NetworkEngine(QNetworkAccessManager *network, SecretStore *keychain)
    : m_network(network), m_keychain(keychain)
{}

NetworkEngine::~NetworkEngine() = default;

RunJob *NetworkEngine::newRun(CheckSettings settings, QObject *parent)
{
    return new CheckRunner(m_network, std::move(settings), parent);
}

MatrixJob *NetworkEngine::newModelMatrix(CheckSettings settings, const QStringList &models,
                                         QObject *parent)
{
    return new ModelMatrix(m_network, std::move(settings), models, parent);
}

SendJob *NetworkEngine::newSender(CheckSettings settings, QObject *parent)
{
    return new RequestSender(m_network, std::move(settings), parent);
}

std::unique_ptr<Rehearsal> NetworkEngine::newRehearsal(const QString &scenario)
{
    auto rehearsal = std::make_unique<SimulatorRehearsal>();
    if (!rehearsal->start(scenario))
        return nullptr;
    return rehearsal;
}

} // namespace gd
