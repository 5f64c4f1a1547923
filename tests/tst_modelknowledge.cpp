#include "diagnosis/modelknowledge.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// A small model table written here, so the choice rules are tested apart from Google's dates.
const QByteArray kSample = R"({
  "as_of": "2026-11-28",
  "default_test_preference": ["gemini-3.5-flash-lite", "gemini-3.8-flash", "gemini-3.6-flash",
                              "gemini-3.1-flash-lite"],
  "default_live_preference": ["gemini-3.8-live", "gemini-3.1-flash-live-preview"],
  "models": [
    {"name": "gemini-1.5-flash", "state": "shut_down", "shutdown": "2025-09-24",
     "successor": "gemini-2.0-flash", "source": "test"},
    {"name": "gemini-2.0-flash", "state": "shut_down", "shutdown": "2026-06-01",
     "successor": "gemini-2.5-flash", "source": "test"},
    {"name": "gemini-2.5-flash", "state": "deprecated", "shutdown": "2026-12-01",
     "successor": "gemini-3.6-flash", "source": "test"},
    {"name": "gemini-3.5-flash", "state": "deprecated", "successor": "gemini-3.6-flash",
     "source": "test"},
    {"name": "gemini-3.6-flash", "state": "stable", "source": "test"},
    {"name": "gemini-3.8-flash", "state": "stable", "source": "test"},
    {"name": "gemini-3.5-flash-lite", "state": "stable", "source": "test"},
    {"name": "gemini-3.1-flash-lite", "state": "stable", "shutdown": "2027-05-07",
     "source": "test"},
    {"name": "gemini-3-flash-preview", "state": "preview", "source": "test"},
    {"name": "gemini-2.0-flash-live-001", "state": "shut_down", "shutdown": "2025-12-09",
     "source": "test"},
    {"name": "gemini-3.1-flash-live-preview", "state": "preview", "source": "test"},
    {"name": "gemini-3.8-live", "state": "stable", "source": "test"}
  ]
})";

gd::ModelKnowledge sample()
{
    QString error;
    const auto knowledge = gd::ModelKnowledge::fromJson(kSample, &error);
    if (!knowledge)
        qFatal("sample model data: %s", qPrintable(error));
    return *knowledge;
}

