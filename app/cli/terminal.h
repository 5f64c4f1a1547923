#pragma once

#include <QString>

namespace gd::cli {

bool stdinIsTerminal();
// Prints the prompt on stderr and reads one line from the terminal without echoing it.
QString readHiddenLine(const QString &prompt);

} // namespace gd::cli
