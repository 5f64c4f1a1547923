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
    QString detail; // what the backend said, in its words and language: a details line only

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

// Who reads about a keychain that failed: the ways out differ. The desktop can keep a key for the
// session; the command line takes GEMINI_API_KEY or --key-stdin.
enum class KeychainFace
{
    Desktop,
    CommandLine
};

// What went wrong with the keychain, in our own words (the same in both faces, translated), then
// what this face can do about it. The backend's own text (result.detail) is not in it: it varies
// with the backend and the language of the system, and is shown as a details line.
QString keychainProblemText(const SecretResult &result, KeychainFace face);

// The keychain account for a profile: "api-key" for the default one, "api-key:NAME" otherwise.
QString accountForProfile(const QString &profile);

} // namespace gd
