#pragma once

// Runs the gemini-doctor binary as a script would, with a time limit, and keeps what it printed.
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStringList>

namespace gd::test {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// `binary`: a copy of gemini-doctor somewhere else (tst_enginemodule); runCli runs the one built.
inline CliRun
runBinary(const QString &binary, const QStringList &arguments, const QByteArray &input = {},
          const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
          int timeoutMs = 20000)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(binary, arguments);
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

inline CliRun
runCli(const QStringList &arguments, const QByteArray &input = {},
       const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
       int timeoutMs = 20000)
{
    return runBinary(QStringLiteral(GD_BINARY), arguments, input, environment, timeoutMs);
}

} // namespace gd::test

namespace gd::test {

// The environment of a person whose system speaks German (contract section 9).
inline QProcessEnvironment germanEnvironment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("LANGUAGE"));
    environment.remove(QStringLiteral("LC_ALL"));
    environment.remove(QStringLiteral("LC_MESSAGES"));
    environment.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    return environment;
}

// Lines that read as English prose: a common English word outside quotes and URLs.
// Quoted text is the API's own message or a name, and stays as it is.
inline QStringList englishLines(const QString &text)
{
    static const QRegularExpression quoted(
        QString::fromUtf8("„[^“]*“|“[^”]*”|\"[^\"]*\"|'[^']*'|https?://\\S+|`[^`]*`"));
    static const QRegularExpression english(
        QStringLiteral("\\b(?:the|and|your|with|this|that|not|from|for|is|are|to|of|what|when)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    QStringList found;
    for (const QString &line : text.split(u'\n')) {
        QString prose = line;
        prose.remove(quoted);
        int count = 0;
        for (auto it = english.globalMatch(prose); it.hasNext(); it.next())
            ++count;
        if (count >= 1)
            found.append(line);
    }
    return found;
}

} // namespace gd::test
