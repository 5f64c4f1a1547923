#include "diagnosis/answerparser.h"
#include "diagnosis/diagnoser.h"
#include "diagnosis/recognisers.h"
#include "fixtures.h"

#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

QList<gd::test::Fixture> allFixtures()
{
    return gd::test::realFixtures() + gd::test::syntheticFixtures();
}

// What a person reads of a diagnosis: its category, facts and steps.
QString reading(const gd::Diagnosis &diagnosis)
{
    QString text = gd::categoryId(diagnosis.category);
    for (const gd::DiagnosisFact &fact : diagnosis.facts)
        text += u'\n' + fact.label + u": " + fact.value;
    return text + u'\n' + diagnosis.steps.join(u'\n');
}

QString readingWith(const gd::test::Fixture &fixture, int httpStatus,
                    const gd::Recognisers &recognisers)
{
    gd::DiagnosisContext context;
    context.now = QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
    context.recognisers = &recognisers;
    return reading(gd::diagnose(gd::parseAnswer(fixture.body, httpStatus), context));
}

// The fixtures whose diagnosis (with or without their HTTP status) changes without `id`.
QStringList fixturesNeeding(const QString &id, const QList<gd::test::Fixture> &fixtures)
{
    const gd::Recognisers &all = gd::Recognisers::builtIn();
    const gd::Recognisers fewer = all.without(id);
    QStringList needing;
    for (const gd::test::Fixture &fixture : fixtures) {
        for (const int status : {fixture.httpStatus, 0}) {
            if (readingWith(fixture, status, all) != readingWith(fixture, status, fewer)) {
                needing.append(fixture.id);
                break;
            }
        }
    }
    return needing;
}

} // namespace

class TestRecognisers final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void builtIn_everyRecogniser_namesItsSourceDateAndFixtures();
    void builtIn_everyRecogniser_isNeededByTheFixturesItNames_data();
    void builtIn_everyRecogniser_isNeededByTheFixturesItNames();
    void fromJson_brokenEntry_isRefusedWithAReason_data();
    void fromJson_brokenEntry_isRefusedWithAReason();
    void facts_firstRecogniserWins_everyMatchJoinsOnce();
    void firstCategory_fileOrderDecides();
};

void TestRecognisers::builtIn_everyRecogniser_namesItsSourceDateAndFixtures()
{
    const gd::Recognisers &recognisers = gd::Recognisers::builtIn();
    QVERIFY(recognisers.asOf().isValid());
    QVERIFY(recognisers.all().size() >= 40);
    QSet<QString> fixtureIds;
    for (const gd::test::Fixture &fixture : allFixtures())
        fixtureIds.insert(fixture.id);
    for (const gd::Recogniser &recogniser : recognisers.all()) {
        const QByteArray name = recogniser.id.toUtf8();
        QVERIFY2(!recogniser.source.isEmpty(), name.constData());
        QVERIFY2(recogniser.date.isValid() && recogniser.date <= recognisers.asOf(),
                 name.constData());
        QVERIFY2(!recogniser.fixtures.isEmpty(), name.constData());
        for (const QString &fixture : recogniser.fixtures)
            QVERIFY2(fixtureIds.contains(fixture), qPrintable(recogniser.id + u": "_s + fixture));
    }
}

void TestRecognisers::builtIn_everyRecogniser_isNeededByTheFixturesItNames_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QStringList>("named");
    for (const gd::Recogniser &recogniser : gd::Recognisers::builtIn().all())
        QTest::newRow(qPrintable(recogniser.id)) << recogniser.id << recogniser.fixtures;
}

// Knowledge no fixture needs is a guess: every recogniser changes the diagnosis of at least one
// fixture, and of every fixture it names.
void TestRecognisers::builtIn_everyRecogniser_isNeededByTheFixturesItNames()
{
    QFETCH(QString, id);
    QFETCH(QStringList, named);
    const QStringList needing = fixturesNeeding(id, allFixtures());
    const QString found = u"fixtures that need it: "_s + needing.join(u", "_s);
    // For whoever adds a recogniser: GD_RECOGNISER_NEEDS=1 prints what needs each one.
    if (qEnvironmentVariableIsSet("GD_RECOGNISER_NEEDS"))
        qInfo("NEEDS %s: %s", qPrintable(id), qPrintable(needing.join(u',')));
    QVERIFY2(!needing.isEmpty(), "no fixture needs this recogniser");
    for (const QString &fixture : named)
        QVERIFY2(needing.contains(fixture), qPrintable(fixture + u" does not need it; "_s + found));
}

