#pragma once

#include <QObject>

namespace gd::ui {

// Quits the application once the watched widget has painted its first frame
// (--exit-after-first-paint, for the startup benchmark).
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit FirstPaintWatcher(QObject *watched);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool m_seen = false;
};

} // namespace gd::ui
