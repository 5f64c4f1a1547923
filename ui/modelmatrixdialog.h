#pragma once

#include "results/modelrow.h"

#include <QDialog>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace gd::ui {

// The model matrix, as it fills in: one row per model the key lists, with the result in words,
// the time, and for a retired model its successor. Only shows; the session runs the matrix.
class ModelMatrixDialog final : public QDialog
{
    Q_OBJECT
public:
    enum Column
    {
        ModelColumn,
        ResultColumn,
        TimeColumn,
        InsteadColumn
    };

    explicit ModelMatrixDialog(QWidget *parent = nullptr);

    void reset(const QStringList &models);
    void setRunning(const QString &model);
    void setRow(const ModelRow &row);
    void setFinished(const QList<ModelRow> &rows);
    QTreeWidgetItem *itemFor(const QString &model) const;

Q_SIGNALS:
    void cancelRequested();
    // A working model was chosen (double-click, or "Use this model").
    void useModelRequested(const QString &model);

private:
    void updateButtons();

    QLabel *m_summary;
    QProgressBar *m_progress;
    QTreeWidget *m_table;
    QPushButton *m_use;
    QPushButton *m_cancel;
    QPushButton *m_close;
    int m_done = 0;
    bool m_running = false;
};

} // namespace gd::ui
