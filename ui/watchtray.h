#pragma once

#include "results/checkresult.h"

#include <QObject>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace gd::ui {

// The tray icon of a watching app: its icon is the last run's state, its menu Run now, Pause
// watching, Open and Quit. The menu exists even where there is no tray (tests drive it there).
class WatchTray final : public QObject
{
    Q_OBJECT
public:
    explicit WatchTray(QObject *parent = nullptr);
    ~WatchTray() override;

    // False where the desktop has no tray (no status notifier host): the window keeps watching
    // while it is open, and says so.
    static bool systemTrayAvailable();

    void setVisible(bool visible);
    void setState(CheckState state, const QString &toolTip);
    void setPaused(bool paused);
    CheckState state() const { return m_state; }
    QMenu *menu() const { return m_menu; }
    QSystemTrayIcon *icon() const { return m_icon; }

Q_SIGNALS:
    void runNowRequested();
    void pauseToggled(bool paused);
    void openRequested();
    void quitRequested();

private:
    QMenu *m_menu;
    QSystemTrayIcon *m_icon;
    QAction *m_pause;
    CheckState m_state = CheckState::Pending;
};

} // namespace gd::ui
