#pragma once

#include <QDialog>
#include <memory>

class QComboBox;

namespace Ui {
class WelcomeDialog;
}

namespace gd::ui {

// First run: paste a key, or rehearse any failure against the built-in simulator.
class WelcomeDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

Q_SIGNALS:
    void pasteKeyChosen();
    void rehearsalChosen(const QString &scenario);

private:
    std::unique_ptr<Ui::WelcomeDialog> m_ui;
};

// Fills a combo box with every scenario: its description shown, its category name as data.
void fillScenarios(QComboBox *combo, const QString &selected = QStringLiteral("rate_limited"));

} // namespace gd::ui
