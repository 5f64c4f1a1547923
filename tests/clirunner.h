#pragma once

// Runs the gemini-doctor binary as a script would, with a time limit, and keeps what it printed.
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace gd::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

inline CliRun
runCli(const QStringList &arguments, const QByteArray &input = {},
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
       int timeoutMs = 20000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(GD_BINARY), arguments);
    CliRun run;
    if (!process.waitForStarted(5000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(timeoutMs);
    if (!run.finished) {
        process.kill();
        process.waitForFinished(2000);
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace gd::test
