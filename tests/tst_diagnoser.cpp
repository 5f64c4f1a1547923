#include "diagnosis/diagnoser.h"
#include "diagnosis/linkpolicy.h"
#include "diagnosis/modelknowledge.h"
#include "fixtures.h"
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
    void diagnoseTransport_untrustedCertificate_namesTheIssuer();
    void diagnoseText_2026RequestError_weavesItsFacts_data();
    void diagnoseText_2026RequestError_weavesItsFacts();
    void diagnoseText_openAiParameter_neverSaysTryV1beta();
    void diagnose_keyTypeRefused_isStandardKeyRejectedOnlyWhenCheckKnowsTheKey();
    void diagnoseText_liveClose_jsonHasTheCloseCode();
    void diagnoseText_modelShutDownLater_isRetiredOnlyFromThatDay();
    void diagnoseText_billingStops_areNeverRetryable_data();
    void diagnoseText_billingStops_areNeverRetryable();
    void diagnoseText_requestError_namesItsFactsAndTheFix_data();
    void diagnoseText_requestError_namesItsFactsAndTheFix();
    void diagnoseText_bareInvalidArgument_listsTheHiddenCausesAndInspect();
    void diagnoseText_featureUnsupported_suggestsModelsTheKeyLists();
    void diagnose_requestErrors_offerAModelOnlyWhereOneHelps_data();
    void diagnose_requestErrors_offerAModelOnlyWhereOneHelps();
    void diagnose_modelSwitch_onlyWhereAnotherModelHelps_data();
    void diagnose_modelSwitch_onlyWhereAnotherModelHelps();
    void diagnose_linksFromTheError_haveDistinctTitles();
    void diagnose_nonJsonText_isALoginPageOnlyWhenItIsAPage_data();
    void diagnose_nonJsonText_isALoginPageOnlyWhenItIsAPage();
    void diagnoseText_dateHeader_countsTheWaitFromTheError();
    void diagnose_shutDownModel_successorLeadsTheStepsWhateverTheCategory_data();
    void diagnose_shutDownModel_successorLeadsTheStepsWhateverTheCategory();
    void diagnose_answerFromAnotherModel_isRoutedWithWhatChanges();
};

