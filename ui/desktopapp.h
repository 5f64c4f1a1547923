#pragma once

#include <QProcessEnvironment>
#include <QStringList>

#include <functional>

class QApplication;

namespace gd::ui {

// Whether a window can open at all: a platform named on the command line or in QT_QPA_PLATFORM,
// or a display (X11 or Wayland) to open it on. Without one Qt aborts with its own words, so the
// app says what to do instead, before Qt is asked.
bool canOpenWindow(const QStringList &arguments, const QProcessEnvironment &environment);
// The sentence for a machine without a display (translated; needs an application object).
QString noDisplayMessage();

// Runs `build` while Qt finds no plugin folder, then gives the folders back (the style is chosen
// before, with every folder). For the window's construction: see runDesktop in desktopapp.cpp.
void withoutPluginFolders(const std::function<void()> &build);

// Parses the desktop options (contract section 1), opens the main window and runs the event loop.
int runDesktop(QApplication &app);

} // namespace gd::ui
