#include "secretstore.h"

#include "privacy/redactor.h"

using namespace Qt::StringLiterals;

namespace gd {

void SecretStore::read(const QString &account, SecretCallback done)
{
    readSecret(account, [done = std::move(done)](const SecretResult &result) {
        Redactor::addSecret(result.secret);
        done(result);
    });
}

void SecretStore::write(const QString &account, const QString &secret, SecretCallback done)
{
    Redactor::addSecret(secret);
    writeSecret(account, secret, std::move(done));
}

void SecretStore::remove(const QString &account, SecretCallback done)
{
    removeSecret(account, std::move(done));
}

QString SecretResult::statusId() const
{
    switch (status) {
    case SecretStatus::Ok:
        return u"ok"_s;
    case SecretStatus::NotFound:
        return u"not_found"_s;
    case SecretStatus::Unavailable:
        return u"unavailable"_s;
    case SecretStatus::AccessDenied:
        return u"access_denied"_s;
    case SecretStatus::TimedOut:
        return u"timed_out"_s;
    }
    return {};
}

// What to do, from what the backend said (messages measured on Debian 12: see the README,
// Troubleshooting).
QString keychainAdvice(const QString &detail)
{
    // With a display but no session bus, libdbus tries to start one with dbus-launch, which a
    // minimal system does not have: "Failed to execute child process "dbus-launch" ...".
    if (detail.contains(u"autolaunch D-Bus"_s) || detail.contains(u"DBUS_SESSION_BUS_ADDRESS"_s) ||
        detail.contains(u"dbus-launch"_s))
        return SecretStore::tr(
            "There is no D-Bus session, so no keychain can be reached (libsecret and gnome-keyring "
            "are not the problem). Start the app from a desktop session, or inside one "
            "(dbus-run-session -- gemini-doctor) with an unlocked keyring; or use the key for "
            "this session only, or give it through GEMINI_API_KEY or --key-stdin.");
    if (detail.contains(u"org.freedesktop.secrets"_s))
        return SecretStore::tr("No Secret Service is running. Install and start one: gnome-keyring "
                               "(sudo apt install gnome-keyring) or KWallet, then try again.");
    if (detail.contains(u"collection"_s) || detail.contains(u"locked"_s, Qt::CaseInsensitive))
        return SecretStore::tr(
            "The keyring exists but is locked or has no login collection. Unlock it (log in to a "
            "desktop session, or run gnome-keyring-daemon --unlock), then try again.");
    return SecretStore::tr(
        "The keychain could not be used. Make sure libsecret (libsecret-1-0) and a Secret "
        "Service provider such as gnome-keyring or KWallet are installed and unlocked.");
}

QString accountForProfile(const QString &profile)
{
    return profile.isEmpty() || profile == u"default"_s ? u"api-key"_s : u"api-key:"_s + profile;
}

} // namespace gd