void TestDiagnoser::diagnoseText_seedRow_isAnsweredWithItsRemedy_data()
{
    // The eight rows of the error table the product grew from (the official troubleshooting
    // table: 400, 400 FAILED_PRECONDITION, 403, 404, 429, 500, 503, 504), with the words of its
    // remedy column that the answer must carry.
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
    // gemini-2.5-flash has been shut down since the fixture was posted: its successor leads.
    QVERIFY2(diagnosis.steps.value(0).contains(u"move to gemini-3.5-flash-lite"_s),
             qPrintable(diagnosis.steps.value(0)));
    QCOMPARE(diagnosis.steps.value(1),
             u"Wait 26 s, then try again: Google asked for that delay."_s);
    QCOMPARE(diagnosis.steps.value(2), u"Your project's free tier allows 250,000 input tokens a "
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
    // Its preview model has been shut down since: the successor step comes first.
    QVERIFY(
        diagnosis.steps.contains(u"Thinking used 2,999 tokens before the limit was reached."_s));
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
    QVERIFY(
        diagnosis.steps.contains(u"Switch to gemini-2.5-flash for now: your key can use it."_s));
}

void TestDiagnoser::diagnoseTransport_untrustedCertificate_namesTheIssuer()
{
    gd::TransportProblem problem;
    problem.category = gd::Category::TlsFailure;
    problem.detail =
        u"The issuer certificate of a locally looked up certificate could not be found"_s;
    problem.certificateIssuer = u"Contoso Inspection CA"_s;
    gd::DiagnosisContext context;
    context.endpoint = QUrl(u"https://generativelanguage.googleapis.com/v1beta/models"_s);
    const gd::Diagnosis diagnosis = gd::diagnoseTransport(problem, context);
    QCOMPARE(diagnosis.category, gd::Category::TlsFailure);
    QVERIFY(diagnosis.explanation.contains(u"generativelanguage.googleapis.com"_s));
    QVERIFY(diagnosis.steps.value(0).contains(u"“Contoso Inspection CA”"_s));
    QCOMPARE(diagnosis.facts.value(0).value, u"Contoso Inspection CA"_s);
}

void TestDiagnoser::diagnoseText_2026RequestError_weavesItsFacts_data()
{
    // The examples of the 2026 knowledge issue: each names what is wrong, and the answer must say
    // it with the error's own numbers and names, not generic advice about temperature.
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("words");
    QTest::newRow("deadline") << u"R59"_s << u"deadline_too_short"_s
                              << u"Set the client's timeout to 10s or more."_s;
    QTest::newRow("cache") << u"R14"_s << u"cache_too_small"_s
                           << u"needs at least 4,096 tokens, and the content to cache has 416"_s;
    QTest::newRow("thinking budget")
        << u"R63"_s << u"thinking_config_invalid"_s << u"A thinking budget of 0 is not allowed"_s;
    QTest::newRow("thought signature") << u"R18"_s << u"thought_signature_missing"_s
                                       << u"The call without a signature: default_api:terminal."_s;
    QTest::newRow("file") << u"R57"_s << u"file_not_active"_s << u"cxgja95z0ak1"_s;
    QTest::newRow("client") << u"R47"_s << u"client_outdated"_s << u"Python >= 2.0.0"_s;
    QTest::newRow("keys not supported") << u"R07"_s << u"api_keys_not_supported"_s
                                        << u"The request reached aiplatform.googleapis.com"_s;
    QTest::newRow("spend cap") << u"R52"_s << u"spend_cap_reached"_s << u"spend page"_s;
    QTest::newRow("two credentials")
        << u"R05"_s << u"multiple_credentials"_s << u"Send the key one way only"_s;
    QTest::newRow("expired") << u"R02"_s << u"api_key_expired"_s << u"Create a new key"_s;
}

void TestDiagnoser::diagnoseText_2026RequestError_weavesItsFacts()
{
    QFETCH(QString, fixture);
    QFETCH(QString, category);
    QFETCH(QString, words);
    const QByteArray body = gd::test::fixtureBody(fixture);
    QVERIFY2(!body.isEmpty(), qPrintable(fixture));
    const gd::Diagnosis diagnosis = gd::diagnoseText(body);
    QCOMPARE(gd::categoryId(diagnosis.category), category);
    const QString all = diagnosis.explanation + u'\n' + diagnosis.steps.join(u'\n');
    QVERIFY2(all.contains(words), qPrintable(all));
    QVERIFY2(!all.contains(u"temperature"_s), qPrintable(all));
    QVERIFY2(!all.contains(u'{'), qPrintable(all)); // no placeholder left unfilled
}

void TestDiagnoser::diagnoseText_openAiParameter_neverSaysTryV1beta()
{
    // R40: an OpenAI client sent metadata and store to /v1beta/openai/.
    gd::DiagnosisContext context;
    context.apiVersion = u"v1beta"_s;
    context.endpoint =
        QUrl(u"https://generativelanguage.googleapis.com/v1beta/openai/chat/completions"_s);
    const gd::Diagnosis diagnosis = gd::diagnoseText(gd::test::fixtureBody(u"R40"_s), 400, context);
    QCOMPARE(diagnosis.category, gd::Category::InvalidRequest);
    const QString steps = diagnosis.steps.join(u'\n');
    QVERIFY2(steps.contains(u"OpenAI-compatible endpoint does not accept: metadata, store."_s),
             qPrintable(steps));
    QVERIFY2(!steps.contains(u"/v1beta/"_s.prepend(u"change /v1/ to "_s)), qPrintable(steps));
    // Pasted without any context, the parameter names alone tell an OpenAI client sent them.
    const gd::Diagnosis pasted = gd::diagnoseText(gd::test::fixtureBody(u"R45"_s));
    QVERIFY(pasted.steps.join(u'\n').contains(u"parallel_tool_calls"_s));
    QVERIFY(!pasted.steps.join(u'\n').contains(u"change /v1/"_s));
    // A v1beta field sent to v1 still gets the v1beta advice.
    gd::DiagnosisContext v1;
    v1.apiVersion = u"v1"_s;
    const gd::Diagnosis onV1 = gd::diagnoseText(gd::test::fixtureBody(u"S03"_s), 400, v1);
    QVERIFY(onV1.steps.join(u'\n').contains(u"change /v1/ to /v1beta/"_s));
}

void TestDiagnoser::diagnose_keyTypeRefused_isStandardKeyRejectedOnlyWhenCheckKnowsTheKey()
{
    const QByteArray body = gd::test::fixtureBody(u"S13"_s);
    QCOMPARE(gd::diagnoseText(body, 401).category, gd::Category::WrongAuthMethod);
    gd::DiagnosisContext check;
    check.standardKeyInHeader = true;
    const gd::Diagnosis diagnosis = gd::diagnoseText(body, 401, check);
    QCOMPARE(diagnosis.category, gd::Category::StandardKeyRejected);
    QVERIFY(!diagnosis.retryable);
    QVERIFY(diagnosis.steps.value(0).contains(u"AQ."_s));
}

void TestDiagnoser::diagnoseText_liveClose_jsonHasTheCloseCode()
{
    const gd::Diagnosis diagnosis = gd::diagnoseText(gd::test::fixtureBody(u"R11"_s));
    QCOMPARE(diagnosis.category, gd::Category::ApiKeysNotSupported);
    const QJsonObject json = diagnosis.toJson();
    QCOMPARE(json.value(u"close_code"_s).toInt(), 1008);
    QVERIFY(json.value(u"http_status"_s).isNull());
    QVERIFY(diagnosis.steps.join(u'\n').contains(u"WebSocket close 1008"_s));
    QVERIFY(gd::diagnoseText("HTTP 400 Bad Request").toJson().value(u"close_code"_s).isNull());
}

void TestDiagnoser::diagnoseText_modelShutDownLater_isRetiredOnlyFromThatDay()
{
    // A model the data gives a future shutdown date: "not found" is a typo or a method problem
    // until that day, a retirement from it.
    const gd::ModelKnowledge &knowledge = gd::ModelKnowledge::builtIn();
    const gd::ModelInfo *dated = nullptr;
    for (const gd::ModelInfo &model : knowledge.models()) {
        if (model.shutdown.isValid() && !model.isGone(knowledge.asOf())) {
            dated = &model;
            break;
        }
    }
    QVERIFY2(dated, "the model data has no announced future shutdown to test with");
    const QByteArray body =
        "[404 Not Found] models/" + dated->name.toUtf8() +
        " is not found for API version v1beta, or is not supported for generateContent.";
    const QDateTime before(dated->shutdown.addDays(-1), QTime(12, 0), Qt::UTC);
    const QDateTime after(dated->shutdown, QTime(12, 0), Qt::UTC);
    QCOMPARE(gd::diagnoseText(body, 0, at(before)).category, gd::Category::ModelNotFound);
    const gd::Diagnosis retired = gd::diagnoseText(body, 0, at(after));
    QCOMPARE(retired.category, gd::Category::ModelRetired);
    QVERIFY2(retired.steps.join(u'\n').contains(dated->shutdown.toString(Qt::ISODate)),
             qPrintable(retired.steps.join(u'\n')));
}

void TestDiagnoser::diagnoseText_billingStops_areNeverRetryable_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("category");
    QTest::newRow("spend cap") << u"R51"_s << u"spend_cap_reached"_s;
    QTest::newRow("spend cap 402") << u"synthetic-402-spend-cap"_s << u"spend_cap_reached"_s;
    QTest::newRow("prepay") << u"R49"_s << u"prepay_credits_depleted"_s;
}

