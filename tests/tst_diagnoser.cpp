#include "diagnosis/diagnoser.h"
#include "fixtures.h"
#include "network/endpointpolicy.h"
#include "privacy/redactor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// An obviously fake key in the shape of a real one, built at run time.
QString fakeKey()
{
    return u"AIza"_s + u"FAKE"_s.repeated(8) + u"000"_s;
}

QList<gd::test::Fixture> allFixtures()
{
    return gd::test::realFixtures() + gd::test::syntheticFixtures();
}

gd::DiagnosisContext at(const QDateTime &now)
{
    gd::DiagnosisContext context;
    context.now = now;
    return context;
}

} // namespace

class TestDiagnoser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void diagnoseText_seedRow_isAnsweredWithItsRemedy_data();
    void diagnoseText_seedRow_isAnsweredWithItsRemedy();
    void diagnoseText_dailyQuota_weavesLimitModelTierAndReset();
    void diagnoseText_rateLimited_givesTheServersDelay();
    void diagnoseText_serviceDisabled_linksTheActivationPage();
    void diagnoseText_unknownFieldOnV1_pointsToV1beta();
    void diagnoseText_thinkingTruncated_namesThinkingTokens();
    void diagnoseText_linkNotOnAllowList_isTextNotLink();
    void diagnoseText_anyFixture_linksAreAllAllowed();
    void diagnoseText_anyFixture_jsonHasEveryContractField();
    void diagnoseText_keyInMessage_isRedactedEverywhere();
    void diagnoseText_debugInfo_isNeverEchoed();
    void diagnoseText_overloadedWithSuggestion_namesTheModel();
    void diagnoseCall_untrustedCertificate_namesTheIssuer();
};

void TestDiagnoser::diagnoseText_seedRow_isAnsweredWithItsRemedy_data()
{
    // The eight rows of the seed table (../shared/seed), with the words of its remedy column that
    // the answer must carry.
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("stepWords");
    QTest::addColumn<QString>("linkUrl");
    auto envelope = [](int code, const char *status, const char *message) {
        return QJsonDocument(QJsonObject{{u"error"_s,
                                          QJsonObject{{u"code"_s, code},
                                                      {u"status"_s, QString::fromLatin1(status)},
                                                      {u"message"_s, QString::fromUtf8(message)}}}})
            .toJson();
    };
    QTest::newRow("400 INVALID_ARGUMENT")
        << envelope(400, "INVALID_ARGUMENT", "The request body is malformed.")
        << u"invalid_request"_s << u"API reference"_s << u"https://ai.google.dev/api"_s;
    QTest::newRow("400 FAILED_PRECONDITION")
        << envelope(400, "FAILED_PRECONDITION",
                    "Gemini API free tier is not available in your country. Please enable billing "
                    "on your project in Google AI Studio.")
        << u"billing"_s << u"set up billing"_s << u"https://aistudio.google.com/projects"_s;
    QTest::newRow("403 PERMISSION_DENIED")
        << envelope(403, "PERMISSION_DENIED", "Your API key doesn't have the required permissions.")
        << u"permission_denied"_s << u"tuned models"_s
        << u"https://ai.google.dev/gemini-api/docs/model-tuning"_s;
    QTest::newRow("404 NOT_FOUND")
        << envelope(404, "NOT_FOUND", "The requested resource wasn't found.") << u"not_found"_s
        << u"API version"_s << u"https://ai.google.dev/gemini-api/docs/api-versions"_s;
    QTest::newRow("429 RESOURCE_EXHAUSTED")
        << envelope(429, "RESOURCE_EXHAUSTED", "You've exceeded the rate limit.")
        << u"rate_limited"_s << u"quota increase"_s
        << u"https://ai.google.dev/gemini-api/docs/rate-limits#request-rate-limit-increase"_s;
    QTest::newRow("500 INTERNAL") << envelope(500, "INTERNAL",
                                              "An unexpected error occurred on Google's side.")
                                  << u"server_error"_s << u"switch to another model"_s
                                  << u"https://aistudio.google.com/status"_s;
    QTest::newRow("503 UNAVAILABLE")
        << envelope(503, "UNAVAILABLE", "The service may be temporarily overloaded or down.")
        << u"overloaded"_s << u"Switch to another model"_s
        << u"https://aistudio.google.com/status"_s;
    QTest::newRow("504 DEADLINE_EXCEEDED")
        << envelope(504, "DEADLINE_EXCEEDED",
                    "The service is unable to finish processing within the deadline.")
        << u"deadline_exceeded"_s << u"larger timeout"_s
        << u"https://ai.google.dev/gemini-api/docs/api-errors"_s;
}

