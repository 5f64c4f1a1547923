#include "recognisers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// The words of a message as the recognisers read them: at most 16 KiB (no wording needs more),
// without the box-drawing frames and hard line breaks of terminal UIs. One diagnosis asks about
// the same message several times, so the last one is kept.
const QString &normalisedWords(const QString &text)
{
    thread_local QString lastText;
    thread_local QString lastWords;
    if (text.size() == lastText.size() && text == lastText)
        return lastWords;
    lastText = text;
    QString head = text.left(16 * 1024);
    const bool framed = std::any_of(head.cbegin(), head.cend(), [](QChar c) {
        return c.unicode() >= 0x2500 && c.unicode() <= 0x257F;
    });
    if (framed) {
        static const QRegularExpression frame(u"[\u2500-\u257F]"_s);
        head.remove(frame);
    }
    lastWords = head.simplified();
    return lastWords;
}

// A pattern is one string or a list of alternatives, kept apart in the file for reading.
QString patternOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    QStringList alternatives;
    for (const QJsonValue &alternative : value.toArray())
        alternatives.append(alternative.toString());
    return alternatives.join(u'|');
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList strings;
    for (const QJsonValue &item : value.toArray())
        strings.append(item.toString());
    return strings;
}

std::optional<Recogniser> recogniserFromJson(const QJsonObject &object, QString *error)
{
    Recogniser recogniser;
    recogniser.id = object.value(u"id"_s).toString();
    auto fail = [&](const QString &why) -> std::optional<Recogniser> {
        if (error)
            *error = u"recogniser %1: %2"_s.arg(recogniser.id, why);
        return std::nullopt;
    };
    if (recogniser.id.isEmpty())
        return fail(u"no id"_s);
    if (const QJsonValue category = object.value(u"category"_s); category.isString()) {
        recogniser.category = categoryFromId(category.toString());
        if (!recogniser.category)
            return fail(u"unknown category "_s + category.toString());
    }
    recogniser.pattern = QRegularExpression(patternOf(object.value(u"pattern"_s)),
                                            QRegularExpression::CaseInsensitiveOption);
    if (recogniser.pattern.pattern().isEmpty() || !recogniser.pattern.isValid())
        return fail(u"pattern: "_s + recogniser.pattern.errorString());
    recogniser.extracts = stringsOf(object.value(u"extracts"_s));
    const QStringList groups = recogniser.pattern.namedCaptureGroups();
    for (const QString &name : std::as_const(recogniser.extracts)) {
        if (!groups.contains(name))
            return fail(u"extracts %1, which the pattern does not name"_s.arg(name));
    }
    const QJsonObject sets = object.value(u"sets"_s).toObject();
    for (auto it = sets.begin(); it != sets.end(); ++it)
        recogniser.sets.insert(it.key(), it.value().toString());
    if (!recogniser.category && recogniser.extracts.isEmpty() && recogniser.sets.isEmpty())
        return fail(u"names neither a category nor a fact"_s);
    recogniser.everyMatch = object.value(u"every_match"_s).toBool();
    recogniser.source = object.value(u"source"_s).toString();
    recogniser.date = QDate::fromString(object.value(u"date"_s).toString(), Qt::ISODate);
    recogniser.fixtures = stringsOf(object.value(u"fixtures"_s));
    recogniser.pattern.optimize();
    return recogniser;
}

} // namespace

const Recognisers &Recognisers::builtIn()
{
    static const Recognisers recognisers = [] {
        QFile file(u":/gemini-doctor/recognisers.json"_s);
        QString error;
        std::optional<Recognisers> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        else
            error = file.errorString();
        if (!loaded) // a broken build: say so, rather than read every message as unknown
            qCritical("The message recognisers could not be read: %s", qPrintable(error));
        return loaded.value_or(Recognisers());
    }();
    return recognisers;
}

std::optional<Recognisers> Recognisers::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    Recognisers recognisers;
    recognisers.m_asOf = QDate::fromString(root.value(u"as_of"_s).toString(), Qt::ISODate);
    QSet<QString> ids;
    for (const QJsonValue &value : root.value(u"recognisers"_s).toArray()) {
        auto recogniser = recogniserFromJson(value.toObject(), error);
        if (!recogniser)
            return std::nullopt;
        if (ids.contains(recogniser->id)) {
            if (error)
                *error = u"recogniser %1 appears twice"_s.arg(recogniser->id);
            return std::nullopt;
        }
        ids.insert(recogniser->id);
        recognisers.m_recognisers.append(*recogniser);
    }
    if (!recognisers.m_asOf.isValid() || recognisers.m_recognisers.isEmpty()) {
        if (error)
            *error = u"as_of or recognisers missing"_s;
        return std::nullopt;
    }
    return recognisers;
}

Recognisers Recognisers::without(const QString &id) const
{
    Recognisers fewer = *this;
    fewer.m_recognisers.removeIf(
        [&id](const Recogniser &recogniser) { return recogniser.id == id; });
    return fewer;
}

std::optional<Category>
Recognisers::firstCategory(const QString &text, const std::function<bool(Category)> &wanted) const
{
    const QString &words = normalisedWords(text);
    for (const Recogniser &recogniser : m_recognisers) {
        if (recogniser.category && wanted(*recogniser.category) &&
            recogniser.pattern.match(words).hasMatch())
            return recogniser.category;
    }
    return std::nullopt;
}

Facts Recognisers::facts(const QString &text) const
{
    const QString words = normalisedWords(text);
    Facts facts;
    auto insert = [&facts](const QString &name, const QString &value) {
        if (!value.isEmpty() && !facts.contains(name))
            facts.insert(name, value);
    };
    for (const Recogniser &recogniser : m_recognisers) {
        if (recogniser.extracts.isEmpty() && recogniser.sets.isEmpty())
            continue;
        if (recogniser.everyMatch) {
            QHash<QString, QStringList> found;
            bool matched = false;
            for (auto it = recogniser.pattern.globalMatch(words); it.hasNext();) {
                const QRegularExpressionMatch match = it.next();
                matched = true;
                for (const QString &name : recogniser.extracts) {
                    const QString value = match.captured(name).trimmed();
                    if (!value.isEmpty() && !found[name].contains(value))
                        found[name].append(value);
                }
            }
            if (!matched)
                continue;
            for (auto it = found.cbegin(); it != found.cend(); ++it)
                insert(it.key(), it.value().join(u", "_s));
        } else {
            const QRegularExpressionMatch match = recogniser.pattern.match(words);
            if (!match.hasMatch())
                continue;
            for (const QString &name : recogniser.extracts)
                insert(name, match.captured(name).trimmed());
        }
        for (auto it = recogniser.sets.cbegin(); it != recogniser.sets.cend(); ++it)
            insert(it.key(), it.value());
    }
    return facts;
}

} // namespace gd
