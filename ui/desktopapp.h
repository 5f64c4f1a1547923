#pragma once

#include <QProcessEnvironment>
#include <QStringList>

class QApplication;

namespace gd::ui {

// Whether a window can open at all: a platform named on the command line or in QT_QPA_PLATFORM,
// or a display (X11 or Wayland) to open it on. Without one Qt aborts with its own words, so the
// app says what to do instead, before Qt is asked.
bool canOpenWindow(const QStringList &arguments, const QProcessEnvironment &environment);
// The sentence for a machine without a display (translated; needs an application object).
QString noDisplayMessage();

// Parses the desktop options (contract section 1), opens the main window and runs the event loop.
int runDesktop(QApplication &app);

} // namespace gd::ui
