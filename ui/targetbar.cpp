#include "targetbar.h"

#include "appsettings.h"
#include "modelpicker.h"
#include "policy/endpointpolicy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gd::ui {

TargetBar::TargetBar(const AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_endpoint(new QLineEdit(settings.endpoint))
    , m_endpointWarning(new QLabel)
    , m_apiVersion(new QComboBox)
    , m_model(new ModelPicker(settings.model))
    , m_run(new QPushButton(tr("&Run connectivity test")))
    , m_cancel(new QPushButton(tr("Cancel")))
    , m_watch(new QCheckBox(tr("&Watch")))
{
    setObjectName(u"targetBar"_s);
    m_endpoint->setObjectName(u"endpointEdit"_s);
    m_endpoint->setAccessibleName(tr("Endpoint"));
    // The start of a URL says the most ("https://..."): shown first when the field is narrow.
    m_endpoint->setCursorPosition(0);
    m_endpointWarning->setObjectName(u"endpointWarning"_s);
    m_endpointWarning->setWordWrap(true);
    m_endpointWarning->setTextFormat(Qt::PlainText);
    m_apiVersion->setObjectName(u"apiVersionCombo"_s);
    m_apiVersion->setAccessibleName(tr("API version"));
    m_apiVersion->addItems({u"v1beta"_s, u"v1"_s});
    m_apiVersion->setCurrentText(settings.apiVersion);
    m_run->setObjectName(u"runButton"_s);
    m_run->setShortcut(QKeySequence(u"Ctrl+R"_s));
    m_run->setToolTip(tr("Run connectivity test (Ctrl+R or F5)"));
    // Not a default button: in a main window that only paints it highlighted for good, the same
    // as Fusion paints keyboard focus, so focus on Run could not be seen. Ctrl+R and F5 run.
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setEnabled(false);
    m_watch->setObjectName(u"watchSwitch"_s);

    auto *endpointLabel = new QLabel(tr("&Endpoint:"));
    endpointLabel->setBuddy(m_endpoint);
    auto *versionLabel = new QLabel(tr("&API:"));
    versionLabel->setBuddy(m_apiVersion);
    auto *modelLabel = new QLabel(tr("&Model:"));
    modelLabel->setBuddy(m_model);
    // Row 1: where; row 2: what, and the buttons. The labels share a column, so the fields line
    // up, and the Tab order follows reading order.
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(endpointLabel, 0, 0);
    grid->addWidget(m_endpoint, 0, 1);
    grid->addWidget(versionLabel, 0, 2);
    grid->addWidget(m_apiVersion, 0, 3, 1, 3);
    grid->addWidget(modelLabel, 1, 0);
    grid->addWidget(m_model, 1, 1);
    grid->addWidget(m_run, 1, 2, 1, 2);
    grid->addWidget(m_cancel, 1, 4);
    grid->addWidget(m_watch, 1, 5);
    grid->addWidget(m_endpointWarning, 2, 0, 1, 6);
    grid->setColumnStretch(1, 1);
    setTabOrder(m_endpoint, m_apiVersion);
    setTabOrder(m_apiVersion, m_model);
    setTabOrder(m_model, m_run);
    setTabOrder(m_run, m_cancel);
    setTabOrder(m_cancel, m_watch);

    connect(m_run, &QPushButton::clicked, this, &TargetBar::runRequested);
    connect(m_cancel, &QPushButton::clicked, this, &TargetBar::cancelRequested);
    connect(m_endpoint, &QLineEdit::textChanged, this, &TargetBar::updateEndpointWarning);
    connect(m_endpoint, &QLineEdit::returnPressed, this, &TargetBar::runRequested);
    updateEndpointWarning();
}

QUrl TargetBar::endpoint() const
{
    return withoutSecrets(QUrl(m_endpoint->text().trimmed()));
}

QString TargetBar::apiVersion() const
{
    return m_apiVersion->currentText();
}

void TargetBar::showEndpoint(const QString &endpoint, bool readOnly)
{
    m_endpoint->setText(endpoint);
    m_endpoint->setReadOnly(readOnly);
    m_endpoint->setCursorPosition(0);
}

void TargetBar::setBusy(bool busy)
{
    m_run->setEnabled(!busy);
    m_cancel->setEnabled(busy);
}

void TargetBar::updateEndpointWarning()
{
    QStringList removed;
    const QUrl endpoint = withoutSecrets(QUrl(m_endpoint->text().trimmed()), &removed);
    QStringList warnings;
    if (removed.contains(u"user_info"_s))
        warnings.append(tr("The user name and password in the endpoint are left out: it is used, "
                           "shown and saved without them."));
    if (removed.contains(u"query"_s))
        warnings.append(tr("The query in the endpoint (such as ?key=) is left out: the key travels "
                           "in a header, never in a URL."));
    if (const auto refusal = refusalReason(endpoint))
        warnings.append(*refusal);
    m_endpointWarning->setText(warnings.join(u'\n'));
    m_endpointWarning->setVisible(!warnings.isEmpty());
}

} // namespace gd::ui