QJsonObject builtInJson()
{
    QFile file(QStringLiteral(GD_SOURCE_DIR "/resources/models.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

class TestModelKnowledge final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtIn_everyModel_hasAStateAndAKnownSource();
    void builtIn_everySuccessor_isAKnownModel();
    void builtIn_testPreference_isServedStableFlashOnItsDate();
    void chooseTestModel_listed_dataFirstChoiceThenNewestStableFlash_data();
    void chooseTestModel_listed_dataFirstChoiceThenNewestStableFlash();
    void chooseTestModel_listUnreadable_usesTheDataFirstChoice();
    void chooseLiveModel_listed_prefersTheDataOrderThenStable_data();
    void chooseLiveModel_listed_prefersTheDataOrderThenStable();
    void chooseLiveModel_listUnreadable_usesTheDataFirstLiveChoice();
    void builtIn_liveChoices_areLiveModels();
    void find_versionedOrAliasName_fallsBackToTheModel();
    void isGone_shutdownDate_countsFromThatDay();
    void currentSuccessor_passesOverGoneAndDeprecatedModels();
    void fromJson_broken_isRefusedWithAReason();
};

void TestModelKnowledge::builtIn_everyModel_hasAStateAndAKnownSource()
{
    const gd::ModelKnowledge &knowledge = gd::ModelKnowledge::builtIn();
    QVERIFY(knowledge.asOf().isValid());
    QVERIFY(knowledge.models().size() >= 20);
    const QJsonObject sources = builtInJson().value(u"sources"_s).toObject();
    QVERIFY(!sources.isEmpty());
    for (const gd::ModelInfo &model : knowledge.models()) {
        QVERIFY2(model.state != gd::ModelState::Unknown, qPrintable(model.name));
        QVERIFY2(!model.source.isEmpty(), qPrintable(model.name));
        for (const QString &source : model.source.split(u',')) {
            QVERIFY2(sources.contains(source.trimmed()), qPrintable(model.name + u": "_s + source));
        }
        QVERIFY2(!model.kind.isEmpty(), qPrintable(model.name));
    }
    // The capabilities name their sources too.
    for (const QJsonValue &value : builtInJson().value(u"models"_s).toArray()) {
        const QJsonObject model = value.toObject();
        const QString name = model.value(u"name"_s).toString();
        QVERIFY2(model.value(u"capabilities"_s).isNull() ||
                     !model.value(u"capabilities_source"_s).toString().isEmpty(),
                 qPrintable(name));
        for (const QString &source :
             model.value(u"capabilities_source"_s).toString().split(u',', Qt::SkipEmptyParts))
            QVERIFY2(sources.contains(source.trimmed()), qPrintable(name + u": "_s + source));
    }
}

void TestModelKnowledge::builtIn_everySuccessor_isAKnownModel()
{
    const gd::ModelKnowledge &knowledge = gd::ModelKnowledge::builtIn();
    for (const gd::ModelInfo &model : knowledge.models()) {
        if (!model.successor.isEmpty())
            QVERIFY2(knowledge.find(model.successor), qPrintable(model.successor));
        // A routed model is answered by a model the data knows, and that one is served.
        if (!model.routedTo.isEmpty()) {
            const auto routed = knowledge.find(model.routedTo);
            QVERIFY2(routed && !routed->isGone(knowledge.asOf()), qPrintable(model.routedTo));
            QVERIFY2(model.routedSince.isValid(), qPrintable(model.name));
        }
        if (!model.aliasOf.isEmpty())
            QVERIFY2(knowledge.find(model.aliasOf), qPrintable(model.aliasOf));
        QCOMPARE(model.state == gd::ModelState::Alias, model.name.endsWith(u"-latest"_s));
    }
}

void TestModelKnowledge::builtIn_testPreference_isServedStableFlashOnItsDate()
{
    // The tool's own test prompt must never go to a model that is retired, a preview or not Flash.
    const gd::ModelKnowledge &knowledge = gd::ModelKnowledge::builtIn();
    QVERIFY(knowledge.testPreference().size() >= 2);
    for (const QString &name : knowledge.testPreference()) {
        const auto model = knowledge.find(name);
        QVERIFY2(model, qPrintable(name));
        QVERIFY2(!model->isGone(knowledge.asOf()), qPrintable(name));
        QCOMPARE(model->state, gd::ModelState::Stable);
        QVERIFY2(model->family.startsWith(u"flash"_s), qPrintable(name));
        QVERIFY2(model->methods.contains(u"generateContent"_s), qPrintable(name));
    }
    // The first choice is the one a test should cost least with: no shutdown announced.
    QVERIFY(!knowledge.find(knowledge.testPreference().constFirst())->shutdown.isValid());
}

void TestModelKnowledge::chooseTestModel_listed_dataFirstChoiceThenNewestStableFlash_data()
{
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the data's first choice: the cheapest stable")
        << QStringList{u"gemini-3.6-flash"_s, u"gemini-3.8-flash"_s, u"gemini-3.5-flash-lite"_s}
        << u"gemini-3.5-flash-lite"_s;
    QTest::newRow("then the data's order")
        << QStringList{u"gemini-3.6-flash"_s, u"gemini-3.8-flash"_s, u"gemini-2.5-flash"_s}
        << u"gemini-3.8-flash"_s;
    QTest::newRow("none the data prefers: the newest, even one newer than the data")
        << QStringList{u"gemini-2.5-flash"_s, u"gemini-9.1-flash"_s} << u"gemini-9.1-flash"_s;
    QTest::newRow("deprecated loses to stable")
        << QStringList{u"gemini-3.5-flash"_s, u"gemini-3.6-flash"_s} << u"gemini-3.6-flash"_s;
    QTest::newRow("never a preview or a shut-down name")
        << QStringList{u"gemini-3-flash-preview"_s, u"gemini-2.0-flash"_s,
                       u"gemini-3.1-flash-lite"_s}
        << u"gemini-3.1-flash-lite"_s;
    QTest::newRow("only deprecated listed: still a listed one")
        << QStringList{u"gemini-2.5-flash"_s, u"gemini-3-flash-preview"_s} << u"gemini-2.5-flash"_s;
    QTest::newRow("no Flash at all: the first listed")
        << QStringList{u"gemma-4-27b-it"_s, u"gemini-4-argon"_s} << u"gemma-4-27b-it"_s;
}

void TestModelKnowledge::chooseTestModel_listed_dataFirstChoiceThenNewestStableFlash()
{
    QFETCH(QStringList, listed);
    QFETCH(QString, expected);
    const gd::ModelChoice choice = sample().chooseTestModel(listed, QDate(2026, 11, 28));
    QCOMPARE(choice.model, expected);
    QCOMPARE(choice.reason, gd::ModelChoice::Reason::Listed);
}

void TestModelKnowledge::chooseTestModel_listUnreadable_usesTheDataFirstChoice()
{
    const gd::ModelChoice choice = sample().chooseTestModel({}, QDate(2026, 11, 28));
    QCOMPARE(choice.model, u"gemini-3.5-flash-lite"_s);
    QCOMPARE(choice.reason, gd::ModelChoice::Reason::Data);
    QCOMPARE(gd::modelChoiceReasonId(choice.reason), u"data"_s);
}

void TestModelKnowledge::chooseLiveModel_listed_prefersTheDataOrderThenStable_data()
{
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the data's first choice")
        << QStringList{u"gemini-3.1-flash-live-preview"_s, u"gemini-3.8-live"_s}
        << u"gemini-3.8-live"_s;
    QTest::newRow("only the preview listed")
        << QStringList{u"gemini-3.1-flash-live-preview"_s} << u"gemini-3.1-flash-live-preview"_s;
    QTest::newRow("a Live model newer than the data")
        << QStringList{u"gemini-2.0-flash-live-001"_s, u"gemini-9-live"_s} << u"gemini-9-live"_s;
}

void TestModelKnowledge::chooseLiveModel_listed_prefersTheDataOrderThenStable()
{
    QFETCH(QStringList, listed);
    QFETCH(QString, expected);
    const gd::ModelChoice choice = sample().chooseLiveModel(listed, QDate(2026, 11, 28));
    QCOMPARE(choice.model, expected);
    QCOMPARE(choice.reason, gd::ModelChoice::Reason::Listed);
}

void TestModelKnowledge::chooseLiveModel_listUnreadable_usesTheDataFirstLiveChoice()
{
    const gd::ModelChoice choice = sample().chooseLiveModel({}, QDate(2026, 11, 28));
    QCOMPARE(choice.model, u"gemini-3.8-live"_s);
    QCOMPARE(choice.reason, gd::ModelChoice::Reason::Data);
}

void TestModelKnowledge::builtIn_liveChoices_areLiveModels()
{
    const gd::ModelKnowledge &knowledge = gd::ModelKnowledge::builtIn();
    QVERIFY(!knowledge.livePreference().isEmpty());
    for (const QString &name : knowledge.livePreference()) {
        const auto model = knowledge.find(name);
        QVERIFY2(model, qPrintable(name));
        QVERIFY2(model->methods.contains(u"bidiGenerateContent"_s), qPrintable(name));
    }
}

void TestModelKnowledge::find_versionedOrAliasName_fallsBackToTheModel()
{
    const gd::ModelKnowledge knowledge = sample();
    QCOMPARE(knowledge.find(u"models/gemini-1.5-flash-002"_s)->name, u"gemini-1.5-flash"_s);
    QCOMPARE(knowledge.find(u"gemini-1.5-flash-latest"_s)->name, u"gemini-1.5-flash"_s);
    QVERIFY(!knowledge.find(u"gemini-1.5-flashy"_s));
    QVERIFY(!knowledge.find(u""_s));
}

void TestModelKnowledge::isGone_shutdownDate_countsFromThatDay()
{
    const auto deprecated = sample().find(u"gemini-2.5-flash"_s);
    QVERIFY(deprecated);
    QVERIFY(!deprecated->isGone(QDate(2026, 11, 30)));
    QVERIFY(deprecated->isGone(QDate(2026, 12, 1)));
    QVERIFY(sample().find(u"gemini-1.5-flash"_s)->isGone(QDate(2020, 1, 1))); // by its state
}

void TestModelKnowledge::currentSuccessor_passesOverGoneAndDeprecatedModels()
{
    const gd::ModelKnowledge knowledge = sample();
    // 1.5 → 2.0 (shut down) → 2.5 (deprecated) → 3.6.
    QCOMPARE(knowledge.currentSuccessor(u"gemini-1.5-flash"_s, QDate(2026, 11, 28)),
             u"gemini-3.6-flash"_s);
    QCOMPARE(knowledge.currentSuccessor(u"gemini-3.8-flash"_s, QDate(2026, 11, 28)), QString());
}

void TestModelKnowledge::fromJson_broken_isRefusedWithAReason()
{
    QString error;
    QVERIFY(!gd::ModelKnowledge::fromJson("{\"as_of\": ", &error));
    QVERIFY(!error.isEmpty());
    error.clear();
    QVERIFY(!gd::ModelKnowledge::fromJson(R"({"as_of": "2026-11-28", "models": []})", &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestModelKnowledge)
#include "tst_modelknowledge.moc"
