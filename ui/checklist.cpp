#include "checklist.h"

#include "network/geminiclient.h"
#include "session/session.h"

#include "stateicons.h"
#include "timingbardelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyleOptionHeader>

using namespace Qt::StringLiterals;

namespace gd::ui {

CheckList::CheckList(QWidget *parent)
    : QTreeWidget(parent), m_timingDelegate(new TimingBarDelegate(this))
{
    setObjectName(u"checkList"_s);
    setAccessibleName(tr("Connectivity checks"));
    setColumnCount(6);
    setHeaderLabels({tr("Check"), tr("State"), tr("Time"), tr("Timing"), tr("HTTP"), tr("Result")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemDelegateForColumn(TimingColumn, m_timingDelegate);
    // Widths from the font, once: ResizeToContents would measure every row on every change.
    header()->setStretchLastSection(true);
    const QFontMetrics metrics(font());
    const int icon = iconSize().isValid() ? iconSize().width() : 16;
    int nameWidth = 0;
    for (const QString &id : Session::checkIdsFor(ClientConfig().baseUrl)) // Google's own
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(displayName(id)));
    setColumnWidth(NameColumn, nameWidth + 24);
    // The widest state word in the current language ("fehlgeschlagen" is twice "fail").
    int stateWidth = 0;
    for (const CheckState state : {CheckState::Pending, CheckState::Running, CheckState::Pass,
                                   CheckState::Warn, CheckState::Fail, CheckState::Skipped})
        stateWidth = std::max(stateWidth, metrics.horizontalAdvance(stateText(state)));
    setColumnWidth(StateColumn, icon + stateWidth + 28);
    setColumnWidth(TimeColumn, metrics.horizontalAdvance(u"00000 ms"_s) + 16);
    setColumnWidth(TimingColumn, 160);
    setColumnWidth(HttpColumn, metrics.horizontalAdvance(u"HTTP"_s) + 20);
    // Qt measures a header section in bold (for highlighted sections, which this list never
    // shows): the first frame would load a second font face just for that. Each section's size
    // is measured here in the header's own font, the one it is painted in.
    QStyleOptionHeader section;
    section.initFrom(header());
    for (int column = 0; column < columnCount(); ++column) {
        section.text = headerItem()->text(column);
        headerItem()->setData(column, Qt::SizeHintRole,
                              header()->style()->sizeFromContents(QStyle::CT_HeaderSection,
                                                                  &section, QSize(), header()));
    }
    connect(this, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *current) {
        if (!current)
            return;
        const CheckResult *result = resultFor(current->data(NameColumn, Qt::UserRole).toString());
        if (result && result->diagnosis)
            Q_EMIT problemSelected(*result);
        else if (result)
            Q_EMIT healthySelected(*result);
    });
}

QString CheckList::displayName(const QString &checkId)
{
    if (checkId == u"dns"_s)
        return tr("Network and DNS");
    if (checkId == u"tls"_s)
        return tr("TLS");
    if (checkId == u"connect"_s)
        return tr("Connection");
    if (checkId == u"key"_s)
        return tr("Key valid");
    if (checkId == u"model"_s)
        return tr("Model reachable");
    if (checkId == u"count_tokens"_s)
        return tr("Token counting");
    if (checkId == u"generate"_s)
        return tr("Test prompt");
    if (checkId == u"stream"_s)
        return tr("Streaming");
    if (checkId == u"openai_compat"_s)
        return tr("OpenAI-compatible");
    if (checkId == u"live"_s)
        return tr("Live API");
    return checkId;
}

void CheckList::reset(const QStringList &checkIds)
{
    clear();
    m_results.clear();
    for (const QString &id : checkIds) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(NameColumn, Qt::UserRole, id);
        item->setText(NameColumn, displayName(id));
        item->setToolTip(NameColumn, id);
        CheckResult pending;
        pending.id = id;
        m_results.insert(id, pending);
        refreshRow(item, pending);
    }
}

QTreeWidgetItem *CheckList::itemFor(const QString &id) const
{
    for (int i = 0; i < topLevelItemCount(); ++i) {
        if (topLevelItem(i)->data(NameColumn, Qt::UserRole).toString() == id)
            return topLevelItem(i);
    }
    return nullptr;
}

const CheckResult *CheckList::resultFor(const QString &id) const
{
    const auto it = m_results.constFind(id);
    return it == m_results.cend() ? nullptr : &it.value();
}