void TestDiagnoser::diagnoseText_billingStops_areNeverRetryable()
{
    // A 429 that waiting cannot lift: the person must not be told to retry.
    QFETCH(QString, fixture);
    QFETCH(QString, category);
    const gd::Diagnosis diagnosis = gd::diagnoseText(gd::test::fixtureBody(fixture));
    QCOMPARE(gd::categoryId(diagnosis.category), category);
    QVERIFY(!diagnosis.retryable);
}

void TestDiagnoser::diagnoseText_requestError_namesItsFactsAndTheFix_data()
{
    // One real example of each family of issue 17 and of the reading gaps: the family, what the
    // message names (field, keyword, role, tool, feature, MIME type, counts) and the concrete fix,
    // as the person reads them in explain's text.
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("role") << u"Q02"_s << u"history_invalid"_s
                          << QStringList{u"assistant → model; system → systemInstruction"_s};
    QTest::newRow("no contents") << u"Q03"_s << u"history_invalid"_s
                                 << QStringList{u"Field: GenerateContentRequest.contents"_s,
                                                u"Send that as systemInstruction"_s};
    QTest::newRow("empty parts") << u"Q04"_s << u"history_invalid"_s
                                 << QStringList{u"GenerateContentRequest.contents[0].parts"_s,
                                                u"Remove empty turns"_s};
    QTest::newRow("function call order")
        << u"Q06"_s << u"history_invalid"_s
        << QStringList{u"user → model (functionCall) → user (functionResponse)"_s};
    QTest::newRow("function responses")
        << u"Q07"_s << u"history_invalid"_s
        << QStringList{u"one functionResponse part for each functionCall part"_s};
    QTest::newRow("schema keyword")
        << u"Q10"_s << u"schema_unsupported"_s
        << QStringList{u"Schema keyword: propertyNames"_s, u"tools[0], function declaration 60"_s,
                       u"propertyNames, patternProperties, $schema → remove"_s};
    QTest::newRow("schema structure")
        << u"Q12"_s << u"schema_unsupported"_s
        << QStringList{u"Schema keyword: enum"_s, u"only allowed for STRING type"_s,
                       u"enum is only taken on a string type"_s};
    QTest::newRow("schema too complex")
        << u"Q13"_s << u"schema_unsupported"_s
        << QStringList{u"create_merge_request_thread"_s, u"flatter objects"_s};
    QTest::newRow("function calling with JSON")
        << u"Q17"_s << u"feature_unsupported"_s
        << QStringList{u"MIME type: application/json"_s, u"make two calls"_s};
    QTest::newRow("built-in tools with functions")
        << u"Q19"_s << u"feature_unsupported"_s
        << QStringList{u"built-in tools (Google Search, URL context, code execution) together with "
                       u"function declarations"_s,
                       u"separate requests"_s};
    QTest::newRow("system instruction on Gemma")
        << u"Q21"_s << u"feature_unsupported"_s
        << QStringList{u"Model: gemma-3-27b-it"_s, u"start of the first user turn"_s};
    QTest::newRow("Veo parameter")
        << u"Q22"_s << u"feature_unsupported"_s
        << QStringList{u"Parameter: negativePrompt"_s, u"Remove negativePrompt from the request"_s};
    QTest::newRow("cached content with tools")
        << u"Q25"_s << u"feature_unsupported"_s
        << QStringList{u"put them into the cache when you create it"_s};
    QTest::newRow("bare MIME type")
        << u"Q26"_s << u"media_invalid"_s << QStringList{u"MIME type: png"_s, u"write image/png"_s};
    QTest::newRow("no pages") << u"Q27"_s << u"media_invalid"_s
                              << QStringList{u"send a PDF as application/pdf"_s};
    QTest::newRow("too many videos") << u"Q30"_s << u"media_invalid"_s
                                     << QStringList{u"Files: 20 (video), at most 10 taken"_s,
                                                    u"Split them over several requests"_s};
    QTest::newRow("batch of 101") << u"Q32"_s << u"batch_invalid"_s
                                  << QStringList{u"at most 100 requests in one call"_s,
                                                 u"chunks of 100 or fewer"_s};
    QTest::newRow("batch result line")
        << u"Q34"_s << u"batch_invalid"_s << QStringList{u"Field: generation_config"_s};
    QTest::newRow("batch input file")
        << u"Q35"_s << u"batch_invalid"_s
        << QStringList{u"line 1 of the input file: thinking_config"_s};
    QTest::newRow("bare Live close reason")
        << u"Q36"_s << u"invalid_request"_s << QStringList{u"gemini-doctor inspect"_s};
    QTest::newRow("Live deadline after goAway")
        << u"Q37"_s << u"deadline_exceeded"_s << QStringList{u"WebSocket close: 1011"_s};
    QTest::newRow("LangChain MAX_TOKENS")
        << u"Q38"_s << u"output_truncated"_s
        << QStringList{u"Thinking used 3,071 of the 3,071 output tokens; the answer got 0."_s};
    QTest::newRow("image generation region")
        << u"Q39"_s << u"location_unsupported"_s
        << QStringList{u"Only Image generation is blocked where the request comes from"_s};
    QTest::newRow("retirement through an autolinker")
        << u"Q40"_s << u"model_retired"_s << QStringList{u"gemini-2.5-flash"_s};
    QTest::newRow("1011 CANCELLED")
        << u"Q41"_s << u"server_error"_s << QStringList{u"try again with backoff"_s};
    QTest::newRow("499 backendError")
        << u"Q42"_s << u"server_error"_s << QStringList{u"Reason: backendError"_s};
}

