#pragma once

#include <QStringList>

namespace gd {

// Named keys for several projects: each is its own keychain entry; their names (never the keys)
// are listed in the settings, since keychains cannot list their entries.
bool isValidProfileName(const QString &name);
QStringList knownProfiles();
void rememberProfile(const QString &name);
void forgetProfile(const QString &name);

} // namespace gd
