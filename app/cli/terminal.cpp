#include "terminal.h"

#include "output.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>

#include <termios.h>
#include <unistd.h>

#include <cstdio>
#include <string>

namespace gd::cli {

bool stdinIsTerminal()
{
    return ::isatty(STDIN_FILENO) == 1;
}

bool inForeground()
{
    return stdinIsTerminal() && ::tcgetpgrp(STDIN_FILENO) == ::getpgrp();
}

QString commandName()
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString found = QStandardPaths::findExecutable(QStringLiteral("gemini-doctor"));
    return !found.isEmpty() && QFileInfo(found).canonicalFilePath() == self
               ? QStringLiteral("gemini-doctor")
               : self;
}

QString readHiddenLine(const QString &prompt)
{
    printErr(prompt);
    termios saved{};
    const bool terminal = ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios hidden = saved;
        hidden.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
    }
    std::string line;
    for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar())
        line.push_back(char(c));
    if (terminal)
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    printErr(QStringLiteral("\n"));
    const QString text = QString::fromStdString(line);
    std::fill(line.begin(), line.end(), '\0');
    return text;
}

} // namespace gd::cli
