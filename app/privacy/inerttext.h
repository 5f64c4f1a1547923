#pragma once

#include <QString>

namespace gd {

// Text from outside (an API's message, a pasted log, a server's model names) made inert for a
// terminal or a Markdown file: control characters other than line breaks and tabs, escape
// sequences (their ESC), DEL, C1 controls and bidirectional overrides are written as visible
// escapes ("\x1b", "\u202e"), so an error cannot clear the screen, retitle the window, ring,
// hide a link behind other text (OSC 8) or reorder what a person reads. Every human output of
// the command line and the report pass through it; JSON escapes these itself.
[[nodiscard]] QString inertText(const QString &text);

} // namespace gd
