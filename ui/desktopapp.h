#pragma once

class QApplication;

namespace gd::ui {

// Parses the desktop options (contract section 1), opens the main window and runs the event loop.
int runDesktop(QApplication &app);

} // namespace gd::ui
