#pragma once

#include "simulator/simulator.h"

#include <QThread>

#include <functional>

namespace gd::test {

// A simulator serving from a thread of its own, so a test can block while a child process talks
// to it. It is created in that thread: Qt HttpServer's WebSocket server (the Live door) must
// live in the thread that serves, and moveToThread() would leave it behind.
class SimulatorThread final
{
public:
    explicit SimulatorThread(const QString &scenario = QStringLiteral("ok"),
                             const std::function<void(Simulator &)> &setUp = {})
    {
        m_thread.start();
        inThread([&] {
            m_simulator = new Simulator;
            if (setUp)
                setUp(*m_simulator);
            m_started = m_simulator->setScenario(scenario) && m_simulator->start();
        });
    }
    ~SimulatorThread()
    {
        inThread([this] { delete m_simulator; });
        m_thread.quit();
        m_thread.wait();
    }
    SimulatorThread(const SimulatorThread &) = delete;
    SimulatorThread &operator=(const SimulatorThread &) = delete;

    bool started() const { return m_started; }
    // Read while the simulator is idle (the client process has ended).
    const Simulator &simulator() const { return *m_simulator; }
    QUrl baseUrl() const { return m_simulator->baseUrl(); }
    // Changes the scenario while it serves (between two of a client's runs).
    [[nodiscard]] bool setScenario(const QString &scenario)
    {
        bool set = false;
        inThread([&] { set = m_simulator->setScenario(scenario); });
        return set;
    }

    // A scenario of the test's own (a hostile server), while it serves.
    void setScenarioObject(const Scenario &scenario)
    {
        inThread([&] { m_simulator->setScenario(scenario); });
    }

private:
    void inThread(const std::function<void()> &work)
    {
        auto *context = new QObject;
        context->moveToThread(&m_thread);
        QMetaObject::invokeMethod(context, work, Qt::BlockingQueuedConnection);
        context->deleteLater();
    }

    QThread m_thread;
    Simulator *m_simulator = nullptr;
    bool m_started = false;
};

} // namespace gd::test
