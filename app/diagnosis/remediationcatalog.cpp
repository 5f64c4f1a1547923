#include "remediationcatalog.h"

#include "i18n/translations.h"

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

// A step's "when": "fact" holds when the fact is known, "fact=value" when it has that value.
bool conditionHolds(const QString &condition, const Facts &facts)
{
    if (condition.isEmpty())
        return true;
    const qsizetype equals = condition.indexOf(u'=');
    if (equals < 0)
        return !facts.value(condition).isEmpty();
    return facts.value(condition.left(equals)) == QStringView(condition).mid(equals + 1);
}

// A translation's choices with the "when" of the English ones they line up with.
QJsonArray withEnglishConditions(QJsonArray choices, const QJsonArray &english)
{
    for (qsizetype i = 0; i < choices.size() && i < english.size(); ++i) {
        const QJsonValue when = english.at(i).toObject().value(u"when"_s);
        if (when.isString() && choices.at(i).isObject()) {
            QJsonObject choice = choices.at(i).toObject();
            choice.insert(u"when"_s, when);
            choices.replace(i, choice);
        }
    }
    return choices;
}

} // namespace

const RemediationCatalog &RemediationCatalog::builtIn()
{
    static const RemediationCatalog catalog = [] {
        QString error;
        auto loaded = load(uiLanguage(), &error);
        if (!loaded) // a broken build: say so, in every build type, rather than answer blank
            qCritical("The remediation catalog could not be read: %s", qPrintable(error));
        return loaded.value_or(RemediationCatalog());
    }();
    return catalog;
}

std::optional<RemediationCatalog> RemediationCatalog::load(const QString &language, QString *error)
{
    QFile file(u":/gemini-doctor/catalog.json"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = file.errorString();
        return std::nullopt;
    }
    auto catalog = fromJson(file.readAll(), error);
    if (!catalog || language.isEmpty() || language == u"en"_s)
        return catalog;
    QFile translation(u":/gemini-doctor/catalog_%1.json"_s.arg(language));
    if (translation.open(QIODevice::ReadOnly)) {
        QString translationError;
        if (!catalog->applyTranslation(translation.readAll(), &translationError))
            qWarning("catalog_%s.json: %s", qPrintable(language), qPrintable(translationError));
    }
    return catalog;
}

bool RemediationCatalog::applyTranslation(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonObject root = QJsonDocument::fromJson(json, &parseError).object();
    if (parseError.error != QJsonParseError::NoError) {
        if (error)
            *error = parseError.errorString();
        return false;
    }
    QStringList misaligned;
    const QJsonObject categories = root.value(u"categories"_s).toObject();
    for (auto it = categories.begin(); it != categories.end(); ++it) {
        if (!m_categories.contains(it.key()))
            continue;
        QJsonObject entry = m_categories.value(it.key()).toObject();
        const QJsonObject words = it.value().toObject();
        QJsonArray steps = words.value(u"steps"_s).toArray();
        const QJsonArray englishSteps = entry.value(u"steps"_s).toArray();
        if (steps.size() != englishSteps.size()) {
            misaligned.append(it.key());
            continue;
        }
        QJsonValue explanation = words.value(u"explanation"_s);
        const QJsonValue englishExplanation = entry.value(u"explanation"_s);
        if (explanation.isArray() != englishExplanation.isArray() ||
            explanation.toArray().size() != englishExplanation.toArray().size()) {
            misaligned.append(it.key());
            continue;
        }
        // When a step applies is the English entry's to say, not the translation's.
        steps = withEnglishConditions(steps, englishSteps);
        if (explanation.isArray())
            explanation =
                withEnglishConditions(explanation.toArray(), englishExplanation.toArray());
        entry.insert(u"title"_s, words.value(u"title"_s));
        entry.insert(u"explanation"_s, explanation);
        entry.insert(u"steps"_s, steps);
        m_categories.insert(it.key(), entry);
    }
    const QJsonObject features = root.value(u"features"_s).toObject();
    for (auto it = features.begin(); it != features.end(); ++it) {
        if (m_features.contains(it.key()))
            m_features.insert(it.key(), it.value());
    }
    const QJsonObject links = root.value(u"links"_s).toObject();
    for (auto it = links.begin(); it != links.end(); ++it) {
        QJsonObject link = m_links.value(it.key()).toObject();
        if (link.isEmpty())
            continue;
        link.insert(u"title"_s, it.value().toObject().value(u"title"_s));
        m_links.insert(it.key(), link);
    }
    resolveLinks();
    if (!misaligned.isEmpty() && error)
        *error = u"steps do not line up with the English for: "_s + misaligned.join(u", "_s);
    return misaligned.isEmpty();
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
    catalog.m_features = document.object().value(u"features"_s).toObject();
    catalog.resolveLinks();
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
    if (!conditionHolds(choice.value(u"when"_s).toString(), facts))
        return {};
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
    // A list of choices says different things for different facts (an HTML page, plain text):
    // the first that applies is the one that is true of this error.
    const QJsonValue explanation = entry(category).value(u"explanation"_s);
    if (!explanation.isArray())
        return fill(explanation, facts);
    for (const QJsonValue &choice : explanation.toArray()) {
        if (QString text = fill(choice, facts); !text.isEmpty())
            return text;
    }
    return {};
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
    return m_linkLists.value(category);
}

DiagnosisLink RemediationCatalog::link(const QString &id) const
{
    const QJsonObject link = m_links.value(id).toObject();
    if (link.isEmpty())
        return {};
    return {link.value(u"title"_s).toString(), QUrl(link.value(u"url"_s).toString())};
}

void RemediationCatalog::resolveLinks()
{
    // Once per catalog: every diagnosis asks for its links, and URLs are costly to parse.
    m_linkLists.clear();
    for (const Category category : allCategories()) {
        QList<DiagnosisLink> links;
        for (const QJsonValue &id : entry(category).value(u"links"_s).toArray()) {
            if (const DiagnosisLink found = link(id.toString()); found.url.isValid())
                links.append(found);
        }
        m_linkLists.insert(category, links);
    }
}

QString RemediationCatalog::featureWords(const QString &feature) const
{
    return m_features.value(feature).toString();
}

QStringList RemediationCatalog::conditionFacts() const
{
    QStringList names;
    for (auto it = m_categories.begin(); it != m_categories.end(); ++it) {
        const QJsonObject category = it.value().toObject();
        QJsonArray choices = category.value(u"steps"_s).toArray();
        for (const QJsonValue &choice : category.value(u"explanation"_s).toArray())
            choices.append(choice);
        for (const QJsonValue &step : std::as_const(choices)) {
            const QString when = step.toObject().value(u"when"_s).toString();
            if (!when.isEmpty())
                names.append(when.section(u'=', 0, 0));
        }
    }
    names.removeDuplicates();
    return names;
}

bool RemediationCatalog::retryable(Category category) const
{
    return entry(category).value(u"retryable"_s).toBool();
}

bool RemediationCatalog::offersModelSwitch(Category category) const
{
    // Opt-in: a switch offered where it cannot help (a spend cap, a bad key) sends the person to
    // a model that fails the same way, so only the entries that say so offer one.
    return entry(category).value(u"switch_model"_s).toBool(false);
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
