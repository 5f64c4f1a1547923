#include "secretstore.h"

using namespace Qt::StringLiterals;

namespace gd {

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

QString accountForProfile(const QString &profile)
{
    return profile.isEmpty() || profile == u"default"_s ? u"api-key"_s : u"api-key:"_s + profile;
}

} // namespace gd
