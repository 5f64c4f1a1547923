#include "shellwords.h"

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// The escapes of $'...': the ones people use in a request body.
QChar ansiEscape(QChar c)
{
    switch (c.unicode()) {
    case 'n':
        return u'\n';
    case 't':
        return u'\t';
    case 'r':
        return u'\r';
    default:
        return c;
    }
}

} // namespace

QStringList shellWords(const QString &command)
{
    QString text = command;
    // Continuations: "\<newline>" (POSIX), "^<newline>" (cmd.exe), "`<newline>" (PowerShell).
    text.replace(u"\\\r\n"_s, QString()).replace(u"\\\n"_s, QString());
    text.replace(u"^\r\n"_s, QString()).replace(u"^\n"_s, QString());
    text.replace(u"`\r\n"_s, QString()).replace(u"`\n"_s, QString());

    QStringList words;
    QString word;
    bool inWord = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == u'\'') {
            inWord = true;
            const qsizetype end = text.indexOf(u'\'', i + 1);
            word += text.mid(i + 1, end < 0 ? -1 : end - i - 1);
            i = end < 0 ? size : end;
        } else if (c == u'$' && i + 1 < size && text.at(i + 1) == u'\'') {
            inWord = true;
            for (i += 2; i < size && text.at(i) != u'\''; ++i) {
                if (text.at(i) == u'\\' && i + 1 < size)
                    word += ansiEscape(text.at(++i));
                else
                    word += text.at(i);
            }
        } else if (c == u'"') {
            inWord = true;
            for (++i; i < size && text.at(i) != u'"'; ++i) {
                const QChar next = i + 1 < size ? text.at(i + 1) : QChar();
                if (text.at(i) == u'\\' &&
                    (next == u'"' || next == u'\\' || next == u'$' || next == u'`'))
                    word += text.at(++i);
                else
                    word += text.at(i);
            }
        } else if (c == u'\\') {
            inWord = true;
            if (i + 1 < size)
                word += text.at(++i);
        } else if (c.isSpace()) {
            if (inWord)
                words.append(word);
            word.clear();
            inWord = false;
        } else if (!inWord && c == u'#') {
            const qsizetype end = text.indexOf(u'\n', i);
            i = end < 0 ? size : end;
        } else if (c == u'|' || c == u';' || c == u'&' || c == u'>') {
            break; // the rest is another command, or where its output goes
        } else {
            inWord = true;
            word += c;
        }
    }
    if (inWord)
        words.append(word);
    return words;
}

} // namespace gd
