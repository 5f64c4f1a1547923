#include "checksuiterunner.h"

#include "checkrunner.h"

namespace gd {

CheckSuiteRunner::CheckSuiteRunner(QNetworkAccessManager *network, CheckSettings settings,
                                   QObject *parent)
    : SuiteRunner(parent), m_network(network), m_settings(std::move(settings))
{}

CheckSuiteRunner::~CheckSuiteRunner()
{
    cancel();
}

void CheckSuiteRunner::start()
{
    if (m_runner)
        return;
    // A new runner per run: nothing of one run (results, replies) is kept into the next.
    m_runner = new CheckRunner(m_network, m_settings, this);
    connect(m_runner, &CheckRunner::finished, this, [this](const RunReport &report) {
        m_runner->deleteLater();
        m_runner = nullptr;
        Q_EMIT finished(report);
    });
    m_runner->start();
}

void CheckSuiteRunner::cancel()
{
    if (!m_runner)
        return;
    CheckRunner *runner = m_runner;
    m_runner = nullptr;
    runner->disconnect(this);
    runner->cancel();
    runner->deleteLater();
}

} // namespace gd
