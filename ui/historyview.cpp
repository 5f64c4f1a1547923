#include "historyview.h"

#include "privacy/keysource.h"
#include "results/checknames.h"

#include "stateicons.h"

#include <QHeaderView>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace gd::ui {

HistoryView::HistoryView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(u"historyList"_s);
    setAccessibleName(tr("Recent runs"));
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setHeaderLabels({tr("When"), tr("Result"), tr("Endpoint"), tr("Model"), tr("Key"), tr("Time")});
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
}

void HistoryView::showRuns(const QList<RunReport> &runs)
{
    clear();
    for (const RunReport &run : runs) {
        auto *item = new QTreeWidgetItem(this);
        item->setText(0, QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat));
        const CheckResult *problem = run.firstProblem();
        const CheckState state = problem ? problem->state : CheckState::Pass;
        item->setIcon(1, stateIcon(state, palette()));
        item->setText(1, problem
                             ? checkDisplayName(problem->id) + u": "_s +
                                   (problem->diagnosis ? categoryId(problem->diagnosis->category)
                                                       : stateText(problem->state))
                             : tr("all checks passed"));
        item->setText(2, run.baseUrl.toString());
        item->setText(3, run.model);
        item->setText(4, run.keySource.text() + u' ' + run.keyHint);
        item->setText(5, tr("%1 ms").arg(run.totalMs));
    }
}

} // namespace gd::ui
