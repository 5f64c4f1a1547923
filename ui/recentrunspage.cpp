#include "recentrunspage.h"

#include "historychart.h"
#include "historyview.h"
#include "session/session.h"

using namespace Qt::StringLiterals;

namespace gd::ui {

RecentRunsPage::RecentRunsPage(const Session &session, QWidget *parent)
    : QSplitter(Qt::Vertical, parent), m_session(session)
{
    setObjectName(u"recentRunsPage"_s);
    setChildrenCollapsible(false);
    // A kept run shows at once when the page is open; otherwise when it is next shown.
    connect(&session, &Session::runFinished, this, [this] {
        if (isVisible())
            refresh();
    });
    // Rehearsal runs are not kept: the chart says so rather than "No runs yet".
    connect(&session, &Session::keyChanged, this, [this] {
        if (m_chart)
            m_chart->setRehearsing(m_session.isRehearsal());
    });
}

void RecentRunsPage::showEvent(QShowEvent *event)
{
    QSplitter::showEvent(event);
    refresh();
}

void RecentRunsPage::refresh()
{
    if (!m_view) {
        m_chart = new HistoryChart;
        m_view = new HistoryView;
        addWidget(m_chart);
        addWidget(m_view);
        setSizes({260, 340});
    }
    m_chart->setRehearsing(m_session.isRehearsal());
    const QList<RunReport> runs = m_session.services().history.load();
    m_view->showRuns(runs);
    m_chart->showRuns(runs);
}

} // namespace gd::ui
