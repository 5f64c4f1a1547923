#pragma once

#include "category.h"
#include "diagnosis.h"
#include "facts.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace gd {

// The remediation catalog: words and links per category, as data (resources/catalog.json,
// compiled in as a Qt resource). A text is used when every {placeholder} in it is a known fact;
// otherwise its "else" text; otherwise it is left out. A step with "when": "fact" is used only
// when that fact is known, with "when": "fact=value" only when the fact has that value.
class RemediationCatalog final
{
public:
    // The catalog compiled in, in the language of the loaded translation (gd::uiLanguage()).
    static const RemediationCatalog &builtIn();
    // The compiled-in catalog in `language`: English, with the words of catalog_<language>.json
    // over it where that file exists (the ids, placeholders, links and flags stay English).
    [[nodiscard]] static std::optional<RemediationCatalog> load(const QString &language,
                                                                QString *error);
    [[nodiscard]] static std::optional<RemediationCatalog> fromJson(const QByteArray &json,
                                                                    QString *error);
    // Replaces titles, explanations, steps and link titles by those of a translation file of the
    // same shape; an entry whose steps do not line up stays English.
    [[nodiscard]] bool applyTranslation(const QByteArray &json, QString *error);

    QString title(Category category) const;
    QString explanation(Category category, const Facts &facts) const;
    QStringList steps(Category category, const Facts &facts) const;
    QList<DiagnosisLink> links(Category category) const;
    // One of the catalog's links by its id ("api_keys", "status"): Google's addresses in one
    // place, for the menus and messages that point there too. Empty when there is none.
    DiagnosisLink link(const QString &id) const;
    bool retryable(Category category) const;
    // Whether another model can fix it ("switch_model": true in the entry; false when absent):
    // the app's "Use …" is offered only then.
    bool offersModelSwitch(Category category) const;
    // The words for a feature a recogniser names ("feature": "system_instruction"); empty when
    // the catalog has none.
    QString featureWords(const QString &feature) const;

    // Every placeholder name the catalog uses, and every link URL it holds (for tests).
    QStringList placeholders() const;
    QList<QUrl> allLinkUrls() const;
    // The facts the steps' "when" conditions name.
    QStringList conditionFacts() const;
    bool hasEntry(Category category) const;

    // A text or {"text", "else"} choice filled in from facts; empty when neither fits.
    static QString fill(const QJsonValue &textOrChoice, const Facts &facts);

private:
    QJsonObject entry(Category category) const;
    void resolveLinks();

    QJsonObject m_categories;
    QJsonObject m_links;
    QJsonObject m_features;
    QHash<Category, QList<DiagnosisLink>> m_linkLists;
};

} // namespace gd
