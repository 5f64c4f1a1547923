#pragma once

#include <QString>
#include <QStringList>

namespace gd {

// The words of one shell command as a POSIX shell splits them: 'single' and "double" quotes,
// $'ANSI-C' quotes, backslash escapes, and line continuations (a backslash, a cmd.exe caret or a
// PowerShell backtick before the line break). The command ends at an unquoted |, ;, & or >
// ("curl ... | jq ."). Variables are not expanded: "$GEMINI_API_KEY" stays as written.
[[nodiscard]] QStringList shellWords(const QString &command);

} // namespace gd