void TestDiagnoser::diagnoseText_requestError_namesItsFactsAndTheFix()
{
    QFETCH(QString, fixture);
    QFETCH(QString, category);
    QFETCH(QStringList, words);
    const QByteArray body = gd::test::fixtureBody(fixture);
    QVERIFY2(!body.isEmpty(), qPrintable(fixture));
    const gd::Diagnosis diagnosis =
        gd::diagnoseText(body, 0, at(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC)));
    QCOMPARE(gd::categoryId(diagnosis.category), category);
    // The request's own mistakes: sending it again never helps.
    static const QStringList requestFamilies = {u"history_invalid"_s, u"schema_unsupported"_s,
                                                u"feature_unsupported"_s, u"media_invalid"_s,
                                                u"batch_invalid"_s};
    QVERIFY(!diagnosis.retryable || !requestFamilies.contains(category));
    const QString text = diagnosis.toText();
    for (const QString &word : words)
        QVERIFY2(text.contains(word), qPrintable(word + u"\n---\n"_s + text));
}

// A bare "Request contains an invalid argument." hides its cause: the answer lists the usual ones,
// most common first, and points to inspect. One that names its field does not.
void TestDiagnoser::diagnoseText_bareInvalidArgument_listsTheHiddenCausesAndInspect()
{
    const gd::Diagnosis bare = gd::diagnoseText(gd::test::fixtureBody(u"S09"_s), 400);
    QCOMPARE(bare.category, gd::Category::InvalidRequest);
    const QString steps = bare.steps.join(u'\n');
    const qsizetype file = steps.indexOf(u"a file whose type the model does not read"_s);
    const qsizetype voice = steps.indexOf(u"without a voice in speechConfig"_s);
    const qsizetype schema = steps.indexOf(u"a tool or response schema"_s);
    QVERIFY2(file >= 0 && file < voice && voice < schema, qPrintable(steps));
    QVERIFY(steps.contains(u"Run gemini-doctor inspect on the request"_s));
    const gd::Diagnosis named = gd::diagnoseText(gd::test::fixtureBody(u"S03"_s), 400);
    QCOMPARE(named.category, gd::Category::InvalidRequest);
    QVERIFY(!named.steps.join(u'\n').contains(u"gemini-doctor inspect"_s));
}

