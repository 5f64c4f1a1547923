#pragma once

#include "results/checkresult.h"

#include <QHash>
#include <QTreeWidget>

namespace gd::ui {

class TimingBarDelegate;

// The status dashboard: one row per check with its icon and state, its timings as a small bar,
// the HTTP status and what it found. Selecting a failed or warned row asks for the remediation.
class CheckList final : public QTreeWidget
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        StateColumn,
        TimeColumn,
        TimingColumn,
        HttpColumn,
        DetailColumn
    };

    explicit CheckList(QWidget *parent = nullptr);

    // One row per check, waiting. (QTreeWidget's own reset() stays reachable.)
    using QTreeWidget::reset;
    void reset(const QStringList &checkIds);
    void setRunning(const QString &id);
    void setResult(const CheckResult &result);
    QTreeWidgetItem *itemFor(const QString &id) const;
    const CheckResult *resultFor(const QString &id) const;
    // Selects the first failed row, else the first warned one.
    void selectFirstProblem();

    // The check's name for people: gd::checkDisplayName, the core's one table (the CLI's words
    // use it too); kept here for the window's callers.
    static QString displayName(const QString &checkId);
    // The Result column's text: the lead check's name for a row with the same cause, else the
    // diagnosis title, else what the check found or why it was skipped.
    static QString resultText(const CheckResult &result);
    // At most this many lines of text per row: the Result column wraps rather than cuts the
    // check it names ("same cause as Test prompt"); the tooltip holds the rest of a longer text.
    static constexpr int kMaxLines = 2;

Q_SIGNALS:
    void problemSelected(const gd::CheckResult &result);
    void healthySelected(const gd::CheckResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    // The row's timings in words, stage by stage; the tooltip joins them with " · ", the
    // accessible name with commas.
    static QStringList timingParts(const CheckResult &result);
    static QString timingToolTip(const CheckResult &result);
    static QString timingAccessibleName(const CheckResult &result);
    void refreshScale();
    void refreshRow(QTreeWidgetItem *item, const CheckResult &result);

    TimingBarDelegate *m_timingDelegate;
    QHash<QString, CheckResult> m_results;
};

} // namespace gd::ui
