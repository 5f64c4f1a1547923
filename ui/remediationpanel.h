#pragma once

#include "diagnosis/diagnosis.h"

#include <QDateTime>
#include <QScrollArea>
#include <QTimer>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace gd::ui {

// The guided remediation for one diagnosis: what happened in plain words, the facts read from
// the error, numbered steps, the links as buttons (allow list only), a countdown when the API
// gives a retry delay, a model to switch to, and the API's own message and raw body behind a
// disclosure.
class RemediationPanel final : public QScrollArea
{
    Q_OBJECT
public:
    explicit RemediationPanel(QWidget *parent = nullptr);

    void showDiagnosis(const Diagnosis &diagnosis, const QString &context = {});
    void showMessage(const QString &title, const QString &text);
    void clear();
    int secondsLeft() const;

Q_SIGNALS:
    void runAgainRequested();
    void useModelRequested(const QString &model);
    // The diagnosis says the request itself holds the cause: look at it in "Inspect a request".
    void inspectRequested();

private:
    // An action's button shows only where someone acts on it: a button that does nothing is
    // never offered (Explain has no run to repeat).
    template<typename Signal>
    bool answered(Signal signal) const;
    void tick();
    void clearLayout(QLayout *layout);
    void ensureRawBody();
    void showFacts(const QList<DiagnosisFact> &facts);
    // Tab follows the panel top to bottom; buttons made for each diagnosis would otherwise come
    // last, after the disclosure.
    void orderTabs();
    void runWhenReadyClicked(bool checked);

    QLabel *m_title;
    QLabel *m_context;
    QLabel *m_explanation;
    QWidget *m_facts; // one row of labels per fact, so each can carry its accessible name
    QWidget *m_stepsBox;
    QVBoxLayout *m_steps;
    QWidget *m_retryBox;
    QLabel *m_countdown;
    QPushButton *m_runWhenReady;
    QPushButton *m_useModel;
    QPushButton *m_inspect;
    QWidget *m_linksBox;
    QVBoxLayout *m_links;
    QLabel *m_unlinked;
    QToolButton *m_detailsToggle;
    QWidget *m_details;
    QLabel *m_apiMessage;
    QPlainTextEdit *m_rawBody = nullptr;
    QString m_rawText;

    QTimer m_ticker;
    QDateTime m_retryAt; // when the wait is over; invalid: no wait
    // Where the wait counts from: the answer's arrival (a run), the time the pasted text gives for
    // the error, or, when it gives none, the moment it was explained.
    enum class RetryClock
    {
        Answer,
        ErrorTime,
        Shown,
    };
    RetryClock m_retryClock = RetryClock::Answer;
    QString m_retryDelay; // the delay Google asked for, in words
    QString m_suggestedModel;
};

} // namespace gd::ui
