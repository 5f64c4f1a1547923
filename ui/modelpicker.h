#pragma once

#include "results/modelrow.h"

#include <QComboBox>

namespace gd::ui {

// The model to test: "Automatic" first (the model data's first choice the key lists), then the
// data's own choices and the models the key listed, each labelled with what the model matrix
// learned of it. An entry's model name is its data; its label may carry a result.
class ModelPicker final : public QComboBox
{
    Q_OBJECT
public:
    explicit ModelPicker(const QString &model, QWidget *parent = nullptr);

    QString selectedModel() const; // empty: automatic
    void selectModel(const QString &model);
    // The model data's choices, after Automatic (reading the data waits for the first frame).
    void addPreferredModels();
    void addModels(const QStringList &models);
    void showResult(const ModelRow &row);
    // Another key's or another scenario's results: the labels go back to plain names.
    void clearResults();

private:
    // The entry for a model: matched on the name it carries, not on its label.
    int indexOf(const QString &model) const;
    void addModel(const QString &model);
};

} // namespace gd::ui
