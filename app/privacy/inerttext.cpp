#include "inerttext.h"

using namespace Qt::StringLiterals;

namespace gd {
namespace {

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
           (c >= 0x2066 && c <= 0x2069);
}

bool needsEscape(char32_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || isBidiControl(c);
}

} // namespace

QString inertText(const QString &text)
{
    // Most text has nothing to escape: one pass to find out, no copy.
    const auto clean = [&text] {
        for (const QChar c : text) {
            if (needsEscape(c.unicode()))
                return false;
        }
        return true;
    };
    if (clean())
        return text;
    QString inert;
    inert.reserve(text.size() + 16);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!needsEscape(u))
            inert.append(c);
        else if (u < 0x100)
            inert.append(u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0'));
        else
            inert.append(u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0'));
    }
    return inert;
}

} // namespace gd
