#include "diagnosis/answerparser.h"
#include "diagnosis/classifier.h"
#include "diagnosis/diagnoser.h"
#include "fixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The category as the product gives it: the classifier, then what the model data adds (a 404 for
// a shut-down model is a retirement), on the day the model data was written.
QString categoryOf(const QByteArray &body, int httpStatus)
{
    gd::DiagnosisContext context;
    context.now = QDateTime(QDate(2026, 11, 28), QTime(12, 0), Qt::UTC);
    return gd::categoryId(gd::diagnose(gd::parseAnswer(body, httpStatus), context).category);
}

} // namespace

class TestClassifier final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void classify_realFixtureWithStatus_matchesExpectedCategory_data();
    void classify_realFixtureWithStatus_matchesExpectedCategory();
    void classify_realFixtureWithoutStatus_matchesExpectedCategory_data();
    void classify_realFixtureWithoutStatus_matchesExpectedCategory();
    void classify_syntheticCase_matchesExpectedCategory_data();
    void classify_syntheticCase_matchesExpectedCategory();
    void classify_perDayQuotaWithShortRetryDelay_isDailyNotRateLimited();
    void classify_unknownEnums_areDataNotCrashes();
};

void TestClassifier::classify_realFixtureWithStatus_matchesExpectedCategory_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("expected");
    const auto fixtures = gd::test::realFixtures();
    QCOMPARE(fixtures.size(), gd::test::kRealFixtureCount);
    for (const auto &fixture : fixtures)
        QTest::newRow(qPrintable(fixture.id))
            << fixture.body << fixture.httpStatus << fixture.category;
}

void TestClassifier::classify_realFixtureWithStatus_matchesExpectedCategory()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(QString, expected);
    QCOMPARE(categoryOf(body, httpStatus), expected);
}

void TestClassifier::classify_realFixtureWithoutStatus_matchesExpectedCategory_data()
{
    classify_realFixtureWithStatus_matchesExpectedCategory_data();
}

// What a person pastes rarely comes with its HTTP status: the body alone must be enough.
void TestClassifier::classify_realFixtureWithoutStatus_matchesExpectedCategory()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    QCOMPARE(categoryOf(body, 0), expected);
}

void TestClassifier::classify_syntheticCase_matchesExpectedCategory_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("httpStatus");
    QTest::addColumn<QString>("expected");
    const auto fixtures = gd::test::syntheticFixtures();
    QVERIFY(fixtures.size() >= 20);
    for (const auto &fixture : fixtures) {
        QVERIFY(fixture.id.startsWith(u"synthetic-"_s));
        QTest::newRow(qPrintable(fixture.id))
            << fixture.body << fixture.httpStatus << fixture.category;
    }
}

void TestClassifier::classify_syntheticCase_matchesExpectedCategory()
{
    QFETCH(QByteArray, body);
    QFETCH(int, httpStatus);
    QFETCH(QString, expected);
    QCOMPARE(categoryOf(body, httpStatus), expected);
}

void TestClassifier::classify_perDayQuotaWithShortRetryDelay_isDailyNotRateLimited()
{
    // S46: PerDay quotaId, and a retryDelay of 22 s in the same body.
    const QByteArray body = gd::test::fixtureBody(u"S46"_s);
    QVERIFY2(!body.isEmpty(), "S46 missing from the fixtures");
    const gd::ParsedAnswer answer = gd::parseAnswer(body, 429);
    QCOMPARE(answer.retryDelaySeconds.value_or(0), 22.0);
    QCOMPARE(gd::classify(answer), gd::Category::DailyQuotaExhausted);
}

void TestClassifier::classify_unknownEnums_areDataNotCrashes()
{
    const QByteArray unknownStatus =
        R"({"error":{"code":409,"message":"Conflict","status":"ABORTED_IN_2030"}})";
    QCOMPARE(gd::classify(gd::parseAnswer(unknownStatus)), gd::Category::UnexpectedStatus);
    const QByteArray unknownReason =
        R"({"error":{"code":403,"message":"No.","status":"PERMISSION_DENIED","details":[{"@type":"type.googleapis.com/google.rpc.ErrorInfo","reason":"SOMETHING_NEW"}]}})";
    QCOMPARE(gd::classify(gd::parseAnswer(unknownReason)), gd::Category::PermissionDenied);
    const QByteArray unknownBlock = R"({"promptFeedback":{"blockReason":"NEW_REASON"}})";
    QCOMPARE(gd::classify(gd::parseAnswer(unknownBlock)), gd::Category::PromptBlocked);
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "tst_classifier.moc"
