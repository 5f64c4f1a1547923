#include "diagnosis/diagnoser.h"
#include "diagnosis/remediationcatalog.h"
#include "network/endpointpolicy.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestRemediationCatalog final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtIn_everyCategory_hasTitleExplanationAndSteps();
    void builtIn_everyLink_isOnTheAllowList();
    void builtIn_placeholders_areAllKnownFacts();
    void fill_missingFact_usesElseOrDropsTheStep();
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

QTEST_GUILESS_MAIN(TestRemediationCatalog)
#include "tst_remediationcatalog.moc"
