#include "secretstore.h"

#include "base/idtable.h"
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
    static constexpr IdName<SecretStatus> kIds[] = {
        {SecretStatus::Ok, "ok"_L1},
        {SecretStatus::NotFound, "not_found"_L1},
        {SecretStatus::Unavailable, "unavailable"_L1},
        {SecretStatus::AccessDenied, "access_denied"_L1},
        {SecretStatus::TimedOut, "timed_out"_L1},
    };
    return idOf(kIds, status);
}

// What to do, from what the backend said (messages measured on Debian 12: see the README,
// Troubleshooting).
QString keychainProblemText(const SecretResult &result, KeychainFace face)
{
    const QString &detail = result.detail;
    const QString meanwhile =
        face == KeychainFace::Desktop
            ? SecretStore::tr("Meanwhile, use the key for this session only.")
            : SecretStore::tr("Meanwhile, give the key through GEMINI_API_KEY or --key-stdin.");
    switch (result.status) {
    case SecretStatus::Ok:
    case SecretStatus::NotFound:
        return {};
    case SecretStatus::AccessDenied:
        return SecretStore::tr("The keyring refused access: it is locked with another password or "
                               "the request was denied. Unlock it and try again.") +
               u' ' + meanwhile;
    case SecretStatus::TimedOut:
        return SecretStore::tr("The keychain stopped answering (it may be waiting for a password "
                               "prompt). Unlock your keyring or restart it.") +
               u' ' + meanwhile;
    case SecretStatus::Unavailable:
        break;
    }
    // Which of Unavailable's causes, from what the backend said (messages measured on Debian 12:
    // see the README, Troubleshooting). With a display but no session bus, libdbus tries to start
    // one with dbus-launch, which a minimal system does not have.
    if (detail.contains(u"autolaunch D-Bus"_s) || detail.contains(u"DBUS_SESSION_BUS_ADDRESS"_s) ||
        detail.contains(u"dbus-launch"_s))
        return SecretStore::tr("There is no D-Bus session, so no keychain can be reached "
                               "(libsecret and gnome-keyring are not the problem).") +
               u' ' +
               (face == KeychainFace::Desktop
                    ? SecretStore::tr("Start Gemini Doctor from a desktop session with an "
                                      "unlocked keyring, or use the key for this session only.")
                    : SecretStore::tr("Run it inside one (dbus-run-session -- gemini-doctor …) "
                                      "with an unlocked keyring, or give the key through "
                                      "GEMINI_API_KEY or --key-stdin."));
    if (detail.contains(u"org.freedesktop.secrets"_s))
        return SecretStore::tr("No Secret Service is running. Install and start one: "
                               "gnome-keyring (sudo apt install gnome-keyring) or KWallet.") +
               u' ' + meanwhile;
    if (detail.contains(u"collection"_s) || detail.contains(u"locked"_s, Qt::CaseInsensitive))
        return SecretStore::tr("The keyring exists but is locked or has no login collection. "
                               "Unlock it (log in to a desktop session, or run "
                               "gnome-keyring-daemon --unlock), then try again.") +
               u' ' + meanwhile;
    return SecretStore::tr("The keychain could not be used. Make sure libsecret (libsecret-1-0) "
                           "and a Secret Service provider such as gnome-keyring or KWallet are "
                           "installed and unlocked.") +
           u' ' + meanwhile;
}

QString accountForProfile(const QString &profile)
{
    return profile.isEmpty() || profile == u"default"_s ? u"api-key"_s : u"api-key:"_s + profile;
}

} // namespace gd
