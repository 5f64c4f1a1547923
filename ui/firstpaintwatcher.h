#pragma once

#include <QObject>

#include <functional>

namespace gd::ui {

// Runs an action once the watched widget has painted its first frame: what can wait for the
// window to be on screen waits (the keychain), and --exit-after-first-paint quits there.
class FirstPaintWatcher final : public QObject
{
    Q_OBJECT
public:
    FirstPaintWatcher(QObject *watched, std::function<void()> action);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    std::function<void()> m_action;
};

} // namespace gd::ui
