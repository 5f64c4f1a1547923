#include "firstpaintwatcher.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace gd::ui {

FirstPaintWatcher::FirstPaintWatcher(QObject *watched) : QObject(watched)
{
    watched->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_seen) {
        m_seen = true;
        // Queued, so the paint event itself completes and the frame reaches the backing store.
        QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gd::ui
