#pragma once

#include "results/checkresult.h"

#include <QColor>
#include <QIcon>
#include <QPalette>

namespace gd::ui {

// The colour of a state, readable on the palette's window colour (light or dark).
QColor stateColor(CheckState state, const QPalette &palette);

// Icons drawn in code, so they are sharp at every device pixel ratio without an SVG plugin.
QIcon stateIcon(CheckState state, const QPalette &palette);

// A short word for the state, for the dashboard and for screen readers.
QString stateText(CheckState state);

} // namespace gd::ui
