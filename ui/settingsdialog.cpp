#include "settingsdialog.h"

#include "ui_settingsdialog.h"

using namespace Qt::StringLiterals;

namespace gd::ui {

SettingsDialog::SettingsDialog(const AppSettings &settings, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_settings(settings)
{
    m_ui->setupUi(this);
    m_ui->themeCombo->addItem(tr("Like the system"), u"system"_s);
    m_ui->themeCombo->addItem(tr("Light"), u"light"_s);
    m_ui->themeCombo->addItem(tr("Dark"), u"dark"_s);
    m_ui->themeCombo->setCurrentIndex(std::max(0, m_ui->themeCombo->findData(settings.theme)));
    m_ui->timeoutSpin->setValue(settings.timeoutSeconds);
    m_ui->retriesSpin->setValue(settings.retries);
    m_ui->watchIntervalSpin->setValue(settings.watchIntervalMinutes);
}

SettingsDialog::~SettingsDialog() = default;

AppSettings SettingsDialog::settings() const
{
    AppSettings edited = m_settings;
    edited.timeoutSeconds = m_ui->timeoutSpin->value();
    edited.retries = m_ui->retriesSpin->value();
    edited.watchIntervalMinutes = m_ui->watchIntervalSpin->value();
    edited.theme = m_ui->themeCombo->currentData().toString();
    return edited;
}

} // namespace gd::ui