void TestDiagnoser::diagnoseText_seedRow_isAnsweredWithItsRemedy()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, category);
    QFETCH(QString, stepWords);
    QFETCH(QString, linkUrl);
    if (category == u"billing"_s)
        category = u"billing_required"_s;
    const gd::Diagnosis diagnosis = gd::diagnoseText(body);
    QCOMPARE(gd::categoryId(diagnosis.category), category);
    QVERIFY2(diagnosis.steps.join(u'\n').contains(stepWords, Qt::CaseInsensitive),
             qPrintable(diagnosis.steps.join(u'\n')));
    bool linked = false;
    for (const auto &link : diagnosis.links)
        linked = linked || link.url == QUrl(linkUrl);
    QVERIFY2(linked, qPrintable(linkUrl));
}

void TestDiagnoser::diagnoseText_dailyQuota_weavesLimitModelTierAndReset()
{
    // 00:48 UTC on 28 November is 16:48 PST: midnight Pacific is 7 h 12 min away.
    const QDateTime now(QDate(2026, 11, 28), QTime(0, 48), Qt::UTC);
    const gd::Diagnosis diagnosis = gd::diagnoseText(
        gd::test::fixtureBody(u"synthetic-429-perday-with-short-retry"_s), 429, at(now));
    QCOMPARE(diagnosis.category, gd::Category::DailyQuotaExhausted);
    QCOMPARE(diagnosis.steps.value(0),
             u"Your project's free tier allows 20 requests a day to gemini-2.5-flash-lite. It "
             "resets at midnight Pacific time, in 7 h 12 min."_s);
    QCOMPARE(diagnosis.retryable, false);
    QCOMPARE(diagnosis.retryAfterSeconds.value_or(0), 51.0);
    QCOMPARE(diagnosis.model, u"gemini-2.5-flash-lite"_s);
}

void TestDiagnoser::diagnoseText_rateLimited_givesTheServersDelay()
{
    const gd::Diagnosis diagnosis = gd::diagnoseText(gd::test::fixtureBody(u"S28"_s), 429);
    QCOMPARE(diagnosis.category, gd::Category::RateLimited);
    QVERIFY(diagnosis.retryable);
    QCOMPARE(diagnosis.steps.value(0),
             u"Wait 26 s, then try again: Google asked for that delay."_s);
    QCOMPARE(diagnosis.steps.value(1), u"Your project's free tier allows 250,000 input tokens a "
                                       "minute to gemini-2.5-flash."_s);
}

void TestDiagnoser::diagnoseText_serviceDisabled_linksTheActivationPage()
{
    const gd::Diagnosis diagnosis = gd::diagnoseText(gd::test::fixtureBody(u"S20"_s), 403);
    const QUrl activation(u"https://console.developers.google.com/apis/api/"
                          "generativelanguage.googleapis.com/overview?project=445009168042"_s);
    QCOMPARE(diagnosis.category, gd::Category::ApiNotEnabled);
    QCOMPARE(diagnosis.links.value(0).url, activation);
    QVERIFY(diagnosis.steps.value(0).contains(activation.toString()));
}

void TestDiagnoser::diagnoseText_unknownFieldOnV1_pointsToV1beta()
{
    const gd::Diagnosis diagnosis = gd::diagnoseText(gd::test::fixtureBody(u"S03"_s), 400);
    QCOMPARE(diagnosis.category, gd::Category::InvalidRequest);
    const QString steps = diagnosis.steps.join(u'\n');
    QVERIFY(steps.contains(u"“system_instruction”"_s));
    QVERIFY(steps.contains(u"v1beta"_s));
}

void TestDiagnoser::diagnoseText_thinkingTruncated_namesThinkingTokens()
{
    const gd::Diagnosis diagnosis = gd::diagnoseText(gd::test::fixtureBody(u"S41"_s), 200);
    QCOMPARE(diagnosis.category, gd::Category::OutputTruncated);
    QCOMPARE(diagnosis.steps.value(0),
             u"Thinking used 2,999 tokens before the limit was reached."_s);
}

void TestDiagnoser::diagnoseText_linkNotOnAllowList_isTextNotLink()
{
    const gd::Diagnosis diagnosis =
        gd::diagnoseText(gd::test::fixtureBody(u"synthetic-500-legacy-help-link"_s));
    for (const auto &link : diagnosis.links)
        QVERIFY(link.url.host() != u"example.com"_s);
    QCOMPARE(diagnosis.linksNotAllowed, QStringList{u"https://example.com/phish"_s});
    const gd::Diagnosis s34 = gd::diagnoseText(gd::test::fixtureBody(u"S34"_s));
    QVERIFY(s34.linksNotAllowed.contains(
        u"https://developers.generativeai.google/guide/troubleshooting"_s));
}

