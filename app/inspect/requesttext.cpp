#include "requesttext.h"

#include "jsonpointer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

QByteArray json(const QJsonValue &value, QJsonDocument::JsonFormat format)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(format)
                           : QJsonDocument(value.toObject()).toJson(format);
}

// A word a POSIX shell reads back as it is: 'single quotes', a ' inside written as '\''.
QString shellQuoted(const QString &word)
{
    return u'\'' + QString(word).replace(u"'"_s, u"'\\''"_s) + u'\'';
}

// Follows a JSON text, character by character, to the value a pointer names.
class Locator
{
public:
    Locator(const QString &text, qsizetype from, QStringList target)
        : m_text(text), m_at(from), m_target(std::move(target))
    {}

    // Reads one value whose place is `path`; false when the text is not JSON there.
    bool value(const QStringList &path, qsizetype keyStart)
    {
        skipSpace();
        if (m_at >= m_text.size() || ++m_depth > 256)
            return false;
        const qsizetype start = keyStart >= 0 ? keyStart : m_at;
        const QChar c = m_text.at(m_at);
        bool ok = true;
        if (c == u'{')
            ok = object(path);
        else if (c == u'[')
            ok = array(path);
        else if (c == u'"')
            ok = string();
        else
            ok = scalar();
        --m_depth;
        // Values end before the value around them: the deepest on the way to the target wins.
        if (ok && isOnTheWay(path)) {
            m_best = TextRange{start, m_at};
            m_bestDepth = path.size();
        }
        return ok;
    }

    std::optional<TextRange> best() const { return m_best; }
    qsizetype position() const { return m_at; }
    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text.at(m_at).isSpace() || m_text.at(m_at) == u','))
            ++m_at;
    }

private:
    bool isOnTheWay(const QStringList &path) const
    {
        if (path.size() > m_target.size())
            return false;
        for (qsizetype i = 0; i < path.size(); ++i) {
            if (path.at(i) != m_target.at(i))
                return false;
        }
        return !m_best || path.size() >= m_bestDepth;
    }

    bool object(const QStringList &path)
    {
        ++m_at; // {
        while (true) {
            skipSpace();
            if (m_at >= m_text.size())
                return false;
            if (m_text.at(m_at) == u'}') {
                ++m_at;
                return true;
            }
            const qsizetype keyStart = m_at;
            if (m_text.at(m_at) != u'"')
                return false;
            const qsizetype from = m_at + 1;
            if (!string())
                return false;
            const QString key = m_text.mid(from, m_at - from - 1);
            skipSpace();
            if (m_at >= m_text.size() || m_text.at(m_at) != u':')
                return false;
            ++m_at;
            if (!value(path + QStringList{key}, keyStart))
                return false;
        }
    }

    bool array(const QStringList &path)
    {
        ++m_at; // [
        for (qsizetype index = 0;; ++index) {
            skipSpace();
            if (m_at >= m_text.size())
                return false;
            if (m_text.at(m_at) == u']') {
                ++m_at;
                return true;
            }
            if (!value(path + QStringList{QString::number(index)}, -1))
                return false;
        }
    }

    bool string()
    {
        for (++m_at; m_at < m_text.size(); ++m_at) {
            if (m_text.at(m_at) == u'\\')
                ++m_at;
            else if (m_text.at(m_at) == u'"') {
                ++m_at;
                return true;
            }
        }
        return false;
    }

    bool scalar()
    {
        const qsizetype start = m_at;
        while (m_at < m_text.size() && !m_text.at(m_at).isSpace() && m_text.at(m_at) != u',' &&
               m_text.at(m_at) != u'}' && m_text.at(m_at) != u']')
            ++m_at;
        return m_at > start;
    }

    const QString &m_text;
    qsizetype m_at;
    QStringList m_target;
    std::optional<TextRange> m_best;
    qsizetype m_bestDepth = 0;
    int m_depth = 0;
};

// Where the JSON body begins in what was pasted: after a curl command's data option, else at
// the first { or [.
qsizetype bodyStart(const QString &text, const PastedRequest &request)
{
    qsizetype from = 0;
    if (request.inputKind == u"curl"_s) {
        static const QRegularExpression data(
            uR"re((?:^|\s)(?:-d|--data(?:-raw|-binary|-ascii)?|--json)(?=\s|['"{]))re"_s);
        const auto match = data.match(text);
        if (!match.hasMatch())
            return -1;
        from = match.capturedEnd();
    }
    static const QRegularExpression opening(u"[\\{\\[]"_s);
    return text.indexOf(opening, from);
}

} // namespace

QString requestText(const PastedRequest &request, const QJsonValue &body)
{
    if (request.inputKind == u"curl"_s) {
        QString command = u"curl "_s + shellQuoted(request.url.toString(QUrl::RemoveUserInfo)) +
                          u" \\\n  -H 'Content-Type: application/json'"_s;
        // The pasted key stays out; where one was, the command names the variable it lives in,
        // or the paste's own variable (double quotes, so the shell still reads it).
        if (request.keyFound || !request.keyReference.isEmpty()) {
            const QString key = request.keyFound ? u"$GEMINI_API_KEY"_s
                                                 : QString(request.keyReference).remove(u'"');
            command += request.method == u"chat.completions"_s
                           ? u" \\\n  -H \"Authorization: Bearer %1\""_s.arg(key)
                           : u" \\\n  -H \"x-goog-api-key: %1\""_s.arg(key);
        }
        for (const auto &[name, value] : request.headers) {
            if (name.compare("content-type", Qt::CaseInsensitive) != 0)
                command += u" \\\n  -H "_s + shellQuoted(QString::fromUtf8(name + ": " + value));
        }
        command +=
            u" \\\n  -d "_s + shellQuoted(QString::fromUtf8(json(body, QJsonDocument::Compact)));
        return command + u'\n';
    }
    if (request.jsonLines && body.isArray()) {
        QString lines;
        for (const QJsonValue &line : body.toArray())
            lines += QString::fromUtf8(json(line, QJsonDocument::Compact));
        return lines.replace(u"}{"_s, u"}\n{"_s) + u'\n';
    }
    return QString::fromUtf8(json(body, QJsonDocument::Indented));
}

std::optional<TextRange> locate(const QString &text, const PastedRequest &request,
                                const QString &pointer)
{
    const auto target = jsonpointer::split(pointer);
    const qsizetype start = bodyStart(text, request);
    if (!target || start < 0)
        return std::nullopt;
    Locator locator(text, start, *target);
    if (request.jsonLines) {
        // One value per line: the line is the index.
        for (qsizetype index = 0; index < 100000; ++index) {
            locator.skipSpace();
            if (locator.position() >= text.size() || !locator.value({QString::number(index)}, -1))
                break;
        }
    } else {
        locator.value({}, -1);
    }
    return locator.best();
}

} // namespace gd
