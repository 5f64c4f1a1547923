#pragma once

#include "diagnosis/category.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace gd {

// One rule of resources/request-rules.json: which check of the inspector runs (with its params),
// on which request forms, what it finds (category, severity) and what it says, and where the
// rule was read.
struct Rule
{
    QString id;
    QString check;     // the inspector's check that applies it, e.g. "role", "schema_keywords"
    QStringList forms; // body kinds it applies to; empty: all
    Category category = Category::InvalidRequest;
    bool error = true; // "error" (the API refuses it) or "warning" (it may)
    QJsonObject params;
    QString message; // what is wrong, with {placeholders}
    QString fix;     // what to change
    QString fixed;   // what --fix did, for the list of changes; empty: no safe fix
    QString source;
    QDate date;

    bool appliesTo(const QString &bodyKind) const
    {
        return forms.isEmpty() || forms.contains(bodyKind);
    }
};

// The inspector's rules as data: what the API refuses in a request, each with its source and
// date, read once; the words in the language of the loaded translation (request-rules_<lang>.json
// over the English ones, like the remediation catalog).
class RuleBook final
{
public:
    static const RuleBook &builtIn();
    [[nodiscard]] static std::optional<RuleBook> fromJson(const QByteArray &json, QString *error);
    // Replaces messages, fixes and notes by those of a translation of the same shape.
    void applyTranslation(const QByteArray &json);

    const QList<Rule> &rules() const { return m_rules; }
    QDate asOf() const { return m_asOf; }
    // The shared words of the rules (a note when the model data does not say), by name.
    QString note(const QString &name) const { return m_notes.value(name).toString(); }

private:
    QDate m_asOf;
    QList<Rule> m_rules;
    QJsonObject m_notes;
};

} // namespace gd
