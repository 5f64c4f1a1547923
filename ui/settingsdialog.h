#pragma once

#include "appsettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace gd::ui {

class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(const AppSettings &settings, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // The settings as edited.
    AppSettings settings() const;

private:
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings m_settings;
};

} // namespace gd::ui
