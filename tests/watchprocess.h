#pragma once

// A `gemini-doctor watch` process for tests: started with a fake key on stdin, its output read
// line by line with the time each line arrived, and ended (by signal, else killed) with the test.
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

namespace gd::test {

// Without keys anywhere but stdin, without a keychain, and with the test-only short interval.
inline QProcessEnvironment
watchEnvironment(int intervalMs,
                 QProcessEnvironment environment = QProcessEnvironment::systemEnvironment())
{
    environment.remove(QStringLiteral("GEMINI_API_KEY"));
    environment.remove(QStringLiteral("GOOGLE_API_KEY"));
    environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    environment.insert(QStringLiteral("GEMINI_DOCTOR_KEYCHAIN_TIMEOUT_MS"), QStringLiteral("500"));
    environment.insert(QStringLiteral("GEMINI_DOCTOR_WATCH_TEST_INTERVAL_MS"),
                       QString::number(intervalMs));
    return environment;
}

class WatchProcess final : public QObject
{
public:
    WatchProcess(const QStringList &arguments, int intervalMs,
                 const QProcessEnvironment &base = QProcessEnvironment::systemEnvironment())
    {
        m_clock.start();
        m_process.setProcessEnvironment(watchEnvironment(intervalMs, base));
        QObject::connect(&m_process, &QProcess::readyReadStandardOutput, this, [this] {
            while (m_process.canReadLine()) {
                lines.append(m_process.readLine());
                arrivals.append(m_clock.elapsed());
            }
        });
        QObject::connect(&m_process, &QProcess::readyReadStandardError, this,
                         [this] { err += m_process.readAllStandardError(); });
        m_process.start(QStringLiteral(GD_BINARY), QStringList{QStringLiteral("watch")} +
                                                       arguments +
                                                       QStringList{QStringLiteral("--key-stdin")});
        m_process.write("AIzaFAKE-watch-test-key\n");
        m_process.closeWriteChannel();
    }
    ~WatchProcess() override
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(2000);
        }
    }
    // Sends the signal and waits for the exit; returns how long that took, -1 if it did not end.
    qint64 stopWith(int signalNumber, int timeoutMs = 5000)
    {
        QElapsedTimer stopping;
        stopping.start();
        ::kill(pid_t(m_process.processId()), signalNumber);
        if (!m_process.waitForFinished(timeoutMs))
            return -1;
        err += m_process.readAllStandardError();
        return stopping.elapsed();
    }
    bool waitForLines(int count, int timeoutMs = 10000)
    {
        QElapsedTimer waiting;
        waiting.start();
        while (lines.size() < count && waiting.elapsed() < timeoutMs &&
               m_process.state() != QProcess::NotRunning)
            QTest::qWait(20);
        return lines.size() >= count;
    }
    // The metrics URL watch --listen prints on stderr.
    QUrl metricsUrl(int timeoutMs = 5000)
    {
        static const QRegularExpression url(QStringLiteral("http://\\S+/metrics"));
        QElapsedTimer waiting;
        waiting.start();
        while (waiting.elapsed() < timeoutMs) {
            const auto match = url.match(QString::fromUtf8(err));
            if (match.hasMatch())
                return QUrl(match.captured(0));
            QTest::qWait(20);
        }
        return {};
    }
    int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    QProcess &process() { return m_process; }

    QList<QByteArray> lines;
    QList<qint64> arrivals; // ms since the process started
    QByteArray err;

private:
    QProcess m_process;
    QElapsedTimer m_clock;
};

} // namespace gd::test