// "Choose a model that supports the feature": from the key's list when check knows it, else from
// the model data; never a model the data says lacks it.
void TestDiagnoser::diagnoseText_featureUnsupported_suggestsModelsTheKeyLists()
{
    const QByteArray gemma = gd::test::fixtureBody(u"Q21"_s);
    const QDateTime now(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC);
    const gd::Diagnosis fromData = gd::diagnoseText(gemma, 400, at(now));
    const QStringList suggested = [&fromData] {
        for (const QString &step : fromData.steps) {
            if (step.startsWith(u"Models that support it"_s))
                return step.section(u": "_s, 1).chopped(1).split(u", "_s);
        }
        return QStringList();
    }();
    QVERIFY2(!suggested.isEmpty(), qPrintable(fromData.steps.join(u'\n')));
    for (const QString &name : suggested) {
        const auto model = gd::ModelKnowledge::builtIn().find(name);
        QVERIFY2(model && model->supports(u"system_instruction"_s) == true, qPrintable(name));
    }
    gd::DiagnosisContext withList = at(now);
    withList.listedModels = {u"gemma-3-27b-it"_s, suggested.constLast()};
    const gd::Diagnosis fromList = gd::diagnoseText(gemma, 400, withList);
    QVERIFY2(fromList.steps.join(u'\n').contains(u"data of 2026-12-02: "_s + suggested.constLast() +
                                                 u"."_s),
             qPrintable(fromList.steps.join(u'\n')));
}

void TestDiagnoser::diagnose_requestErrors_offerAModelOnlyWhereOneHelps_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<bool>("offersModel");
    QTest::newRow("history: a model does not fix the history") << u"Q02"_s << false;
    QTest::newRow("schema") << u"Q10"_s << false;
    QTest::newRow("media") << u"Q26"_s << false;
    QTest::newRow("batch") << u"Q32"_s << false;
    QTest::newRow("feature: a model that supports it") << u"Q21"_s << true;
    QTest::newRow("overloaded: another model") << u"S36"_s << true;
}

