#include "firstpaintwatcher.h"

#include <QEvent>
#include <QTimer>

namespace gd::ui {

FirstPaintWatcher::FirstPaintWatcher(QObject *watched, std::function<void()> action)
    : QObject(watched), m_action(std::move(action))
{
    watched->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint) {
        watched->removeEventFilter(this);
        // Queued, so the paint itself completes and the frame reaches the screen first.
        QTimer::singleShot(0, this, [this] {
            m_action();
            deleteLater();
        });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace gd::ui
