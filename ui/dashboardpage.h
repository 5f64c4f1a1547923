#pragma once

#include <QSplitter>

class QLabel;

namespace gd {
class Session;
struct RunReport;
} // namespace gd

namespace gd::ui {

class CheckList;
class RemediationPanel;

// One line for a finished run, true to what happened: its first problem, "cancelled" when the
// person stopped it, "every check passed" only when every check passed (or warned).
QString runSummaryText(const RunReport &report);

// The Connectivity test page: one row per check as the session runs them (whoever started the
// run), the timing legend, and the remediation panel for the selected row.
class DashboardPage final : public QSplitter
{
    Q_OBJECT
public:
    explicit DashboardPage(const Session &session, const QStringList &checkIds,
                           QWidget *parent = nullptr);

    CheckList *checks() const { return m_checks; }
    // Built when first needed; until then a plain line says what to do.
    RemediationPanel *remediation();
    // Before a run: these rows, no diagnosis.
    void reset(const QStringList &checkIds);
    // After a run: the rows that failed for the same cause say so; the panel leads with the
    // first problem, or says what the run found.
    void showRun(const RunReport &report);

Q_SIGNALS:
    void runAgainRequested();
    void inspectRequested();
    // A model the panel suggests, and the check whose diagnosis suggested it ("live" for the
    // Live API's model, which has a setting of its own).
    void useModelRequested(const QString &model, const QString &checkId);

private:
    CheckList *m_checks;
    RemediationPanel *m_remediation = nullptr;
    QLabel *m_placeholder;
    QString m_shownCheck; // the check whose diagnosis the panel shows
};

} // namespace gd::ui
