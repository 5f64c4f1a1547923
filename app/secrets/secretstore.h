#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace gd {

enum class SecretStatus
{
    Ok,
    NotFound,
    Unavailable,
    AccessDenied,
    TimedOut
};

// The outcome of a keychain job, as a value: never an exception, never a hang.
struct SecretResult
{
    SecretStatus status = SecretStatus::Ok;
    QString secret; // for reads
    QString detail; // what the backend said
    QString advice; // what the person can do about it

    bool ok() const { return status == SecretStatus::Ok; }
    QString statusId() const; // "ok", "not_found", "unavailable", "access_denied", "timed_out"
};

using SecretCallback = std::function<void(const SecretResult &)>;

// Where the API key lives. Callbacks always arrive later through the event loop, never during
// the call, and always arrive: a store has its own time limit.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    // A key read from the keychain, or handed to it, is registered with the redactor here, where
    // it enters the process, whichever backend holds it and whoever asked.
    void read(const QString &account, SecretCallback done);
    void write(const QString &account, const QString &secret, SecretCallback done);
    void remove(const QString &account, SecretCallback done);
    // Where secrets go, for people: "the Secret Service (gnome-keyring, KWallet)".
    virtual QString location() const = 0;

protected:
    // The backend's jobs, with the contract above (the callback always arrives, later).
    virtual void readSecret(const QString &account, SecretCallback done) = 0;
    virtual void writeSecret(const QString &account, const QString &secret,
                             SecretCallback done) = 0;
    virtual void removeSecret(const QString &account, SecretCallback done) = 0;
};

// What to do about a keychain that failed, in words, from the backend's own message.
QString keychainAdvice(const QString &detail);

// The keychain account for a profile: "api-key" for the default one, "api-key:NAME" otherwise.
QString accountForProfile(const QString &profile);

} // namespace gd
