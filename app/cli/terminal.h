#pragma once

#include <QString>

namespace gd::cli {

bool stdinIsTerminal();
// Started in the terminal's foreground, where Ctrl+C reaches it (not `&`, not a service).
bool inForeground();
// How to run this binary again from a shell: "gemini-doctor" when the PATH finds this very
// binary, else its full path (a build tree's ./build/app/gemini-doctor).
QString commandName();
// Prints the prompt on stderr and reads one line from the terminal without echoing it.
QString readHiddenLine(const QString &prompt);

} // namespace gd::cli
