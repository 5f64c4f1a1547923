#include "dashboardpage.h"

#include "checklist.h"
#include "remediationpanel.h"
#include "session/session.h"
#include "stateicons.h"
#include "timinglegend.h"

#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

QString runSummaryText(const RunReport &report)
{
    if (const CheckResult *problem = report.firstProblem()) {
        return DashboardPage::tr("%1: %2 (%3 ms)")
            .arg(CheckList::displayName(problem->id),
                 problem->diagnosis ? problem->diagnosis->title : stateText(problem->state))
            .arg(report.totalMs);
    }
    const int ran = int(
        std::count_if(report.checks.cbegin(), report.checks.cend(), [](const CheckResult &check) {
            return isDone(check.state) && check.state != CheckState::Skipped;
        }));
    const int total = int(report.checks.size());
    if (report.wasCancelled())
        return DashboardPage::tr(
                   "Cancelled after %1 ms: %2 of %3 checks finished, and none failed.")
            .arg(report.totalMs)
            .arg(ran)
            .arg(total);
    if (!report.ok())
        return DashboardPage::tr("%1 of %2 checks ran (%3 ms); the others were skipped.")
            .arg(ran)
            .arg(total)
            .arg(report.totalMs);
    return DashboardPage::tr("All checks passed in %1 ms.").arg(report.totalMs);
}

DashboardPage::DashboardPage(const Session &session, const QStringList &checkIds, QWidget *parent)
    : QSplitter(parent), m_checks(new CheckList), m_placeholder(new QLabel)
{
    setObjectName(u"dashboardSplitter"_s);
    // The panel's text comes once the splitter has its sizes: the splitter measures its children
    // on each insert and on setSizes, and a word-wrapped label lays its whole text out each time.
    m_placeholder->setObjectName(u"remediationPlaceholder"_s);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_placeholder->setMargin(12);
    auto *dashboard = new QWidget;
    auto *layout = new QVBoxLayout(dashboard);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_checks, 1);
    layout->addWidget(new TimingLegend);
    addWidget(dashboard);
    addWidget(m_placeholder);
    // The rows take most of any change of width: the Result column needs the room at 1024
    // pixels (German "gleiche Ursache wie …" included), the panel wraps its words.
    setStretchFactor(0, 2);
    setStretchFactor(1, 1);
    setSizes({720, 380});
    setChildrenCollapsible(false);
    m_placeholder->setText(tr("Run the connectivity test, then select a failed or warned check to "
                              "see what happened and what to do."));
    m_checks->reset(checkIds);

    connect(&session, &Session::runStarted, this, [this](const QStringList &ids) {
        reset(ids);
        if (m_remediation)
            m_remediation->clear();
    });
    connect(&session, &Session::checkStarted, m_checks, &CheckList::setRunning);
    connect(&session, &Session::checkFinished, m_checks, &CheckList::setResult);
    connect(&session, &Session::runFinished, this, &DashboardPage::showRun);
    connect(m_checks, &CheckList::problemSelected, this, [this](const CheckResult &result) {
        m_shownCheck = result.id;
        // A row that failed for the same cause as an earlier one says which, in full (its cell
        // may be cut): "Streaming · same cause as Test prompt".
        const QString name = CheckList::displayName(result.id);
        remediation()->showDiagnosis(
            *result.diagnosis,
            result.sameAs.isEmpty() ? name : name + u" · "_s + CheckList::resultText(result));
    });
    connect(m_checks, &CheckList::healthySelected, this, [this](const CheckResult &result) {
        m_shownCheck = result.id;
        remediation()->showMessage(CheckList::displayName(result.id), result.detail.isEmpty()
                                                                          ? stateText(result.state)
                                                                          : result.detail);
    });
}

RemediationPanel *DashboardPage::remediation()
{
    if (!m_remediation) {
        m_remediation = new RemediationPanel;
        replaceWidget(1, m_remediation);
        m_placeholder->deleteLater();
        m_placeholder = nullptr;
        connect(m_remediation, &RemediationPanel::runAgainRequested, this,
                &DashboardPage::runAgainRequested);
        connect(m_remediation, &RemediationPanel::inspectRequested, this,
                &DashboardPage::inspectRequested);
        connect(m_remediation, &RemediationPanel::useModelRequested, this,
                [this](const QString &model) { Q_EMIT useModelRequested(model, m_shownCheck); });
    }
    return m_remediation;
}

void DashboardPage::reset(const QStringList &checkIds)
{
    m_checks->reset(checkIds);
    m_shownCheck.clear();
}

void DashboardPage::showRun(const RunReport &report)
{
    // One failure leads; the rows that failed for the same cause say so.
    for (const CheckResult &check : report.checks) {
        if (!check.sameAs.isEmpty())
            m_checks->setResult(check);
    }
    if (report.firstProblem()) {
        m_checks->selectFirstProblem();
        return;
    }
    m_shownCheck.clear();
    if (report.ok())
        remediation()->showMessage(tr("Everything works"),
                                   tr("Every check passed in %1 ms: the key, the model and "
                                      "streaming all work from this computer.")
                                       .arg(report.totalMs));
    else if (report.wasCancelled())
        remediation()->showMessage(
            tr("Cancelled"),
            tr("The run was cancelled: the checks marked cancelled did not run, so this run says "
               "nothing about them. Run the test again to check everything."));
    else
        remediation()->showMessage(tr("Not every check ran"), runSummaryText(report));
}

} // namespace gd::ui
