#include "keyprofiles.h"

#include <QRegularExpression>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

const QString kKey = u"keys/profiles"_s;

} // namespace

bool isValidProfileName(const QString &name)
{
    static const QRegularExpression valid(u"^[A-Za-z0-9_-]{1,40}$"_s);
    return valid.match(name).hasMatch();
}

QStringList knownProfiles()
{
    QStringList profiles = QSettings().value(kKey).toStringList();
    profiles.removeAll(QString());
    return profiles;
}

void rememberProfile(const QString &name)
{
    QStringList profiles = knownProfiles();
    if (!profiles.contains(name)) {
        profiles.append(name);
        QSettings().setValue(kKey, profiles);
    }
}

void forgetProfile(const QString &name)
{
    QStringList profiles = knownProfiles();
    if (profiles.removeAll(name) > 0)
        QSettings().setValue(kKey, profiles);
}

} // namespace gd
