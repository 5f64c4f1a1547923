#include "roff.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace gd::cli {

QString roffText(const QString &text)
{
    QString roff;
    bool lineStart = true;
    for (const char32_t character : text.toUcs4()) {
        if (lineStart && (character == u'.' || character == u'\''))
            roff += u"\\&"_s;
        lineStart = character == u'\n';
        if (character == u'\\')
            roff += u"\\e"_s;
        else if (character == u'-')
            roff += u"\\-"_s;
        else if (character < 0x80)
            roff += QChar(char16_t(character));
        else
            roff += u"\\[u"_s +
                    QString::number(uint(character), 16).toUpper().rightJustified(4, u'0') + u']';
    }
    return roff;
}

} // namespace gd::cli
