#pragma once

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gd::ui {

struct AppSettings;
class ModelPicker;

// What to test and the buttons that test it: the endpoint (with what was left out of it), the
// API version, the model, Run and Cancel, and the switch that keeps testing (Watch). Two rows, so
// the endpoint keeps its room in every language down to an 800-pixel window.
class TargetBar final : public QWidget
{
    Q_OBJECT
public:
    explicit TargetBar(const AppSettings &settings, QWidget *parent = nullptr);

    // The endpoint as it will be used: without user name, password or query.
    QUrl endpoint() const;
    QString apiVersion() const;
    ModelPicker *models() const { return m_model; }
    QCheckBox *watchSwitch() const { return m_watch; }
    QPushButton *runButton() const { return m_run; }

    // In rehearsal the simulator's address is shown, read-only; afterwards the person's own.
    void showEndpoint(const QString &endpoint, bool readOnly);
    // A run or the model matrix is going: Run waits, Cancel stops it.
    void setBusy(bool busy);

Q_SIGNALS:
    void runRequested();
    void cancelRequested();

private:
    void updateEndpointWarning();

    QLineEdit *m_endpoint;
    QLabel *m_endpointWarning;
    QComboBox *m_apiVersion;
    ModelPicker *m_model;
    QPushButton *m_run;
    QPushButton *m_cancel;
    QCheckBox *m_watch;
};

} // namespace gd::ui
