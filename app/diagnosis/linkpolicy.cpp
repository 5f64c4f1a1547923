#include "linkpolicy.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd {

bool isAllowedLink(const QUrl &url)
{
    static const QStringList hosts = {
        u"ai.google.dev"_s,
        u"aistudio.google.com"_s,
        u"ai.dev"_s,
        u"ai.studio"_s,
        u"console.cloud.google.com"_s,
        u"console.developers.google.com"_s,
        u"cloud.google.com"_s,
        u"support.google.com"_s,
        u"developers.google.com"_s,
        u"discuss.ai.google.dev"_s,
        u"forms.gle"_s,
    };
    if (!url.isValid() || url.scheme() != u"https"_s || !url.userInfo().isEmpty())
        return false;
    if (url.port(443) != 443)
        return false;
    return hosts.contains(url.host().toLower());
}

} // namespace gd
