#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class KeyDialog;
}

namespace gd {
class SecretStore;
}

namespace gd::ui {

// Takes a pasted key: masked with a show toggle, checked offline as it is typed, stored through
// the secret store (never blocking), or kept for this session only when the keychain fails.
class KeyDialog final : public QDialog
{
    Q_OBJECT
public:
    KeyDialog(SecretStore *store, bool hasStoredKey, QWidget *parent = nullptr);
    ~KeyDialog() override;

Q_SIGNALS:
    void keyStored(const QString &key);
    void keyForSession(const QString &key);
    void keyRemoved();

private:
    void inspect();
    void store();
    void useForSession();
    void remove();
    void setBusy(bool busy);

    std::unique_ptr<Ui::KeyDialog> m_ui;
    SecretStore *m_store;
    QString m_key;
};

} // namespace gd::ui
