#include "modelpicker.h"

#include "diagnosis/modelknowledge.h"
#include "stateicons.h"

#include <QAbstractItemView>
#include <QRegularExpression>
#include <QScrollBar>

using namespace Qt::StringLiterals;

namespace gd::ui {

ModelPicker::ModelPicker(const QString &model, QWidget *parent) : QComboBox(parent)
{
    setObjectName(u"modelCombo"_s);
    setAccessibleName(tr("Model"));
    setEditable(true);
    // Empty means automatic: the data's first choice the key lists (never a fixed name Google may
    // retire); then the model data's own choices.
    addItem(tr("Automatic (cheapest stable Flash)"));
    if (model.isEmpty())
        setCurrentIndex(0);
    else
        setCurrentText(model);
    // Wide enough for "Automatic ..." in every language, so its start is never scrolled away.
    setMinimumContentsLength(std::max(20, int(itemText(0).size())));
}

QString ModelPicker::selectedModel() const
{
    const int index = currentIndex();
    if (index == 0 && currentText() == itemText(0))
        return {};
    // A listed entry's label may carry the matrix's result ("gemini-x — works"): its name is
    // its data. Anything else was typed.
    if (index > 0 && currentText() == itemText(index) && itemData(index).isValid())
        return itemData(index).toString();
    return currentText().trimmed().remove(QRegularExpression(u"^models/"_s));
}

void ModelPicker::selectModel(const QString &model)
{
    const int index = indexOf(model);
    if (index >= 0)
        setCurrentIndex(index);
    else
        setCurrentText(model);
}

int ModelPicker::indexOf(const QString &model) const
{
    for (int i = 1; i < count(); ++i) {
        if (itemData(i).toString() == model || (!itemData(i).isValid() && itemText(i) == model))
            return i;
    }
    return -1;
}

void ModelPicker::addModel(const QString &model)
{
    if (indexOf(model) < 0)
        addItem(model, model);
}

void ModelPicker::addPreferredModels()
{
    if (count() == 1)
        addModels(ModelKnowledge::builtIn().testPreference());
}

void ModelPicker::addModels(const QStringList &models)
{
    for (const QString &model : models)
        addModel(model);
}

void ModelPicker::showResult(const ModelRow &row)
{
    if (row.state == CheckState::Skipped)
        return; // cancelled: nothing learned about the model
    addModel(row.name);
    const int index = indexOf(row.name);
    const bool chosen = currentIndex() == index && currentText() == itemText(index);
    setItemText(index, tr("%1 — %2").arg(row.name, modelRowText(row)));
    setItemData(index, row.name);
    setItemIcon(index, stateIcon(row.state, palette()));
    setItemData(index,
                row.successor.isEmpty() ? (row.diagnosis ? row.diagnosis->title : QString())
                                        : tr("Retired: use %1 instead.").arg(row.successor),
                Qt::ToolTipRole);
    if (chosen) // the edit line shows the label of the entry it shows
        setEditText(itemText(index));
    // The list opens wide enough for "name — result": a model's name is never elided.
    QAbstractItemView *list = view();
    list->setMinimumWidth(list->sizeHintForColumn(0) +
                          list->verticalScrollBar()->sizeHint().width() + 2 * list->frameWidth());
}

void ModelPicker::clearResults()
{
    for (int i = 1; i < count(); ++i) {
        if (!itemData(i).isValid())
            continue;
        setItemText(i, itemData(i).toString());
        setItemIcon(i, {});
        setItemData(i, {}, Qt::ToolTipRole);
    }
}

} // namespace gd::ui