void TestDiagnoser::diagnoseText_anyFixture_linksAreAllAllowed()
{
    for (const auto &fixture : allFixtures()) {
        const gd::Diagnosis diagnosis = gd::diagnoseText(fixture.body, fixture.httpStatus);
        for (const auto &link : diagnosis.links)
            QVERIFY2(gd::isAllowedLink(link.url),
                     qPrintable(fixture.id + u' ' + link.url.toString()));
        QVERIFY2(!diagnosis.title.isEmpty(), qPrintable(fixture.id));
        QVERIFY2(!diagnosis.explanation.isEmpty(), qPrintable(fixture.id));
        if (diagnosis.isProblem())
            QVERIFY2(!diagnosis.steps.isEmpty(), qPrintable(fixture.id));
    }
}

void TestDiagnoser::diagnoseText_anyFixture_jsonHasEveryContractField()
{
    const QStringList fields = {u"category"_s,     u"title"_s,
                                u"http_status"_s,  u"status"_s,
                                u"reason"_s,       u"message"_s,
                                u"retryable"_s,    u"retry_after_seconds"_s,
                                u"quota"_s,        u"field_violations"_s,
                                u"block_reason"_s, u"finish_reason"_s,
                                u"model"_s,        u"steps"_s,
                                u"links"_s};
    for (const auto &fixture : allFixtures()) {
        const QJsonObject json = gd::diagnoseText(fixture.body, fixture.httpStatus).toJson();
        for (const QString &field : fields)
            QVERIFY2(json.contains(field), qPrintable(fixture.id + u": "_s + field));
        QVERIFY(json.value(u"retryable"_s).isBool());
        QVERIFY(json.value(u"steps"_s).isArray());
        QVERIFY(json.value(u"quota"_s).isArray());
        for (const QJsonValue &quota : json.value(u"quota"_s).toArray()) {
            for (const QString &key :
                 {u"metric"_s, u"id"_s, u"dimensions"_s, u"value"_s, u"per"_s, u"tier"_s})
                QVERIFY2(quota.toObject().contains(key), qPrintable(fixture.id + u": "_s + key));
        }
    }
}

void TestDiagnoser::diagnoseText_keyInMessage_isRedactedEverywhere()
{
    const QString key = fakeKey();
    const QByteArray body =
        (u"{\"error\":{\"code\":400,\"message\":\"API key not valid: "_s + key +
         u" (sent as ?key="_s + key + u")\",\"status\":\"INVALID_ARGUMENT\"}}"_s)
            .toUtf8();
    const gd::Diagnosis diagnosis = gd::diagnoseText(body, 400);
    QCOMPARE(diagnosis.category, gd::Category::InvalidApiKey);
    const QByteArray everything = QJsonDocument(diagnosis.toJson()).toJson() +
                                  diagnosis.toText().toUtf8() + diagnosis.rawBody.toUtf8();
    QVERIFY(!everything.contains(key.toUtf8()));
    QVERIFY(everything.contains("[REDACTED]"));
}

void TestDiagnoser::diagnoseText_debugInfo_isNeverEchoed()
{
    const gd::Diagnosis diagnosis = gd::diagnoseText(gd::test::fixtureBody(u"S02"_s));
    const QByteArray output =
        QJsonDocument(diagnosis.toJson()).toJson() + diagnosis.toText().toUtf8();
    QVERIFY(!output.contains("INVALID_KEY_BLAH"));
}

void TestDiagnoser::diagnoseText_overloadedWithSuggestion_namesTheModel()
{
    gd::DiagnosisContext context;
    context.model = u"gemini-2.5-pro"_s;
    context.suggestedModel = u"gemini-2.5-flash"_s;
    const gd::Diagnosis diagnosis = gd::diagnoseText(gd::test::fixtureBody(u"S35"_s), 503, context);
    QCOMPARE(diagnosis.category, gd::Category::Overloaded);
    QCOMPARE(diagnosis.suggestedModel, u"gemini-2.5-flash"_s);
    QCOMPARE(diagnosis.steps.value(0),
             u"Switch to gemini-2.5-flash for now: your key can use it."_s);
}

void TestDiagnoser::diagnoseCall_untrustedCertificate_namesTheIssuer()
{
    gd::CallResult result;
    result.url = QUrl(u"https://generativelanguage.googleapis.com/v1beta/models"_s);
    result.transportFailure = gd::Category::TlsFailure;
    result.transportDetail =
        u"The issuer certificate of a locally looked up certificate could not be found"_s;
    result.certificateIssuer = u"Contoso Inspection CA"_s;
    const gd::Diagnosis diagnosis = gd::diagnoseCall(result);
    QCOMPARE(diagnosis.category, gd::Category::TlsFailure);
    QVERIFY(diagnosis.explanation.contains(u"generativelanguage.googleapis.com"_s));
    QVERIFY(diagnosis.steps.value(0).contains(u"“Contoso Inspection CA”"_s));
    QCOMPARE(diagnosis.facts.value(0).value, u"Contoso Inspection CA"_s);
}

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "tst_diagnoser.moc"