// "Use …" appears where another model can fix it, and offers the model that does.
void TestDiagnoser::diagnose_requestErrors_offerAModelOnlyWhereOneHelps()
{
    QFETCH(QString, fixture);
    QFETCH(bool, offersModel);
    gd::DiagnosisContext context = at(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
    context.suggestedModel = u"gemini-3.6-flash"_s; // a model the key lists
    const gd::Diagnosis diagnosis = gd::diagnoseText(gd::test::fixtureBody(fixture), 0, context);
    QCOMPARE(!diagnosis.suggestedModel.isEmpty(), offersModel);
    if (diagnosis.category == gd::Category::FeatureUnsupported) {
        const auto model = gd::ModelKnowledge::builtIn().find(diagnosis.suggestedModel);
        QVERIFY(model && model->supports(u"system_instruction"_s) == true);
    }
}

void TestDiagnoser::diagnose_modelSwitch_onlyWhereAnotherModelHelps_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("category");
    QTest::addColumn<bool>("offersModel");
    // Issue 20: a spend cap offered "Use gemini-…" right under "other models on the same
    // billing account fail too".
    QTest::newRow("spend cap") << u"synthetic-402-spend-cap"_s << u"spend_cap_reached"_s << false;
    QTest::newRow("rate limit") << u"S28"_s << u"rate_limited"_s << false;
    QTest::newRow("daily quota") << u"S45"_s << u"daily_quota_exhausted"_s << false;
    QTest::newRow("invalid key") << u"S01"_s << u"invalid_api_key"_s << false;
    QTest::newRow("billing") << u"S11"_s << u"billing_required"_s << false;
    QTest::newRow("overloaded") << u"S35"_s << u"overloaded"_s << true;
    QTest::newRow("model not found") << u"S23"_s << u"model_not_found"_s << true;
    QTest::newRow("model retired") << u"S25"_s << u"model_retired"_s << true;
    QTest::newRow("not in free tier") << u"S30"_s << u"model_not_in_free_tier"_s << true;
}

// "Use …" belongs to the categories another model fixes (the catalog's "switch_model": true):
// overloaded, unknown, retired, not-in-free-tier and routed models (and a feature another model
// supports); never to a key, billing or quota-per-project problem.
void TestDiagnoser::diagnose_modelSwitch_onlyWhereAnotherModelHelps()
{
    QFETCH(QString, fixture);
    QFETCH(QString, category);
    QFETCH(bool, offersModel);
    gd::DiagnosisContext context = at(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
    context.suggestedModel = u"gemini-3.6-flash"_s; // a model the key lists
    const QByteArray body = gd::test::fixtureBody(fixture);
    QVERIFY(!body.isEmpty());
    const gd::Diagnosis diagnosis = gd::diagnoseText(body, 0, context);
    QCOMPARE(gd::categoryId(diagnosis.category), category);
    QVERIFY2(diagnosis.suggestedModel.isEmpty() != offersModel,
             qPrintable(diagnosis.suggestedModel));
}

// Two links must be told apart: a link of the error is titled by the API's own description of
// it (google.rpc.Help) or by where it points, never twice "Link from the error".
void TestDiagnoser::diagnose_linksFromTheError_haveDistinctTitles()
{
    // Synthetic: two Google links in the message, and a Help detail with its description.
    const QByteArray synthetic = R"({"error": {"code": 500, "status": "INTERNAL",
        "message": "Internal error. See https://ai.google.dev/gemini-api/docs/synthetic-page and https://aistudio.google.com/synthetic-usage.",
        "details": [{"@type": "type.googleapis.com/google.rpc.Help", "links": [
            {"description": "Synthetic help description", "url": "https://ai.google.dev/gemini-api/docs/synthetic-help"},
            {"url": "https://ai.google.dev/gemini-api/docs/synthetic-other"}]}]}})";
    QList<QPair<QString, QByteArray>> inputs{{u"synthetic two links"_s, synthetic}};
    for (const gd::test::Fixture &fixture : allFixtures())
        inputs.append({fixture.id, fixture.body});
    bool sawDescription = false;
    for (const auto &[id, body] : std::as_const(inputs)) {
        const gd::Diagnosis diagnosis = gd::diagnoseText(body);
        QStringList titles;
        for (const gd::DiagnosisLink &link : diagnosis.links) {
            QVERIFY2(!titles.contains(link.title), qPrintable(id + u": "_s + link.title));
            QVERIFY2(link.title != u"Link from the error"_s, qPrintable(id));
            titles.append(link.title);
            sawDescription |= link.title == u"Synthetic help description"_s;
        }
        if (id == u"synthetic two links"_s) {
            QVERIFY2(titles.contains(u"From the error: aistudio.google.com/synthetic-usage"_s),
                     qPrintable(titles.join(u" | "_s)));
            QVERIFY2(
                titles.contains(u"From the error: ai.google.dev/gemini-api/docs/synthetic-other"_s),
                qPrintable(titles.join(u" | "_s)));
        }
    }
    QVERIFY(sawDescription);
}

