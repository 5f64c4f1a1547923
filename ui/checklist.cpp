#include "checklist.h"

#include "policy/endpointpolicy.h"
#include "results/checknames.h"
#include "session/session.h"

#include "stateicons.h"
#include "timingbardelegate.h"

#include <QEvent>
#include <QHeaderView>
#include <QStyleOptionHeader>

using namespace Qt::StringLiterals;

namespace gd::ui {
namespace {

// The Result column: wraps at the column's width, up to CheckList::kMaxLines lines. QTreeView asks
// row heights without a width (so a wrapped text would be measured as one line): the column's
// width is given here.
class WrappingDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const QSize oneLine = QStyledItemDelegate::sizeHint(option, index);
        const auto *view = qobject_cast<const QTreeView *>(option.widget);
        if (!view)
            return oneLine;
        QStyleOptionViewItem wrapped(option);
        wrapped.rect = QRect(0, 0, view->columnWidth(index.column()), QWIDGETSIZE_MAX);
        wrapped.features |= QStyleOptionViewItem::WrapText;
        const QSize needed = QStyledItemDelegate::sizeHint(wrapped, index);
        const int most =
            oneLine.height() + (CheckList::kMaxLines - 1) * option.fontMetrics.lineSpacing();
        return {oneLine.width(), std::clamp(needed.height(), oneLine.height(), most)};
    }
};

// The non-empty parts, joined: a waiting row has no result yet, and no stray separator either.
QString joined(const QStringList &parts, const QString &separator)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.isEmpty())
            kept.append(part);
    }
    return kept.join(separator);
}

} // namespace

