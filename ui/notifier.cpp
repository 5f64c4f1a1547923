#include "notifier.h"

#include "stateicons.h"

#include <QApplication>
#include <QSystemTrayIcon>

namespace gd::ui {

void TrayNotifier::notify(const QString &title, const QString &message, CheckState state)
{
    m_tray->showMessage(title, message, stateIcon(state, QApplication::palette()), 10000);
}

} // namespace gd::ui
