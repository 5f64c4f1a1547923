#pragma once

#include "report/runhistory.h"

#include <QTreeWidget>

namespace gd::ui {

// Recent runs, newest first: when, where, which model, and the first problem, so a person can
// see when a problem began.
class HistoryView final : public QTreeWidget
{
    Q_OBJECT
public:
    explicit HistoryView(QWidget *parent = nullptr);
    void showRuns(const QList<RunReport> &runs);
};

} // namespace gd::ui
