#include "remediationcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression pattern(u"\\{([a-z][a-z0-9_]*)\\}"_s);
    return pattern;
}

// Substitutes every placeholder, or returns nothing when one of them has no value.
std::optional<QString> substitute(const QString &text, const Facts &facts)
{
    QString result;
    qsizetype last = 0;
    for (auto it = placeholderPattern().globalMatch(text); it.hasNext();) {
        const auto match = it.next();
        const QString value = facts.value(match.captured(1));
        if (value.isEmpty())
            return std::nullopt;
        result += QStringView(text).mid(last, match.capturedStart() - last) + value;
        last = match.capturedEnd();
    }
    result += QStringView(text).mid(last);
    return result;
}

} // namespace

const RemediationCatalog &RemediationCatalog::builtIn()
{
    static const RemediationCatalog catalog = [] {
        QFile file(u":/gemini-doctor/catalog.json"_s);
        file.open(QIODevice::ReadOnly);
        QString error;
        auto loaded = fromJson(file.readAll(), &error);
        Q_ASSERT_X(loaded, "RemediationCatalog", qPrintable(error));
        return loaded ? *loaded : RemediationCatalog();
    }();
    return catalog;
}

std::optional<RemediationCatalog> RemediationCatalog::fromJson(const QByteArray &json,
                                                               QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return std::nullopt;
    }
    RemediationCatalog catalog;
    catalog.m_categories = document.object().value(u"categories"_s).toObject();
    catalog.m_links = document.object().value(u"links"_s).toObject();
    return catalog;
}

QJsonObject RemediationCatalog::entry(Category category) const
{
    return m_categories.value(categoryId(category)).toObject();
}

bool RemediationCatalog::hasEntry(Category category) const
{
    return m_categories.contains(categoryId(category));
}

QString RemediationCatalog::fill(const QJsonValue &textOrChoice, const Facts &facts)
{
    if (textOrChoice.isString())
        return substitute(textOrChoice.toString(), facts).value_or(QString());
    const QJsonObject choice = textOrChoice.toObject();
    if (auto text = substitute(choice.value(u"text"_s).toString(), facts))
        return *text;
    if (choice.contains(u"else"_s))
        return substitute(choice.value(u"else"_s).toString(), facts).value_or(QString());
    return {};
}

QString RemediationCatalog::title(Category category) const
{
    return entry(category).value(u"title"_s).toString();
}

QString RemediationCatalog::explanation(Category category, const Facts &facts) const
{
    return fill(entry(category).value(u"explanation"_s), facts);
}

QStringList RemediationCatalog::steps(Category category, const Facts &facts) const
{
    QStringList steps;
    for (const QJsonValue &step : entry(category).value(u"steps"_s).toArray()) {
        const QString text = fill(step, facts);
        if (!text.isEmpty())
            steps.append(text);
    }
    return steps;
}

QList<DiagnosisLink> RemediationCatalog::links(Category category) const
{
    QList<DiagnosisLink> links;
    for (const QJsonValue &id : entry(category).value(u"links"_s).toArray()) {
        const QJsonObject link = m_links.value(id.toString()).toObject();
        if (!link.isEmpty())
            links.append(
                {link.value(u"title"_s).toString(), QUrl(link.value(u"url"_s).toString())});
    }
    return links;
}

bool RemediationCatalog::retryable(Category category) const
{
    return entry(category).value(u"retryable"_s).toBool();
}

QStringList RemediationCatalog::placeholders() const
{
    QStringList names;
    const QString all = QString::fromUtf8(QJsonDocument(m_categories).toJson());
    for (auto it = placeholderPattern().globalMatch(all); it.hasNext();)
        names.append(it.next().captured(1));
    names.removeDuplicates();
    return names;
}

QList<QUrl> RemediationCatalog::allLinkUrls() const
{
    QList<QUrl> urls;
    for (auto it = m_links.begin(); it != m_links.end(); ++it)
        urls.append(QUrl(it.value().toObject().value(u"url"_s).toString()));
    return urls;
}

} // namespace gd
