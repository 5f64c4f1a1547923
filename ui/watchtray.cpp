#include "watchtray.h"

#include "stateicons.h"

#include <QApplication>
#include <QMenu>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace gd::ui {

WatchTray::WatchTray(QObject *parent)
    : QObject(parent), m_menu(new QMenu), m_icon(new QSystemTrayIcon(this))
{
    m_menu->setObjectName(u"trayMenu"_s);
    QAction *runNow = m_menu->addAction(tr("&Run now"), this, &WatchTray::runNowRequested);
    runNow->setObjectName(u"trayRunNowAction"_s);
    m_pause = m_menu->addAction(tr("&Pause watching"));
    m_pause->setObjectName(u"trayPauseAction"_s);
    m_pause->setCheckable(true);
    connect(m_pause, &QAction::toggled, this, &WatchTray::pauseToggled);
    QAction *open = m_menu->addAction(tr("&Open Gemini Doctor"), this, &WatchTray::openRequested);
    open->setObjectName(u"trayOpenAction"_s);
    m_menu->addSeparator();
    QAction *quit = m_menu->addAction(tr("&Quit"), this, &WatchTray::quitRequested);
    quit->setObjectName(u"trayQuitAction"_s);
    m_icon->setContextMenu(m_menu);
    connect(m_icon, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason why) {
                if (why == QSystemTrayIcon::Trigger || why == QSystemTrayIcon::DoubleClick)
                    Q_EMIT openRequested();
            });
    setState(CheckState::Pending, tr("Gemini Doctor: no run yet"));
}

WatchTray::~WatchTray()
{
    delete m_menu; // a context menu has no parent widget
}

bool WatchTray::systemTrayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void WatchTray::setVisible(bool visible)
{
    if (systemTrayAvailable())
        m_icon->setVisible(visible);
}

void WatchTray::setState(CheckState state, const QString &toolTip)
{
    m_state = state;
    m_icon->setIcon(stateIcon(state, QApplication::palette()));
    m_icon->setToolTip(toolTip);
}

void WatchTray::setPaused(bool paused)
{
    const QSignalBlocker quiet(m_pause);
    m_pause->setChecked(paused);
}

} // namespace gd::ui
