#pragma once

#include "inspect/inspection.h"
#include "results/sentrequest.h"
#include "session/session.h"

#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class InspectPanel;
}

namespace gd::ui {

class RemediationPanel;

// Inspect a request (contract section 10, the app's face): paste or drop it, read what the API
// would refuse, each finding at its place in the text, apply the safe fixes, and send it with the
// session's key once the person agrees (one request).
class InspectPanel final : public QWidget
{
    Q_OBJECT
public:
    // `runOptions` says where and how a run goes (the endpoint, the time limit): a request goes
    // there too.
    InspectPanel(Session &session, std::function<Session::RunOptions()> runOptions,
                 QWidget *parent = nullptr);
    ~InspectPanel() override;

    // Puts the text in and inspects it (Paste, a dropped or opened file, tests).
    void setRequestText(const QString &text);
    void openFile(const QString &path);
    void inspect();
    void applySafeFixes();
    // Asks first (it costs one request), then sends.
    void send();
    const std::optional<Inspection> &lastInspection() const { return m_last; }
    RemediationPanel *answer() const { return m_answer; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // What was sent, to send the same again when a rate-limited answer's wait is over.
    struct Outgoing
    {
        PastedRequest request;
        QJsonValue body;
        bool fixed = false;
    };

    void showAnswerArea();
    void showFinding();
    void markStale();
    void showProblem(const QString &text);
    void updateButtons();
    void reallySend(const Outgoing &outgoing);
    void onSent(const SentRequest &result);

    std::unique_ptr<Ui::InspectPanel> m_ui;
    Session &m_session;
    std::function<Session::RunOptions()> m_runOptions;
    RemediationPanel *m_answer;
    std::optional<Inspection> m_last;
    QString m_inspectedText; // the text m_last was read from, for the highlights
    std::optional<Outgoing> m_lastSent;
};

} // namespace gd::ui