void TestDiagnoser::diagnose_nonJsonText_isALoginPageOnlyWhenItIsAPage_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("page");
    QTest::addColumn<QString>("words"); // in the explanation
    QTest::newRow("synthetic captive portal page")
        << gd::test::fixtureBody(u"synthetic-200-captive-portal-html"_s) << true << u"web page"_s;
    QTest::newRow("synthetic captive portal redirect")
        << QByteArray("HTTP/1.1 302 Found\r\nLocation: http://login.synthetic-wifi.example/"
                      "portal?continue=https%3A%2F%2Fgenerativelanguage.googleapis.com\r\n"
                      "Content-Length: 0\r\n\r\n")
        << true << u"web page"_s;
    QTest::newRow("synthetic Python traceback")
        << QByteArray("Traceback (most recent call last):\n  File \"app.py\", line 12, in "
                      "<module>\n    main()\n  File \"app.py\", line 9, in main\n    result = "
                      "compute(data)\nKeyError: 'synthetic_field'\n")
        << false << u"not JSON"_s;
    QTest::newRow("synthetic plain words")
        << gd::test::fixtureBody(u"synthetic-text-unrecognised"_s) << false << u"not JSON"_s;
    QTest::newRow("synthetic JSON of another shape")
        << gd::test::fixtureBody(u"synthetic-json-other-shape"_s) << false << u"not in a shape"_s;
}

// Issue 20: any text that is not JSON was read as "a login page (hotel, airport, office
// Wi-Fi)". Only a web page, or a redirect to one, gets that advice; other text is said to be
// what it is: not an answer of the Gemini API.
void TestDiagnoser::diagnose_nonJsonText_isALoginPageOnlyWhenItIsAPage()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, page);
    QFETCH(QString, words);
    const gd::Diagnosis diagnosis = gd::diagnoseText(text);
    QCOMPARE(gd::categoryId(diagnosis.category), u"not_gemini_response"_s);
    QCOMPARE(diagnosis.title, u"Not an answer from the Gemini API"_s);
    const QString all = diagnosis.explanation + u'\n' + diagnosis.steps.join(u'\n');
    QCOMPARE(all.contains(u"login page"_s), page);
    QVERIFY2(diagnosis.explanation.contains(words), qPrintable(diagnosis.explanation));
}

// Pasted with its headers (curl -i), an answer says when it was sent: the wait counts from
// there, not from the paste.
void TestDiagnoser::diagnose_shutDownModel_successorLeadsTheStepsWhateverTheCategory_data()
{
    // Synthetic bodies, shaped as the API shapes them; the model is one the model data lists as
    // shut down on 2026-12-01 with gemini-3.5-flash-lite as its successor.
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("rate limited") << 429
                                  << QByteArray(
                                         R"({"error":{"code":429,"message":"Synthetic quota",)"
                                         R"("status":"RESOURCE_EXHAUSTED"}})");
    QTest::newRow("overloaded") << 503
                                << QByteArray(R"({"error":{"code":503,"message":"Synthetic busy",)"
                                              R"("status":"UNAVAILABLE"}})");
}

void TestDiagnoser::diagnose_shutDownModel_successorLeadsTheStepsWhateverTheCategory()
{
    // Issue 22: the facts said "Successor: gemini-3.5-flash-lite / Shut down: 2026-12-01", yet
    // the steps only said to wait and retry.
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    gd::DiagnosisContext context;
    context.model = u"gemini-2.5-flash"_s;
    context.now = QDateTime(QDate(2026, 12, 7), QTime(12, 0), Qt::UTC);
    const gd::Diagnosis diagnosis = gd::diagnoseHttpAnswer(body, status, {}, context);
    QVERIFY(!diagnosis.steps.isEmpty());
    QVERIFY2(diagnosis.steps.first().contains(u"gemini-3.5-flash-lite"_s),
             qPrintable(diagnosis.steps.join(u'\n')));
    QVERIFY2(diagnosis.steps.first().contains(u"2026-12-01"_s),
             qPrintable(diagnosis.steps.first()));
    // Said once: the step, not also a second time further down.
    QCOMPARE(diagnosis.steps.join(u'\n').count(u"gemini-3.5-flash-lite"_s), 1);
}

