#pragma once

#include "diagnosis/diagnosis.h"

#include <QWidget>

#include <optional>

class QPlainTextEdit;
class QSpinBox;

namespace gd::ui {

class RemediationPanel;

// Explain an error: paste what any app or log showed, get the same diagnosis and panel as a run.
class ExplainPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit ExplainPanel(QWidget *parent = nullptr);

    void explain();
    const std::optional<Diagnosis> &lastDiagnosis() const { return m_last; }
    RemediationPanel *remediation() const { return m_panel; }

Q_SIGNALS:
    // "Run again when ready" in the panel: the window runs the test again. Forwarded only once
    // something listens, so the panel offers the button only where it does something.
    void runAgainRequested();

protected:
    void connectNotify(const QMetaMethod &signal) override;

private:
    QPlainTextEdit *m_input;
    QSpinBox *m_status;
    RemediationPanel *m_panel;
    std::optional<Diagnosis> m_last;
    bool m_forwardingRunAgain = false;
};

} // namespace gd::ui
