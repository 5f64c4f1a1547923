#pragma once

#include <QWidget>

class QComboBox;
class QPushButton;

namespace gd {
class Session;
}

namespace gd::ui {

class ElidedLabel;

// The key row: where the key comes from (masked), or which failure is being rehearsed, with the
// button that changes it. Shows the session; asks for changes through its signals.
class KeyBar final : public QWidget
{
    Q_OBJECT
public:
    explicit KeyBar(const Session &session, QWidget *parent = nullptr);

    // Reading the scenarios' data costs 4 M instructions a first frame does not need.
    void listScenarios();
    // Follows the session: its key, or the rehearsal's controls.
    void refresh();

Q_SIGNALS:
    void keyDialogRequested();
    void scenarioChosen(const QString &scenario);
    void leaveRehearsalRequested();

private:
    const Session &m_session;
    ElidedLabel *m_status;
    QComboBox *m_scenarios;
    QPushButton *m_leave;
    QPushButton *m_key;
};

} // namespace gd::ui