void TestDiagnoser::diagnoseText_dateHeader_countsTheWaitFromTheError()
{
    // Synthetic: a 429 with a 30 s RetryInfo, behind the headers curl -i prints.
    const QByteArray synthetic429 =
        "HTTP/2 429\r\ncontent-type: application/json; charset=UTF-8\r\n"
        "date: Wed, 02 Dec 2026 11:50:00 GMT\r\n\r\n"
        R"({"error": {"code": 429, "message": "Synthetic: resource exhausted.",
            "status": "RESOURCE_EXHAUSTED", "details": [{"@type":
            "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "30s"}]}})";
    const gd::Diagnosis dated =
        gd::diagnoseText(synthetic429, 0, at(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC)));
    QCOMPARE(dated.category, gd::Category::RateLimited);
    QCOMPARE(dated.errorTime, QDateTime(QDate(2026, 12, 2), QTime(11, 50), Qt::UTC));
    QCOMPARE(dated.retryAt, QDateTime(QDate(2026, 12, 2), QTime(11, 50, 30), Qt::UTC));
    // Without a Date header nothing says when: no moment is made up.
    const QByteArray undated = synthetic429.mid(synthetic429.indexOf('{'));
    const gd::Diagnosis plain = gd::diagnoseText(undated);
    QVERIFY(!plain.errorTime.isValid());
    QVERIFY(!plain.retryAt.isValid());
    QCOMPARE(plain.retryAfterSeconds.value_or(0), 30.0);
}

// check asked for gemini-2.5-flash; gemini-3.5-flash-lite answered, as Google routes it since
// 2026-12-01 (the model data): a routing, with since when and what "Use …" offers.
void TestDiagnoser::diagnose_answerFromAnotherModel_isRoutedWithWhatChanges()
{
    const QByteArray answer = R"({"candidates": [{"content": {"parts": [{"text": "OK"}],
        "role": "model"}, "finishReason": "STOP"}], "modelVersion": "gemini-3.5-flash-lite"})";
    gd::DiagnosisContext context = at(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC));
    context.model = u"gemini-2.5-flash"_s;
    const gd::Diagnosis routed = gd::diagnoseText(answer, 200, context);
    QCOMPARE(routed.category, gd::Category::ModelRouted);
    QCOMPARE(routed.model, u"gemini-2.5-flash"_s);
    QCOMPARE(routed.answeredBy, u"gemini-3.5-flash-lite"_s);
    QCOMPARE(routed.suggestedModel, u"gemini-3.5-flash-lite"_s);
    QCOMPARE(routed.toJson().value(u"answered_by"_s).toString(), u"gemini-3.5-flash-lite"_s);
    QVERIFY2(routed.steps.join(u'\n').contains(u"since 2026-12-01"_s),
             qPrintable(routed.steps.join(u'\n')));
    QVERIFY(!routed.retryable);
    // The same model under a version or an alias is no routing.
    context.model = u"gemini-3.5-flash-lite-001"_s;
    QCOMPARE(gd::diagnoseText(answer, 200, context).category, gd::Category::Ok);
    context.model = u"gemini-3.5"_s;
    QCOMPARE(gd::diagnoseText(answer, 200, context).category, gd::Category::ModelRouted);
    // Pasted with the request's URL in front, explain knows what was asked.
    const QByteArray logged = "POST https://generativelanguage.googleapis.com/v1beta/models/"
                              "gemini-2.5-flash:generateContent\n" +
                              answer;
    QCOMPARE(gd::diagnoseText(logged, 0, at(QDateTime(QDate(2026, 12, 2), QTime(12, 0), Qt::UTC)))
                 .category,
             gd::Category::ModelRouted);
    // Without knowing what was asked, an answer is an answer.
    QCOMPARE(gd::diagnoseText(answer).category, gd::Category::Ok);
}

QTEST_GUILESS_MAIN(TestDiagnoser)
#include "tst_diagnoser.moc"
