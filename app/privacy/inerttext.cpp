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
    // A carriage return that ends a line (Windows' CRLF, pasted logs) moves nothing; alone it
    // would write the rest over the start of the line.
    const auto escaped = [&text](qsizetype i) {
        const char16_t u = text.at(i).unicode();
        if (u == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
            return false;
        return needsEscape(u);
    };
    // Most text has nothing to escape: one pass to find out, no copy.
    const auto clean = [&text, &escaped] {
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (escaped(i))
                return false;
        }
        return true;
    };
    if (clean())
        return text;
    QString inert;
    inert.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (!escaped(i))
            inert.append(c);
        else if (u < 0x100)
            inert.append(u"\\x"_s + QString::number(u, 16).rightJustified(2, u'0'));
        else
            inert.append(u"\\u"_s + QString::number(u, 16).rightJustified(4, u'0'));
    }
    return inert;
}

} // namespace gd
