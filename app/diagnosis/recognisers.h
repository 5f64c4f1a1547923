#pragma once

#include "category.h"
#include "facts.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QRegularExpression>
#include <QStringList>

#include <functional>
#include <optional>

namespace gd {

// One wording of Google's (resources/recognisers.json): a pattern that names a category, facts
// (its named groups), or both, with where the wording was read and the fixtures that need it.
struct Recogniser
{
    QString id;
    std::optional<Category> category;
    QRegularExpression pattern; // case-insensitive
    QStringList extracts;       // named groups of the pattern, each a fact of the same name
    Facts sets;                 // facts that hold whenever the pattern matches
    bool everyMatch = false;    // the extracts of every match, joined by ", " (once each)
    QString source;
    QDate date;
    QStringList fixtures; // ids of the fixtures whose diagnosis needs this recogniser
};

// The message recognisers: Google's wordings as data, read once, in the order of the file (the
// most specific first: the first that matches decides a category; for a fact, the first that
// extracts it). New knowledge about messages is a data change.
class Recognisers final
{
public:
    static const Recognisers &builtIn();
    [[nodiscard]] static std::optional<Recognisers> fromJson(const QByteArray &json,
                                                             QString *error);

    const QList<Recogniser> &all() const { return m_recognisers; }
    QDate asOf() const { return m_asOf; }
    // The same set without one recogniser: what the diagnosis would be without that knowledge.
    [[nodiscard]] Recognisers without(const QString &id) const;

    // The category of the first recogniser that matches `text` and is `wanted`.
    [[nodiscard]] std::optional<Category>
    firstCategory(const QString &text, const std::function<bool(Category)> &wanted) const;
    // Every fact the recognisers read in `text`.
    [[nodiscard]] Facts facts(const QString &text) const;

private:
    QDate m_asOf;
    QList<Recogniser> m_recognisers;
};

} // namespace gd
