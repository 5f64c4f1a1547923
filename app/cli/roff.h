#pragma once

#include <QString>

namespace gd::cli {

// Text as roff prints it: backslashes and hyphens escaped (an option's "-" is a minus a reader can
// copy, not a typographic hyphen), every character beyond ASCII as \[uXXXX] (groff reads its
// input as Latin-1 unless preconv runs first), and a line that would start with a control
// character made harmless.
QString roffText(const QString &text);

} // namespace gd::cli
