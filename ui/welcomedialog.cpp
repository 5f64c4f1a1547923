#include "welcomedialog.h"

#include "scenarios/scenario.h"
#include "ui_welcomedialog.h"

using namespace Qt::StringLiterals;

namespace gd::ui {

void fillScenarios(QComboBox *combo, const QString &selected)
{
    combo->clear();
    for (const Scenario &scenario : allScenarios()) {
        combo->addItem(scenario.name() + u" — "_s + scenario.description(), scenario.name());
        if (scenario.name() == selected)
            combo->setCurrentIndex(combo->count() - 1);
    }
}

WelcomeDialog::WelcomeDialog(QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::WelcomeDialog>())
{
    m_ui->setupUi(this);
    fillScenarios(m_ui->welcomeScenarioCombo);
    connect(m_ui->pasteKeyButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT pasteKeyChosen();
    });
    connect(m_ui->tryWithoutKeyButton, &QPushButton::clicked, this, [this] {
        accept();
        Q_EMIT rehearsalChosen(m_ui->welcomeScenarioCombo->currentData().toString());
    });
}

WelcomeDialog::~WelcomeDialog() = default;

void WelcomeDialog::setPurpose(Purpose purpose)
{
    const bool rehearse = purpose == Purpose::Rehearse;
    m_ui->pasteKeyButton->setDefault(!rehearse);
    m_ui->tryWithoutKeyButton->setDefault(rehearse);
    // The scenario is the choice left to make before Return; a focused button would take the
    // default to itself.
    if (rehearse)
        m_ui->welcomeScenarioCombo->setFocus();
    else
        m_ui->pasteKeyButton->setFocus();
}

} // namespace gd::ui
