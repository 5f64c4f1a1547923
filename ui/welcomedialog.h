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
    // Why it opens: on a first run a key is the likelier wish; from "Rehearse a failure…" the
    // person asked to rehearse, so Return must start the rehearsal, not ask for a key.
    enum class Purpose
    {
        FirstRun,
        Rehearse
    };

    explicit WelcomeDialog(QWidget *parent = nullptr);
    ~WelcomeDialog() override;

    // Makes the purpose's button the default one (Return presses it) and gives it the focus.
    void setPurpose(Purpose purpose);

Q_SIGNALS:
    void pasteKeyChosen();
    void rehearsalChosen(const QString &scenario);

private:
    std::unique_ptr<Ui::WelcomeDialog> m_ui;
};

// Fills a combo box with every scenario: its description shown, its category name as data.
void fillScenarios(QComboBox *combo, const QString &selected = QStringLiteral("rate_limited"));

} // namespace gd::ui
