#pragma once

#include "results/checkresult.h"

#include <QString>

class QSystemTrayIcon;

namespace gd::ui {

// Where watch notifications go: the desktop's notifications through the tray icon, or a fake that
// tests read. The window decides what to say; a notifier only delivers it.
class Notifier
{
public:
    virtual ~Notifier() = default;
    // `state` is what the message is about (a check that fails, works again, ...): its icon.
    virtual void notify(const QString &title, const QString &message, CheckState state) = 0;
};

// A desktop notification through the tray icon (QSystemTrayIcon::showMessage): the system's own
// notification service where there is one (org.freedesktop.Notifications), a balloon elsewhere.
class TrayNotifier final : public Notifier
{
public:
    explicit TrayNotifier(QSystemTrayIcon *tray) : m_tray(tray) {}
    void notify(const QString &title, const QString &message, CheckState state) override;

private:
    QSystemTrayIcon *m_tray;
};

} // namespace gd::ui
