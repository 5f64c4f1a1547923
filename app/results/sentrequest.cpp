#include "sentrequest.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace gd {

bool isSendable(const QString &method)
{
    static const QStringList methods = {u"generateContent"_s,    u"streamGenerateContent"_s,
                                        u"countTokens"_s,        u"embedContent"_s,
                                        u"batchEmbedContents"_s, u"chat.completions"_s};
    return methods.contains(method);
}

} // namespace gd
