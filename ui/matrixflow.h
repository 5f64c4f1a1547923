#pragma once

#include "session/session.h"

#include <QObject>

#include <functional>

class QWidget;

namespace gd::ui {

class ModelMatrixDialog;

// "Test every model": asks first, saying what it costs (one request per listed model), then shows
// the matrix as the session tests it. Without a model list yet it asks for the connectivity test
// first, and asks again when that run has listed the models.
class MatrixFlow final : public QObject
{
    Q_OBJECT
public:
    using OptionsSource = std::function<Session::RunOptions()>;
    MatrixFlow(Session &session, OptionsSource options, QWidget *window);

    void start();
    ModelMatrixDialog *dialog();

Q_SIGNALS:
    void keyNeeded();
    // The key's model list comes from a connectivity test: the window runs one.
    void runNeeded();
    void useModelRequested(const QString &model);

private:
    void confirm();

    Session &m_session;
    OptionsSource m_options;
    QWidget *m_window;
    ModelMatrixDialog *m_dialog = nullptr;
    bool m_askAfterRun = false;
};

} // namespace gd::ui
