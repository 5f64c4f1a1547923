#include "rulebook.h"

#include "i18n/translations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gd {

const RuleBook &RuleBook::builtIn()
{
    static const RuleBook book = [] {
        QFile file(u":/gemini-doctor/request-rules.json"_s);
        QString error;
        std::optional<RuleBook> loaded;
        if (file.open(QIODevice::ReadOnly))
            loaded = fromJson(file.readAll(), &error);
        else
            error = file.errorString();
        if (!loaded) {
            qCritical("The request rules could not be read: %s", qPrintable(error));
            return RuleBook();
        }
        const QString language = uiLanguage();
        QFile translation(u":/gemini-doctor/request-rules_%1.json"_s.arg(language));
        if (!language.isEmpty() && language != u"en"_s && translation.open(QIODevice::ReadOnly))
            loaded->applyTranslation(translation.readAll());
        return *loaded;
    }();
    return book;
}

std::optional<RuleBook> RuleBook::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    RuleBook book;
    book.m_asOf = QDate::fromString(root.value(u"as_of"_s).toString(), Qt::ISODate);
    book.m_notes = root.value(u"notes"_s).toObject();
    QSet<QString> ids;
    for (const QJsonValue &value : root.value(u"rules"_s).toArray()) {
        const QJsonObject object = value.toObject();
        Rule rule;
        rule.id = object.value(u"id"_s).toString();
        rule.check = object.value(u"check"_s).toString();
        for (const QJsonValue &form : object.value(u"forms"_s).toArray())
            rule.forms.append(form.toString());
        const auto category = categoryFromId(object.value(u"category"_s).toString());
        const QString severity = object.value(u"severity"_s).toString();
        if (rule.id.isEmpty() || rule.check.isEmpty() || !category ||
            (severity != u"error"_s && severity != u"warning"_s) || ids.contains(rule.id)) {
            if (error)
                *error = u"rule %1: an id, a check, a known category and a severity (error or "
                         u"warning) are needed, and the id once"_s.arg(rule.id);
            return std::nullopt;
        }
        ids.insert(rule.id);
        rule.category = *category;
        rule.error = severity == u"error"_s;
        rule.params = object.value(u"params"_s).toObject();
        rule.message = object.value(u"message"_s).toString();
        rule.fix = object.value(u"fix"_s).toString();
        rule.fixed = object.value(u"fixed"_s).toString();
        rule.source = object.value(u"source"_s).toString();
        rule.date = QDate::fromString(object.value(u"date"_s).toString(), Qt::ISODate);
        book.m_rules.append(rule);
    }
    if (!book.m_asOf.isValid() || book.m_rules.isEmpty()) {
        if (error)
            *error = u"as_of or rules missing"_s;
        return std::nullopt;
    }
    return book;
}

void RuleBook::applyTranslation(const QByteArray &json)
{
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    const QJsonObject words = root.value(u"rules"_s).toObject();
    for (Rule &rule : m_rules) {
        const QJsonObject translated = words.value(rule.id).toObject();
        if (translated.contains(u"message"_s))
            rule.message = translated.value(u"message"_s).toString();
        if (translated.contains(u"fix"_s))
            rule.fix = translated.value(u"fix"_s).toString();
        if (translated.contains(u"fixed"_s))
            rule.fixed = translated.value(u"fixed"_s).toString();
    }
    const QJsonObject notes = root.value(u"notes"_s).toObject();
    for (auto it = notes.begin(); it != notes.end(); ++it) {
        if (m_notes.contains(it.key()))
            m_notes.insert(it.key(), it.value());
    }
}

} // namespace gd
