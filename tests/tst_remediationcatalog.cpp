#include "diagnosis/diagnoser.h"
#include "diagnosis/linkpolicy.h"
#include "diagnosis/remediationcatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRemediationCatalog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void link_byId_isGooglesAddressInOnePlace();
    void builtIn_everyCategory_hasTitleExplanationAndSteps();
    void builtIn_everyLink_isOnTheAllowList();
    void builtIn_placeholders_areAllKnownFacts();
    void fill_missingFact_usesElseOrDropsTheStep();
    void german_everyEntry_hasTheEnglishShapeAndPlaceholders();
    void load_german_replacesTheWordsAndKeepsTheLinks();
};

void TestRemediationCatalog::builtIn_everyCategory_hasTitleExplanationAndSteps()
{
    const auto &catalog = gd::RemediationCatalog::builtIn();
    for (const gd::Category category : gd::allCategories()) {
        const QString id = gd::categoryId(category);
        QVERIFY2(catalog.hasEntry(category), qPrintable(id));
        QVERIFY2(!catalog.title(category).isEmpty(), qPrintable(id));
        // With no facts at all, every explanation still reads (its "else" branch).
        QVERIFY2(!catalog.explanation(category, {}).isEmpty(), qPrintable(id));
        if (category != gd::Category::Ok) {
            QVERIFY2(!catalog.steps(category, {}).isEmpty(), qPrintable(id));
            QVERIFY2(!catalog.links(category).isEmpty(), qPrintable(id));
        }
    }
}

void TestRemediationCatalog::builtIn_everyLink_isOnTheAllowList()
{
    const auto urls = gd::RemediationCatalog::builtIn().allLinkUrls();
    QVERIFY(urls.size() >= 20);
    for (const QUrl &url : urls)
        QVERIFY2(gd::isAllowedLink(url), qPrintable(url.toString()));
}

void TestRemediationCatalog::builtIn_placeholders_areAllKnownFacts()
{
    const QStringList used = gd::RemediationCatalog::builtIn().placeholders();
    QVERIFY(used.size() > 10);
    for (const QString &name : used)
        QVERIFY2(gd::knownFactNames().contains(name), qPrintable(name));
}

void TestRemediationCatalog::fill_missingFact_usesElseOrDropsTheStep()
{
    const QJsonObject choice{{u"text"_s, u"Wait {retry_in}."_s}, {u"else"_s, u"Wait a minute."_s}};
    QCOMPARE(gd::RemediationCatalog::fill(choice, {{u"retry_in"_s, u"26 s"_s}}), u"Wait 26 s."_s);
    QCOMPARE(gd::RemediationCatalog::fill(choice, {}), u"Wait a minute."_s);
    QCOMPARE(gd::RemediationCatalog::fill(QJsonObject{{u"text"_s, u"At {field}."_s}}, {}),
             QString());
    QCOMPARE(gd::RemediationCatalog::fill(QJsonValue(u"Plain."_s), {}), u"Plain."_s);
}

namespace {

QJsonObject resourceJson(const QString &name)
{
    QFile file(QStringLiteral(GD_SOURCE_DIR "/resources/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The {placeholders} of a text or of both branches of a {"text", "else"} choice.
QStringList placeholdersOf(const QJsonValue &value)
{
    static const QRegularExpression placeholder(u"\\{[a-z][a-z0-9_]*\\}"_s);
    QString text = value.toString();
    if (value.isObject())
        text = value[u"text"_s].toString() + u"\n--else--\n"_s + value[u"else"_s].toString();
    QStringList found;
    for (const QString &part : text.split(u"\n--else--\n"_s)) {
        QStringList names;
        for (auto it = placeholder.globalMatch(part); it.hasNext();)
            names.append(it.next().captured(0));
        names.sort();
        found.append(names.join(u' '));
    }
    return found;
}

} // namespace

void TestRemediationCatalog::german_everyEntry_hasTheEnglishShapeAndPlaceholders()
{
    const QJsonObject english = resourceJson(u"catalog.json"_s).value(u"categories"_s).toObject();
    const QJsonObject german = resourceJson(u"catalog_de.json"_s).value(u"categories"_s).toObject();
    QVERIFY(!english.isEmpty());
    QCOMPARE(german.keys(), english.keys());
    for (auto it = english.begin(); it != english.end(); ++it) {
        const QString id = it.key();
        const QJsonObject en = it.value().toObject();
        const QJsonObject de = german.value(id).toObject();
        QVERIFY2(!de.value(u"title"_s).toString().isEmpty(), qPrintable(id));
        QCOMPARE(placeholdersOf(de.value(u"explanation"_s)),
                 placeholdersOf(en.value(u"explanation"_s)));
        const QJsonArray enSteps = en.value(u"steps"_s).toArray();
        const QJsonArray deSteps = de.value(u"steps"_s).toArray();
        QVERIFY2(deSteps.size() == enSteps.size(), qPrintable(id));
        for (qsizetype i = 0; i < enSteps.size(); ++i) {
            QVERIFY2(deSteps.at(i).isObject() == enSteps.at(i).isObject(),
                     qPrintable(u"%1 step %2"_s.arg(id).arg(i)));
            QVERIFY2(placeholdersOf(deSteps.at(i)) == placeholdersOf(enSteps.at(i)),
                     qPrintable(u"%1 step %2"_s.arg(id).arg(i)));
        }
    }
    const QJsonObject enLinks = resourceJson(u"catalog.json"_s).value(u"links"_s).toObject();
    const QJsonObject deLinks = resourceJson(u"catalog_de.json"_s).value(u"links"_s).toObject();
    QCOMPARE(deLinks.keys(), enLinks.keys());
}

void TestRemediationCatalog::load_german_replacesTheWordsAndKeepsTheLinks()
{
    QString error;
    const auto german = gd::RemediationCatalog::load(u"de"_s, &error);
    QVERIFY2(german, qPrintable(error));
    QVERIFY2(error.isEmpty(), qPrintable(error)); // every entry lined up
    const auto english = gd::RemediationCatalog::load(u"en"_s, &error);
    QVERIFY(english);
    QCOMPARE(german->title(gd::Category::RateLimited), u"Ratenlimit erreicht"_s);
    QCOMPARE(english->title(gd::Category::RateLimited), u"Rate limit reached"_s);
    for (const gd::Category category : gd::allCategories()) {
        QCOMPARE(german->retryable(category), english->retryable(category));
        const auto deLinks = german->links(category);
        const auto enLinks = english->links(category);
        QCOMPARE(deLinks.size(), enLinks.size());
        for (qsizetype i = 0; i < deLinks.size(); ++i)
            QCOMPARE(deLinks.at(i).url, enLinks.at(i).url);
    }
}

void TestRemediationCatalog::link_byId_isGooglesAddressInOnePlace()
{
    // The menus, the key dialog and the command line's "no key" message point where the catalog
    // does (issue 19): one place to change when Google moves a page.
    const gd::RemediationCatalog &catalog = gd::RemediationCatalog::builtIn();
    QCOMPARE(catalog.link(u"api_keys"_s).url, QUrl(u"https://aistudio.google.com/api-keys"_s));
    QCOMPARE(catalog.link(u"status"_s).url, QUrl(u"https://aistudio.google.com/status"_s));
    QVERIFY(!catalog.link(u"api_keys"_s).title.isEmpty());
    QVERIFY(catalog.link(u"no_such_link"_s).url.isEmpty());
}

QTEST_GUILESS_MAIN(TestRemediationCatalog)
#include "tst_remediationcatalog.moc"