void CheckList::setRunning(const QString &id)
{
    if (QTreeWidgetItem *item = itemFor(id)) {
        CheckResult running = m_results.value(id);
        running.state = CheckState::Running;
        m_results.insert(id, running);
        refreshRow(item, running);
    }
}

void CheckList::setResult(const CheckResult &result)
{
    QTreeWidgetItem *item = itemFor(result.id);
    if (!item)
        return;
    m_results.insert(result.id, result);
    refreshRow(item, result);
    refreshScale();
    if (item == currentItem() && result.diagnosis)
        Q_EMIT problemSelected(result);
}

void CheckList::refreshRow(QTreeWidgetItem *item, const CheckResult &result)
{
    item->setIcon(StateColumn, stateIcon(result.state, palette()));
    item->setText(StateColumn, stateText(result.state));
    item->setForeground(StateColumn, stateColor(result.state, palette()));
    const bool done = isDone(result.state) && result.state != CheckState::Skipped;
    item->setText(TimeColumn, done ? tr("%1 ms").arg(result.ms) : QString());
    item->setText(HttpColumn,
                  result.httpStatus > 0 ? QString::number(result.httpStatus) : QString());
    const QString detail = !result.sameAs.isEmpty()
                               ? tr("same cause as %1").arg(displayName(result.sameAs))
                           : result.diagnosis ? result.diagnosis->title
                                              : result.detail;
    item->setText(DetailColumn, detail);
    item->setToolTip(DetailColumn, detail);
    if (result.timings) {
        const Timings &t = *result.timings;
        item->setData(
            TimingColumn, TimingBarDelegate::kTimingsRole,
            QVariantList{result.startMs, t.dnsMs, t.connectMs, t.tlsMs, t.ttfbMs, t.totalMs});
        item->setToolTip(TimingColumn, timingToolTip(result));
    } else {
        item->setData(TimingColumn, TimingBarDelegate::kTimingsRole, QVariant());
        item->setToolTip(TimingColumn, QString());
    }
    // What a screen reader says for the row.
    item->setData(
        NameColumn, Qt::AccessibleTextRole,
        QString(displayName(result.id) + u", "_s + stateText(result.state) + u", "_s + detail));
}

QString CheckList::timingToolTip(const CheckResult &result)
{
    const QString started =
        result.startMs >= 0 ? tr("started at %1 ms · ").arg(result.startMs) : QString();
    if (const auto &live = result.liveTimings) {
        auto reached = [](int ms) { return ms >= 0 ? tr("%1 ms").arg(ms) : tr("not reached"); };
        return started + tr("WebSocket open %1 · setup complete %2 · first answer %3 · total %4 ms")
                             .arg(reached(live->upgradedMs), reached(live->setupMs),
                                  reached(live->firstAnswerMs))
                             .arg(live->totalMs);
    }
    const Timings &t = *result.timings;
    return started + tr("DNS %1 ms · connect %2 ms · TLS %3 ms · first byte at "
                        "%4 ms · total %5 ms")
                         .arg(t.dnsMs)
                         .arg(t.connectMs)
                         .arg(t.tlsMs)
                         .arg(t.ttfbMs)
                         .arg(t.totalMs);
}

void CheckList::refreshScale()
{
    // The waterfall's span: where the last check ended, from the start of the run.
    int longest = 1;
    for (const CheckResult &result : std::as_const(m_results)) {
        if (result.timings)
            longest = std::max(longest, std::max(result.startMs, 0) + result.timings->totalMs);
    }
    m_timingDelegate->setScaleMs(longest);
    viewport()->update();
}

void CheckList::selectFirstProblem()
{
    for (const CheckState wanted : {CheckState::Fail, CheckState::Warn}) {
        for (int i = 0; i < topLevelItemCount(); ++i) {
            const QString id = topLevelItem(i)->data(NameColumn, Qt::UserRole).toString();
            if (m_results.value(id).state == wanted) {
                setCurrentItem(topLevelItem(i));
                return;
            }
        }
    }
}

void CheckList::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange) {
        for (int i = 0; i < topLevelItemCount(); ++i) {
            QTreeWidgetItem *item = topLevelItem(i);
            refreshRow(item, m_results.value(item->data(NameColumn, Qt::UserRole).toString()));
        }
    }
}

} // namespace gd::ui
