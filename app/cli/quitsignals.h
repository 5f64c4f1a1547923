#pragma once

#include <QObject>

class QSocketNotifier;

namespace gd::cli {

// SIGINT and SIGTERM as a Qt signal, for commands that run until stopped. The handler only
// writes a byte to a pipe (async-signal-safe); the event loop reads it and emits quitRequested,
// where it is safe to stop timers, cancel requests and exit. One instance at a time.
class QuitSignals final : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override; // the previous handlers come back

    bool isValid() const { return m_notifier != nullptr; }

Q_SIGNALS:
    void quitRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace gd::cli
