#pragma once

#include <QString>

namespace gd::ui {

// "system" keeps the platform's look; "light" and "dark" use Fusion with palettes whose state
// colours (stateicons.cpp) stay readable.
void applyTheme(const QString &theme);

} // namespace gd::ui
