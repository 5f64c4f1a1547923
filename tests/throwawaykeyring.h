#pragma once

// Tests that reach the Secret Service run only inside the throwaway session of
// tests/keyring-session.sh, never in a person's own desktop session, where they would overwrite
// or delete the person's stored key. The script writes the private bus address into a marker
// file; a desktop session's bus never matches it.
#include <QByteArray>
#include <QFile>
#include <QString>

namespace gd::test {

inline bool insideThrowawayKeyring()
{
    const QByteArray root = qgetenv("GD_SESSION_ROOT");
    const QByteArray bus = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    if (root.isEmpty() || bus.isEmpty())
        return false;
    QFile marker(QString::fromLocal8Bit(root) + QStringLiteral("/throwaway-keyring"));
    return marker.open(QIODevice::ReadOnly) && marker.readAll().trimmed() == bus;
}

} // namespace gd::test

// In initTestCase of every test that reaches the Secret Service. Outside the script (a plain
// `ctest`) it is skipped with the reason; inside it (GD_SESSION_ROOT set) a keyring that is not
// the throwaway one fails, so CI never passes by skipping.
#define GD_REQUIRE_THROWAWAY_KEYRING()                                                             \
    do {                                                                                           \
        if (gd::test::insideThrowawayKeyring())                                                    \
            break;                                                                                 \
        if (!qEnvironmentVariableIsEmpty("GD_SESSION_ROOT"))                                       \
            QFAIL("tests/keyring-session.sh is running, but its throwaway keyring is not the "     \
                  "session's: refusing to reach any other keyring");                               \
        QSKIP("reaches the Secret Service: runs only inside tests/keyring-session.sh (./build.sh " \
              "test), never against your own keyring");                                            \
    } while (false)
