#include "settingsdialog.h"

#include "diagnosis/modelknowledge.h"
#include "ui_settingsdialog.h"

#include <QRegularExpression>

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
    // The Live check's model: automatic picks one the key lists, in the model data's order.
    m_ui->liveModelCombo->addItem(tr("Automatic (a Live model your key lists)"));
    for (const QString &model : ModelKnowledge::builtIn().livePreference())
        m_ui->liveModelCombo->addItem(model, model);
    if (settings.liveModel.isEmpty())
        m_ui->liveModelCombo->setCurrentIndex(0);
    else
        m_ui->liveModelCombo->setCurrentText(settings.liveModel);
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
    const bool automatic = m_ui->liveModelCombo->currentIndex() == 0 &&
                           m_ui->liveModelCombo->currentText() == m_ui->liveModelCombo->itemText(0);
    edited.liveModel = automatic ? QString()
                                 : m_ui->liveModelCombo->currentText().trimmed().remove(
                                       QRegularExpression(u"^models/"_s));
    return edited;
}

} // namespace gd::ui
