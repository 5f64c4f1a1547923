#include "modelmatrixdialog.h"

#include "stateicons.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

ModelMatrixDialog::ModelMatrixDialog(QWidget *parent)
    : QDialog(parent)
    , m_summary(new QLabel)
    , m_progress(new QProgressBar)
    , m_table(new QTreeWidget)
    , m_use(new QPushButton(tr("&Use this model")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_close(new QPushButton(tr("Close")))
{
    setObjectName(u"modelMatrixDialog"_s);
    setWindowTitle(tr("Every model"));
    m_summary->setObjectName(u"modelMatrixSummary"_s);
    m_summary->setWordWrap(true);
    m_progress->setObjectName(u"modelMatrixProgress"_s);
    m_progress->setAccessibleName(tr("Progress"));
    m_table->setObjectName(u"modelMatrixTable"_s);
    m_table->setRootIsDecorated(false);
    m_table->setUniformRowHeights(true);
    m_table->setSortingEnabled(false);
    m_table->setHeaderLabels({tr("Model"), tr("Result"), tr("Time"), tr("Instead")});
    m_table->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->header()->setStretchLastSection(true);
    m_use->setObjectName(u"modelMatrixUseButton"_s);
    m_use->setToolTip(tr("Test this model in the connectivity test"));
    m_cancel->setObjectName(u"modelMatrixCancelButton"_s);
    m_close->setObjectName(u"modelMatrixCloseButton"_s);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_use, QDialogButtonBox::ActionRole);
    buttons->addButton(m_cancel, QDialogButtonBox::RejectRole);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    // Cancel stops the requests still to go; the dialog stays to show what was found.
    connect(m_cancel, &QPushButton::clicked, this, &ModelMatrixDialog::cancelRequested);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    auto useCurrent = [this] {
        const QTreeWidgetItem *item = m_table->currentItem();
        if (item && item->data(ModelColumn, Qt::UserRole + 1).toBool())
            Q_EMIT useModelRequested(item->data(ModelColumn, Qt::UserRole).toString());
    };
    connect(m_use, &QPushButton::clicked, this, useCurrent);
    connect(m_table, &QTreeWidget::itemActivated, this, useCurrent);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &ModelMatrixDialog::updateButtons);
    resize(720, 520);
}

void ModelMatrixDialog::reset(const QStringList &models)
{
    m_table->clear();
    m_done = 0;
    for (const QString &model : models) {
        auto *item = new QTreeWidgetItem(m_table);
        item->setText(ModelColumn, model);
        item->setData(ModelColumn, Qt::UserRole, model);
        ModelRow waiting;
        item->setText(ResultColumn, modelRowText(waiting));
        item->setTextAlignment(TimeColumn, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_progress->setRange(0, int(models.size()));
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_running = true;
    m_summary->setText(tr("Sending one short request to each of the %n models, three at a time…",
                          nullptr, int(models.size())));
    updateButtons();
}

QTreeWidgetItem *ModelMatrixDialog::itemFor(const QString &model) const
{
    for (int i = 0; i < m_table->topLevelItemCount(); ++i) {
        if (m_table->topLevelItem(i)->data(ModelColumn, Qt::UserRole).toString() == model)
            return m_table->topLevelItem(i);
    }
    return nullptr;
}

void ModelMatrixDialog::setRunning(const QString &model)
{
    if (QTreeWidgetItem *item = itemFor(model)) {
        ModelRow running;
        running.state = CheckState::Running;
        item->setText(ResultColumn, modelRowText(running));
        item->setIcon(ResultColumn, stateIcon(CheckState::Running, palette()));
    }
}

void ModelMatrixDialog::setRow(const ModelRow &row)
{
    QTreeWidgetItem *item = itemFor(row.name);
    if (!item)
        return;
    item->setText(ResultColumn, modelRowText(row));
    item->setIcon(ResultColumn, stateIcon(row.state, palette()));
    item->setText(TimeColumn,
                  row.state == CheckState::Skipped ? QString() : tr("%1 ms").arg(row.ms));
    item->setText(InsteadColumn, row.successor);
    item->setData(ModelColumn, Qt::UserRole + 1, row.state == CheckState::Pass);
    const QString why = row.diagnosis ? row.diagnosis->title : QString();
    for (int column = 0; column < m_table->columnCount(); ++column)
        item->setToolTip(column, why);
    if (row.state != CheckState::Skipped)
        m_progress->setValue(++m_done);
    updateButtons();
}

void ModelMatrixDialog::setFinished(const QList<ModelRow> &rows)
{
    qsizetype working = 0;
    qsizetype tested = 0;
    for (const ModelRow &row : rows) {
        working += row.state == CheckState::Pass ? 1 : 0;
        tested += row.state == CheckState::Skipped ? 0 : 1;
    }
    m_progress->setVisible(false);
    m_running = false;
    m_summary->setText(
        tested < rows.size()
            ? tr("Cancelled after %1 of %n models; %2 work.", nullptr, int(rows.size()))
                  .arg(tested)
                  .arg(working)
            : tr("%1 of the %n models your key lists work.", nullptr, int(rows.size()))
                  .arg(working));
    updateButtons();
}

void ModelMatrixDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_table->currentItem();
    m_use->setEnabled(item && item->data(ModelColumn, Qt::UserRole + 1).toBool());
    m_cancel->setEnabled(m_running);
}

} // namespace gd::ui
