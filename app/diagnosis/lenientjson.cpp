#include "lenientjson.h"

#include <QJsonParseError>

#include <cctype>
#include <deque>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

constexpr qsizetype kMaxCutPoints = 48;
constexpr qsizetype kShortestKeptPartialString = 24;
// Real bodies nest about 8 deep; past this the input is not an API answer, and the repair
// (which copies the open brackets at every cut point) stays linear.
constexpr qsizetype kMaxDepth = 128;

std::optional<QJsonDocument> strictParse(const QByteArray &bytes)
{
    QJsonParseError error;
    QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError || document.isNull())
        return std::nullopt;
    return document;
}

bool looksLikePythonRepr(const QByteArray &text)
{
    return text.contains("{'") || text.contains("': ") || text.contains("[{'");
}

bool isIdentifierByte(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

QByteArray closersFor(const QByteArray &stack)
{
    QByteArray closers = stack;
    std::reverse(closers.begin(), closers.end());
    return closers;
}

} // namespace

QByteArray straightenQuotes(QByteArray text)
{
    // “ ” ‘ ’ as UTF-8.
    text.replace("\xE2\x80\x9C", "\"");
    text.replace("\xE2\x80\x9D", "\"");
    text.replace("\xE2\x80\x98", "'");
    text.replace("\xE2\x80\x99", "'");
    return text;
}

QByteArray pythonReprToJson(const QByteArray &text)
{
    QByteArray out;
    out.reserve(text.size() + text.size() / 8);
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const char c = text.at(i);
        if (c == '\'' || c == '"') {
            const char quote = c;
            out += '"';
            ++i;
            while (i < n) {
                const char d = text.at(i);
                if (d == '\\' && i + 1 < n) {
                    const char e = text.at(i + 1);
                    if (e == '\'') {
                        out += '\'';
                    } else if (e == 'x' && i + 3 < n) {
                        out += "\\u00";
                        out += text.mid(i + 2, 2);
                        i += 2;
                    } else {
                        out += '\\';
                        out += e;
                    }
                    i += 2;
                    continue;
                }
                ++i;
                if (d == quote) {
                    out += '"';
                    break;
                }
                if (d == '"')
                    out += "\\\"";
                else if (d == '\n')
                    out += "\\n";
                else
                    out += d;
            }
            continue;
        }
        if (isIdentifierByte(c) && (i == 0 || !isIdentifierByte(text.at(i - 1)))) {
            qsizetype end = i;
            while (end < n && isIdentifierByte(text.at(end)))
                ++end;
            const QByteArray word = text.mid(i, end - i);
            if (word == "True")
                out += "true";
            else if (word == "False")
                out += "false";
            else if (word == "None")
                out += "null";
            else
                out += word;
            i = end;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

std::optional<QJsonDocument> closeTruncatedJson(const QByteArray &text)
{
    struct Cut
    {
        qsizetype position;
        QByteArray closers;
    };
    std::deque<Cut> cuts;
    auto addCut = [&cuts](qsizetype position, const QByteArray &stack) {
        cuts.push_back({position, closersFor(stack)});
        if (qsizetype(cuts.size()) > kMaxCutPoints)
            cuts.pop_front();
    };

    QByteArray stack;
    bool inString = false;
    bool escape = false;
    qsizetype stringStart = -1;
    const qsizetype start = [&text] {
        const qsizetype object = text.indexOf('{');
        const qsizetype array = text.indexOf('[');
        if (object < 0)
            return array;
        if (array < 0)
            return object;
        return std::min(object, array);
    }();
    if (start < 0)
        return std::nullopt;

    for (qsizetype i = start; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            if (escape)
                escape = false;
            else if (c == '\\')
                escape = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i;
            break;
        case '{':
        case '[':
            stack += (c == '{') ? '}' : ']';
            if (stack.size() > kMaxDepth)
                return std::nullopt;
            addCut(i + 1, stack);
            break;
        case '}':
        case ']':
            if (stack.isEmpty() || stack.back() != c)
                return std::nullopt;
            stack.chop(1);
            if (stack.isEmpty()) // a complete document; what follows is not ours
                return strictParse(text.mid(start, i + 1 - start));
            break;
        case ',':
            addCut(i, stack);
            break;
        default:
            break;
        }
    }
    if (stack.isEmpty())
        return std::nullopt;

    const QByteArray body = text.mid(start);
    if (inString) {
        // Keep a long value string (a message), marked as cut; drop keys and short values.
        qsizetype before = stringStart - 1;
        while (before >= 0 && (text.at(before) == ' ' || text.at(before) == '\n' ||
                               text.at(before) == '\r' || text.at(before) == '\t'))
            --before;
        const bool isValue = before >= 0 && text.at(before) == ':';
        if (isValue && text.size() - stringStart > kShortestKeptPartialString) {
            QByteArray candidate = body;
            if (escape)
                candidate.chop(1);
            candidate += "\xE2\x80\xA6\"" + closersFor(stack);
            if (auto document = strictParse(candidate))
                return document;
        }
    } else if (auto document = strictParse(body + closersFor(stack))) {
        return document;
    }
    for (auto cut = cuts.rbegin(); cut != cuts.rend(); ++cut) {
        if (auto document = strictParse(text.mid(start, cut->position - start) + cut->closers))
            return document;
    }
    return std::nullopt;
}

QByteArray dropTrailingCommas(const QByteArray &text)
{
    QByteArray result;
    result.reserve(text.size());
    bool inString = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (inString) {
            result.append(c);
            if (c == '\\' && i + 1 < text.size())
                result.append(text.at(++i));
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"')
            inString = true;
        if (c == ',') {
            qsizetype next = i + 1;
            while (next < text.size() && std::isspace(static_cast<unsigned char>(text.at(next))))
                ++next;
            if (next < text.size() && (text.at(next) == '}' || text.at(next) == ']'))
                continue; // a comma before a closing bracket: JavaScript and Python take it
        }
        result.append(c);
    }
    return result;
}

std::optional<RecoveredJson> parseLenientJson(const QByteArray &text)
{
    if (auto document = strictParse(text))
        return RecoveredJson{*document, false};
    QByteArray candidate = straightenQuotes(text);
    if (looksLikePythonRepr(candidate))
        candidate = pythonReprToJson(candidate);
    if (auto document = strictParse(candidate))
        return RecoveredJson{*document, true};
    candidate = dropTrailingCommas(candidate);
    if (auto document = strictParse(candidate))
        return RecoveredJson{*document, true};
    if (auto document = closeTruncatedJson(candidate))
        return RecoveredJson{*document, true};
    return std::nullopt;
}

} // namespace gd
