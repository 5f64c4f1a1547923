#include "keydialog.h"

#include "diagnosis/remediationcatalog.h"
#include "secrets/keyhygiene.h"
#include "secrets/secretstore.h"
#include "ui_keydialog.h"

#include <QDesktopServices>
#include <QPointer>

using namespace Qt::StringLiterals;

namespace gd::ui {

KeyDialog::KeyDialog(SecretStore *store, bool hasStoredKey, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::KeyDialog>()), m_store(store)
{
    m_ui->setupUi(this);
    m_ui->removeButton->setVisible(hasStoredKey);
    m_ui->storeButton->setEnabled(false);
    m_ui->sessionButton->setEnabled(false);
    m_ui->keychainStatus->setVisible(false);
    connect(m_ui->keyEdit, &QLineEdit::textChanged, this, &KeyDialog::inspect);
    connect(m_ui->showKeyCheck, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->keyEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->storeButton, &QPushButton::clicked, this, &KeyDialog::store);
    connect(m_ui->sessionButton, &QPushButton::clicked, this, &KeyDialog::useForSession);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &KeyDialog::remove);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_ui->getKeyButton, &QPushButton::clicked, this, [] {
        QDesktopServices::openUrl(RemediationCatalog::builtIn().link(u"api_keys"_s).url);
    });
}

KeyDialog::~KeyDialog()
{
    m_ui->keyEdit->clear();
}

void KeyDialog::inspect()
{
    const KeyInspection inspection = inspectKey(m_ui->keyEdit->text());
    m_key = inspection.key;
    QStringList lines = inspection.fixes;
    lines += inspection.problems;
    if (m_ui->keyEdit->text().isEmpty())
        lines.clear();
    m_ui->keyWarnings->setText(lines.join(u'\n'));
    m_ui->storeButton->setEnabled(inspection.usable());
    m_ui->sessionButton->setEnabled(inspection.usable());
}

void KeyDialog::setBusy(bool busy)
{
    m_ui->storeButton->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy);
    m_ui->keyEdit->setReadOnly(busy);
    if (busy) {
        m_ui->keychainStatus->setText(tr("Talking to the keychain…"));
        m_ui->keychainStatus->setVisible(true);
    }
}

void KeyDialog::store()
{
    setBusy(true);
    QPointer<KeyDialog> self(this);
    const QString key = m_key;
    m_store->write(accountForProfile({}), key, [self, key](const SecretResult &result) {
        if (!self)
            return;
        self->setBusy(false);
        if (result.ok()) {
            Q_EMIT self->keyStored(key);
            self->accept();
            return;
        }
        self->m_ui->keychainStatus->setText(
            tr("The keychain could not store the key. %1\nThe key for this session only stays "
               "in memory and is forgotten when the app closes.\nDetails: %2")
                .arg(keychainProblemText(result, KeychainFace::Desktop), result.detail));
        self->m_ui->sessionButton->setFocus();
    });
}

void KeyDialog::useForSession()
{
    Q_EMIT keyForSession(m_key);
    accept();
}

void KeyDialog::remove()
{
    setBusy(true);
    QPointer<KeyDialog> self(this);
    m_store->remove(accountForProfile({}), [self](const SecretResult &result) {
        if (!self)
            return;
        self->setBusy(false);
        if (result.ok() || result.status == SecretStatus::NotFound) {
            Q_EMIT self->keyRemoved();
            self->accept();
            return;
        }
        self->m_ui->keychainStatus->setText(
            tr("The keychain could not remove the key. %1\nDetails: %2")
                .arg(keychainProblemText(result, KeychainFace::Desktop), result.detail));
    });
}

} // namespace gd::ui
