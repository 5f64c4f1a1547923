#pragma once

#include "checks/checkresult.h"

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

    void reset(const QStringList &checkIds);
    void setRunning(const QString &id);
    void setResult(const CheckResult &result);
    QTreeWidgetItem *itemFor(const QString &id) const;
    const CheckResult *resultFor(const QString &id) const;
    // Selects the first failed row, else the first warned one.
    void selectFirstProblem();

    static QString displayName(const QString &checkId);

Q_SIGNALS:
    void problemSelected(const gd::CheckResult &result);
    void healthySelected(const gd::CheckResult &result);

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString timingToolTip(const CheckResult &result);
    void refreshScale();
    void refreshRow(QTreeWidgetItem *item, const CheckResult &result);

    TimingBarDelegate *m_timingDelegate;
    QHash<QString, CheckResult> m_results;
};

} // namespace gd::ui