CheckList::CheckList(QWidget *parent)
    : QTreeWidget(parent), m_timingDelegate(new TimingBarDelegate(this))
{
    setObjectName(u"checkList"_s);
    setAccessibleName(tr("Connectivity checks"));
    setColumnCount(6);
    setHeaderLabels({tr("Check"), tr("State"), tr("Time"), tr("Timing"), tr("HTTP"), tr("Result")});
    setRootIsDecorated(false);
    // Rows take a second line when the Result column needs it (only that column wraps).
    setUniformRowHeights(false);
    setWordWrap(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setItemDelegateForColumn(TimingColumn, m_timingDelegate);
    setItemDelegateForColumn(DetailColumn, new WrappingDelegate(this));
    // A narrower or wider Result column changes where its text wraps: the rows are measured again.
    connect(header(), &QHeaderView::sectionResized, this, [this](int section) {
        if (section == DetailColumn)
            scheduleDelayedItemsLayout();
    });
    // Widths from the font, once: ResizeToContents would measure every row on every change.
    header()->setStretchLastSection(true);
    const QFontMetrics metrics(font());
    const int icon = iconSize().isValid() ? iconSize().width() : 16;
    int nameWidth = 0;
    for (const QString &id : Session::checkIdsFor(googleApiBaseUrl())) // Google's own
        nameWidth = std::max(nameWidth, metrics.horizontalAdvance(displayName(id)));
    // Each width is its widest content and the cell's margins, no more: what is left over goes
    // to the Result column (the last, stretched).
    const int margins = 2 * (style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, this) + 1);
    setColumnWidth(NameColumn, nameWidth + margins + 8);
    // The widest state word in the current language ("fehlgeschlagen" is twice "fail").
    int stateWidth = 0;
    for (const CheckState state : {CheckState::Pending, CheckState::Running, CheckState::Pass,
                                   CheckState::Warn, CheckState::Fail, CheckState::Skipped})
        stateWidth = std::max(stateWidth, metrics.horizontalAdvance(stateText(state)));
    setColumnWidth(StateColumn, icon + stateWidth + 2 * margins + 8);
    setColumnWidth(TimeColumn, metrics.horizontalAdvance(u"00000 ms"_s) + margins + 8);
    // The waterfall reads at a small width; the room goes to the Result column, which names
    // causes and checks.
    setColumnWidth(TimingColumn, std::max(64, metrics.horizontalAdvance(tr("Timing")) + 16));
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
    return checkDisplayName(checkId);
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

QString CheckList::resultText(const CheckResult &result)
{
    if (!result.sameAs.isEmpty())
        return tr("same cause as %1").arg(displayName(result.sameAs));
    return result.diagnosis ? result.diagnosis->title : result.detail;
}

void CheckList::refreshRow(QTreeWidgetItem *item, const CheckResult &result)
{
    const QString name = displayName(result.id);
    const QString state = stateText(result.state);
    item->setIcon(StateColumn, stateIcon(result.state, palette()));
    item->setText(StateColumn, state);
    item->setForeground(StateColumn, stateColor(result.state, palette()));
    const bool done = isDone(result.state) && result.state != CheckState::Skipped;
    item->setText(TimeColumn, done ? tr("%1 ms").arg(result.ms) : QString());
    item->setText(HttpColumn,
                  result.httpStatus > 0 ? QString::number(result.httpStatus) : QString());
    item->setData(HttpColumn, Qt::AccessibleTextRole,
                  result.httpStatus > 0 ? tr("HTTP status %1").arg(result.httpStatus) : QString());
    const QString detail = resultText(result);
    // A row with the same cause says which check leads; its tooltip adds what the cause is.
    const QString fullDetail = !result.sameAs.isEmpty() && result.diagnosis
                                   ? tr("%1: %2").arg(detail, result.diagnosis->title)
                                   : detail;
    item->setText(DetailColumn, detail);
    item->setToolTip(DetailColumn, fullDetail);
    item->setData(DetailColumn, Qt::AccessibleDescriptionRole, fullDetail);
    if (result.timings) {
        const Timings &t = *result.timings;
        item->setData(
            TimingColumn, TimingBarDelegate::kTimingsRole,
            QVariantList{result.startMs, t.dnsMs, t.connectMs, t.tlsMs, t.ttfbMs, t.totalMs});
        item->setToolTip(TimingColumn, timingToolTip(result));
        item->setData(TimingColumn, Qt::AccessibleTextRole, timingAccessibleName(result));
    } else {
        item->setData(TimingColumn, TimingBarDelegate::kTimingsRole, QVariant());
        item->setToolTip(TimingColumn, QString());
        // A cell a screen reader lands on says what it is, even before there is a bar.
        item->setData(TimingColumn, Qt::AccessibleTextRole, tr("Timing: not measured"));
    }
    // What a screen reader says for the row (its first cell): which check, its state, its result.
    item->setData(NameColumn, Qt::AccessibleTextRole, joined({name, state, detail}, u", "_s));
    item->setData(NameColumn, Qt::AccessibleDescriptionRole, fullDetail);
}

QStringList CheckList::timingParts(const CheckResult &result)
{
    QStringList parts;
    if (const auto &live = result.liveTimings) {
        auto reached = [](int ms) { return ms >= 0 ? tr("%1 ms").arg(ms) : tr("not reached"); };
        parts << tr("WebSocket open %1").arg(reached(live->upgradedMs))
              << tr("setup complete %1").arg(reached(live->setupMs))
              << tr("first answer %1").arg(reached(live->firstAnswerMs))
              << tr("total %1 ms").arg(live->totalMs);
        return parts;
    }
    if (!result.timings)
        return parts;
    const Timings &t = *result.timings;
    // Stages that took no time are left out (a reused connection has no DNS or connect).
    if (t.dnsMs > 0)
        parts << tr("DNS %1 ms").arg(t.dnsMs);
    if (t.connectMs > 0)
        parts << tr("connect %1 ms").arg(t.connectMs);
    if (t.tlsMs > 0)
        parts << tr("TLS %1 ms").arg(t.tlsMs);
    if (TimingBarDelegate::hadFirstByte(t))
        parts << tr("first byte at %1 ms").arg(t.ttfbMs);
    else if (TimingBarDelegate::stageDurations(t).at(TimingBarDelegate::Waiting) > 0)
        parts << tr("no byte received");
    parts << tr("total %1 ms").arg(t.totalMs);
    return parts;
}

QString CheckList::timingToolTip(const CheckResult &result)
{
    QStringList parts = timingParts(result);
    if (result.startMs >= 0)
        parts.prepend(tr("started at %1 ms").arg(result.startMs));
    return parts.join(u" · "_s);
}

QString CheckList::timingAccessibleName(const CheckResult &result)
{
    return tr("Timing: %1").arg(timingParts(result).join(u", "_s));
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
