#include "modelsuggestion.h"

using namespace Qt::StringLiterals;

namespace gd {

QString suggestModel(const QStringList &visibleModels, const QString &current)
{
    static const QStringList preferred = {u"gemini-2.5-flash"_s, u"gemini-flash-latest"_s,
                                          u"gemini-2.5-flash-lite"_s,
                                          u"gemini-flash-lite-latest"_s};
    for (const QString &name : preferred) {
        if (name != current && visibleModels.contains(name))
            return name;
    }
    for (const QString &name : visibleModels) {
        if (name != current && name.contains(u"flash"_s) && !name.contains(u"preview"_s) &&
            !name.contains(u"exp"_s))
            return name;
    }
    for (const QString &name : visibleModels) {
        if (name != current && name.startsWith(u"gemini"_s))
            return name;
    }
    return {};
}

} // namespace gd