void TestRecognisers::fromJson_brokenEntry_isRefusedWithAReason_data()
{
    QTest::addColumn<QByteArray>("entry");
    QTest::addColumn<QString>("reasonWords");
    QTest::newRow("unknown category")
        << QByteArray(R"j({"id": "x", "category": "no_such_category", "pattern": "a"})j")
        << u"unknown category"_s;
    QTest::newRow("broken pattern")
        << QByteArray(R"j({"id": "x", "category": "ok", "pattern": "(a"})j") << u"pattern"_s;
    QTest::newRow("extract the pattern does not name")
        << QByteArray(R"j({"id": "x", "pattern": "a(?<b>c)", "extracts": ["d"]})j") << u"d"_s;
    QTest::newRow("neither category nor fact")
        << QByteArray(R"j({"id": "x", "pattern": "a"})j") << u"neither"_s;
    QTest::newRow("no id") << QByteArray(R"j({"category": "ok", "pattern": "a"})j") << u"no id"_s;
}

void TestRecognisers::fromJson_brokenEntry_isRefusedWithAReason()
{
    QFETCH(QByteArray, entry);
    QFETCH(QString, reasonWords);
    QString error;
    const QByteArray head = R"j({"as_of": "2026-12-02", "recognisers": [)j";
    QVERIFY(!gd::Recognisers::fromJson(head + entry + "]}", &error));
    QVERIFY2(error.contains(reasonWords), qPrintable(error));
    const QByteArray twice = R"j({"id": "a", "category": "ok", "pattern": "a"},
                                 {"id": "a", "category": "ok", "pattern": "b"})j";
    QVERIFY(!gd::Recognisers::fromJson(head + twice + "]}", &error));
    QVERIFY2(error.contains(u"twice"_s), qPrintable(error));
}

void TestRecognisers::facts_firstRecogniserWins_everyMatchJoinsOnce()
{
    const auto recognisers = gd::Recognisers::fromJson(R"j({"as_of": "2026-12-02", "recognisers": [
        {"id": "names", "pattern": "name (?<name>\\w+)", "extracts": ["name"], "every_match": true},
        {"id": "first", "pattern": "first (?<first>\\w+)", "extracts": ["first", "name"] },
        {"id": "flag", "pattern": "alone", "sets": {"flag": "yes"}}]})j",
                                                       nullptr);
    QVERIFY(!recognisers);
    const auto valid = gd::Recognisers::fromJson(R"j({"as_of": "2026-12-02", "recognisers": [
        {"id": "names", "pattern": "name (?<name>\\w+)", "extracts": ["name"], "every_match": true},
        {"id": "first", "pattern": "first (?<first>\\w+) (?<name>\\w+)", "extracts": ["first", "name"]},
        {"id": "flag", "pattern": "alone", "sets": {"flag": "yes"}}]})j",
                                                 nullptr);
    QVERIFY(valid);
    const gd::Facts facts = valid->facts(u"name a, name b, name a; first x y; first z w"_s);
    QCOMPARE(facts.value(u"name"_s), u"a, b"_s); // every match, each once, and it came first
    QCOMPARE(facts.value(u"first"_s), u"x"_s);   // the first match only
    QVERIFY(!facts.contains(u"flag"_s));
    QCOMPARE(valid->facts(u"ALONE"_s).value(u"flag"_s), u"yes"_s); // case-insensitive
}

void TestRecognisers::firstCategory_fileOrderDecides()
{
    const auto recognisers = gd::Recognisers::fromJson(R"j({"as_of": "2026-12-02", "recognisers": [
        {"id": "specific", "category": "schema_unsupported", "pattern": "Unknown name \"\\$ref\""},
        {"id": "generic", "category": "invalid_request", "pattern": "Unknown name"}]})j",
                                                       nullptr);
    QVERIFY(recognisers);
    const auto any = [](gd::Category) { return true; };
    QCOMPARE(recognisers->firstCategory(u"Unknown name \"$ref\""_s, any),
             gd::Category::SchemaUnsupported);
    QCOMPARE(recognisers->firstCategory(u"Unknown name \"store\""_s, any),
             gd::Category::InvalidRequest);
    QCOMPARE(recognisers->without(u"specific"_s).firstCategory(u"Unknown name \"$ref\""_s, any),
             gd::Category::InvalidRequest);
    const auto onlySchema = [](gd::Category c) { return c == gd::Category::SchemaUnsupported; };
    QVERIFY(!recognisers->firstCategory(u"Unknown name \"store\""_s, onlySchema));
}

QTEST_GUILESS_MAIN(TestRecognisers)
#include "tst_recognisers.moc"
