#include "diagnosis/answerparser.h"
#include "fixtures.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// The facts a fixture's body holds, as read by hand from tests/fixtures/*.json. An empty
// expectation is not checked; "-" means "must be absent".
struct Expected
{
    const char *id;
    double retrySeconds = -1;
    const char *per = "";
    const char *tier = "";
    const char *limit = "";
    const char *model = "";
    QStringList fields = {};
    const char *activationUrl = "";
    const char *reason = "";
    int httpStatus = 0;
};

} // namespace

Q_DECLARE_METATYPE(Expected)

class TestAnswerParser final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseAnswer_fixture_readsItsFacts_data();
    void parseAnswer_fixture_readsItsFacts();
    void parseAnswer_debugInfo_isNotKept();
    void parseAnswer_sseErrorAfterOutput_marksPartialOutput();
    void parseAnswer_doubleEncodedError_usesInnerError();
    void parseAnswer_htmlPage_keepsTitleAndFirstBytes();
    void parseAnswer_sdkObjectRepr_readsBlockReason();
    void parseAnswer_helpLinks_areRead();
    void parseAnswer_liveClose_readsCodeAndReason_data();
    void parseAnswer_liveClose_readsCodeAndReason();
    void parseAnswer_notAClose_isNotReadAsOne_data();
    void parseAnswer_notAClose_isNotReadAsOne();
    void parseAnswer_interactionsEnvelope_mapsItsStringCode();
    void parseAnswer_openAiSdkText_readsStatusAndInnerError();
    void parseAnswer_unescapedClientWrapper_readsTheInnerError();
    void parseAnswer_snakeCaseAnswer_readsFinishReason();
    void parseDuration_forms_data();
    void parseDuration_forms();
    void parseAnswer_hostileInputs_neverCrash_data();
    void parseAnswer_hostileInputs_neverCrash();
};

void TestAnswerParser::parseAnswer_fixture_readsItsFacts_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<Expected>("expected");
    const QList<Expected> expectations = {
        {"S01", -1, "", "", "", "", {}, "", "API_KEY_INVALID"},
        {"S04",
         -1,
         "",
         "",
         "",
         "",
         {u"tools[0].function_declarations[0].parameters.properties[0].value.items"_s,
          u"tools[0].function_declarations[0].parameters.properties[0].value.items.properties[2].value.items"_s}},
        {"S12", -1, "", "", "", "", {}, "", "", 400},
        {"S16", -1, "", "", "", "", {}, "", "API_KEY_SERVICE_BLOCKED"},
        {"S20",
         -1,
         "",
         "",
         "",
         "",
         {},
         "https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/"
         "overview?project=445009168042",
         "SERVICE_DISABLED"},
        {"S24", -1, "", "", "", "", {}, "", "", 404},
        {"S25", -1, "", "", "", "", {}, "", "", 404},
        {"S27", -1, "", "", "", "", {}, "", "RATE_LIMIT_EXCEEDED"},
        {"S28", 26, "minute", "free", "250000", "gemini-2.5-flash"},
        {"S29", -1, "minute", "free", "250000", "gemini-2.5-pro"},
        {"S30", 20.04466179, "", "free", "0", "gemini-2.5-pro"},
        {"S31", -1, "day", "free", "-", "gemini-2.5-pro-exp", {}, "", "", 429},
        {"S45", -1, "day", "free", "6000000", "gemini-2.5-pro"},
        {"S46", 22, "day", "free", "250", "gemini-2.5-flash"},
        {"S47", 10, "day", "free", "-", "gemini-2.0-flash"},
        {"synthetic-429-paid-tier-2-tpm", 0.9, "minute", "paid", "5000000", "gemini-2.5-pro"},
        {"synthetic-429-perday-with-short-retry", 51, "day", "free", "20", "gemini-2.5-flash-lite"},
        {"synthetic-500-double-encoded-429", -1, "day", "free", "20", "gemini-2.5-flash"},
    };
    for (const Expected &expected : expectations) {
        const QString id = QString::fromLatin1(expected.id);
        const QByteArray body = gd::test::fixtureBody(id);
        QVERIFY2(!body.isEmpty(), expected.id);
        QTest::newRow(expected.id) << body << expected;
    }
}

void TestAnswerParser::parseAnswer_fixture_readsItsFacts()
{
    QFETCH(QByteArray, body);
    QFETCH(Expected, expected);
    const gd::ParsedAnswer answer = gd::parseAnswer(body);
    if (expected.retrySeconds >= 0) {
        QVERIFY(answer.retryDelaySeconds.has_value());
        QCOMPARE(*answer.retryDelaySeconds, expected.retrySeconds);
    }
    if (*expected.per || *expected.tier || *expected.limit || *expected.model)
        QVERIFY(!answer.quota.isEmpty());
    if (*expected.per)
        QCOMPARE(answer.quota.constFirst().per, QString::fromLatin1(expected.per));
    if (*expected.tier)
        QCOMPARE(answer.quota.constFirst().tier, QString::fromLatin1(expected.tier));
    if (QByteArray(expected.limit) == "-")
        QVERIFY(!answer.quota.constFirst().value.has_value());
    else if (*expected.limit)
        QCOMPARE(answer.quota.constFirst().value.value_or(u"absent"_s),
                 QString::fromLatin1(expected.limit));
    if (*expected.model)
        QCOMPARE(answer.quota.constFirst().dimensions.value(u"model"_s),
                 QString::fromLatin1(expected.model));
    if (!expected.fields.isEmpty()) {
        QStringList fields;
        for (const auto &violation : answer.fieldViolations)
            fields.append(violation.field);
        QCOMPARE(fields, expected.fields);
    }
    if (*expected.activationUrl)
        QCOMPARE(answer.metadata.value(u"activationUrl"_s),
                 QString::fromLatin1(expected.activationUrl));
    if (*expected.reason)
        QCOMPARE(answer.reason, QString::fromLatin1(expected.reason));
    if (expected.httpStatus)
        QCOMPARE(answer.httpStatus, expected.httpStatus);
}

void TestAnswerParser::parseAnswer_debugInfo_isNotKept()
{
    const QByteArray body = gd::test::fixtureBody(u"S02"_s);
    QVERIFY(!body.isEmpty());
    QVERIFY(body.contains("INVALID_KEY_BLAH"));
    const gd::ParsedAnswer answer = gd::parseAnswer(body);
    QVERIFY(answer.hadDebugInfo);
    QCOMPARE(answer.reason, u"API_KEY_INVALID"_s);
    QVERIFY(!answer.message.contains(u"INVALID_KEY_BLAH"_s));
    QVERIFY(!answer.localizedMessage.contains(u"INVALID_KEY_BLAH"_s));
}

void TestAnswerParser::parseAnswer_sseErrorAfterOutput_marksPartialOutput()
{
    const QByteArray body = gd::test::fixtureBody(u"synthetic-200-sse-error-after-output"_s);
    QVERIFY(!body.isEmpty());
    const gd::ParsedAnswer answer = gd::parseAnswer(body, 200);
    QCOMPARE(answer.shape, gd::InputShape::ErrorEnvelope);
    QVERIFY(answer.errorAfterOutput);
    QCOMPARE(answer.errorCode, 503);
    QCOMPARE(answer.httpStatus, 200);
    QCOMPARE(answer.events, 2);
}

void TestAnswerParser::parseAnswer_doubleEncodedError_usesInnerError()
{
    const QByteArray body = gd::test::fixtureBody(u"synthetic-500-double-encoded-429"_s);
    QVERIFY(!body.isEmpty());
    const gd::ParsedAnswer answer = gd::parseAnswer(body, 500);
    QCOMPARE(answer.errorCode, 429);
    QCOMPARE(answer.status, u"RESOURCE_EXHAUSTED"_s);
}

void TestAnswerParser::parseAnswer_htmlPage_keepsTitleAndFirstBytes()
{
    const QByteArray body = gd::test::fixtureBody(u"S43"_s);
    QVERIFY(!body.isEmpty());
    const gd::ParsedAnswer answer = gd::parseAnswer(body, 404);
    QCOMPARE(answer.shape, gd::InputShape::Html);
    QCOMPARE(answer.message, u"Error 404 (Not Found)!!1"_s);
    QVERIFY(answer.firstBytes.startsWith(u"<title>Error 404"_s));
}

void TestAnswerParser::parseAnswer_sdkObjectRepr_readsBlockReason()
{
    const QByteArray body = gd::test::fixtureBody(u"S42"_s);
    QVERIFY(!body.isEmpty());
    const gd::ParsedAnswer answer = gd::parseAnswer(body);
    QCOMPARE(answer.blockReason, u"OTHER"_s);
    QCOMPARE(answer.modelVersion, u"gemini-2.0-flash-thinking-exp-01-21"_s);
    QCOMPARE(answer.promptTokens.value_or(0), 9603);
}

void TestAnswerParser::parseAnswer_helpLinks_areRead()
{
    const QByteArray body = gd::test::fixtureBody(u"S27"_s);
    QVERIFY(!body.isEmpty());
    const gd::ParsedAnswer answer = gd::parseAnswer(body);
    QCOMPARE(answer.helpLinks.size(), 1);
    QCOMPARE(answer.helpLinks.constFirst().url,
             u"https://cloud.google.com/docs/quotas/help/request_increase"_s);
}

void TestAnswerParser::parseAnswer_liveClose_readsCodeAndReason_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("reason");
    // Python websockets (R29), cut reason (R11), google-genai, browser, Node JSON, Go (R32, R37).
    QTest::newRow("websockets")
        << QByteArray("websockets.exceptions.ConnectionClosedError: received 1007 (invalid frame "
                      "payload data) Request contains an invalid argument.; then sent 1007 "
                      "(invalid frame payload data) Request contains an invalid argument.")
        << 1007 << u"Request contains an invalid argument."_s;
    QTest::newRow("cut at 123 bytes")
        << QByteArray("received 1008 (policy violation) API keys are not supported by this API. "
                      "Expected OAuth2 access token or other authentication credentials that "
                      "assert a prin; then sent 1008 (policy violation) API keys")
        << 1008
        << u"API keys are not supported by this API. Expected OAuth2 access token or other "
           "authentication credentials that assert a prin"_s;
    QTest::newRow("google-genai")
        << QByteArray("google.genai.errors.APIError: 1011 None. Internal error encountered.")
        << 1011 << u"Internal error encountered."_s;
    QTest::newRow("browser CloseEvent")
        << QByteArray("CloseEvent {isTrusted: true, wasClean: true, code: 1008, reason: 'Quota "
                      "exceeded.', type: 'close'}")
        << 1008 << u"Quota exceeded."_s;
    QTest::newRow("node json") << QByteArray(R"({"code":1011,"reason":"Deadline expired."})")
                               << 1011 << u"Deadline expired."_s;
    QTest::newRow("go log") << QByteArray(R"(socket closed code=1007 reason="Bad setup.")") << 1007
                            << u"Bad setup."_s;
    QTest::newRow("go websocket")
        << QByteArray("websocket: close 1008 (policy violation): models/x is not found") << 1008
        << u"models/x is not found"_s;
}

void TestAnswerParser::parseAnswer_liveClose_readsCodeAndReason()
{
    QFETCH(QByteArray, text);
    QFETCH(int, code);
    QFETCH(QString, reason);
    const gd::ParsedAnswer answer = gd::parseAnswer(text);
    QCOMPARE(answer.shape, gd::InputShape::CloseFrame);
    QCOMPARE(answer.closeCode, code);
    QCOMPARE(answer.message, reason);
    QCOMPARE(answer.httpStatus, 0);
}

void TestAnswerParser::parseAnswer_notAClose_isNotReadAsOne_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("limit 1000") << QByteArray("Quota exceeded for metric: x, limit: 1000");
    QTest::newRow("error code 1008 without socket words")
        << QByteArray(R"({"error": {"code": 1008, "message": "odd"}})");
    QTest::newRow("port") << QByteArray("connect ECONNREFUSED 127.0.0.1:1011");
    QTest::newRow("json with code and reason but an error")
        << QByteArray(R"({"error": {"code": 400, "reason": "x"}, "code": 1007, "reason": "y"})");
}

void TestAnswerParser::parseAnswer_notAClose_isNotReadAsOne()
{
    QFETCH(QByteArray, text);
    const gd::ParsedAnswer answer = gd::parseAnswer(text);
    QVERIFY(answer.shape != gd::InputShape::CloseFrame);
    QCOMPARE(answer.closeCode, 0);
}

void TestAnswerParser::parseAnswer_interactionsEnvelope_mapsItsStringCode()
{
    // R60: the Interactions API's envelope has a string code and no status.
    const gd::ParsedAnswer answer = gd::parseAnswer(
        R"({"error":{"message":"Thinking level LOW is not supported for this model.","code":"invalid_request"}})");
    QCOMPARE(answer.shape, gd::InputShape::ErrorEnvelope);
    QCOMPARE(answer.codeName, u"invalid_request"_s);
    QCOMPARE(answer.status, u"INVALID_ARGUMENT"_s);
    QCOMPARE(answer.errorCode, 0);
    QCOMPARE(answer.message, u"Thinking level LOW is not supported for this model."_s);
}

void TestAnswerParser::parseAnswer_openAiSdkText_readsStatusAndInnerError()
{
    // R05: the OpenAI Python SDK's exception text around the compatible endpoint's array.
    const gd::ParsedAnswer answer = gd::parseAnswer(
        "Error code: 400 - [{'error': {'code': 400, 'message': 'Multiple authentication "
        "credentials received. Please pass only one.', 'status': 'INVALID_ARGUMENT'}}]");
    QCOMPARE(answer.httpStatus, 400);
    QCOMPARE(answer.status, u"INVALID_ARGUMENT"_s);
    QVERIFY(answer.message.startsWith(u"Multiple authentication credentials"_s));
    QCOMPARE(gd::parseAnswer("BadRequestError: 400 status code (no body)").httpStatus, 400);
}

void TestAnswerParser::parseAnswer_unescapedClientWrapper_readsTheInnerError()
{
    // R16: a client put Google's error inside its own message without escaping the quotes.
    const QByteArray body = gd::test::fixtureBody(u"R16"_s);
    QVERIFY(!body.isEmpty());
    const gd::ParsedAnswer answer = gd::parseAnswer(body);
    QCOMPARE(answer.message, u"The thinking budget (52428) is invalid."_s);
    QCOMPARE(answer.status, u"INVALID_ARGUMENT"_s);
    QCOMPARE(answer.errorCode, 400);
}

void TestAnswerParser::parseAnswer_snakeCaseAnswer_readsFinishReason()
{
    // R27: a Python SDK response dumped with model_dump(): snake_case keys.
    const gd::ParsedAnswer answer = gd::parseAnswer(gd::test::fixtureBody(u"R27"_s));
    QCOMPARE(answer.shape, gd::InputShape::GenerateResponse);
    QCOMPARE(answer.finishReason, u"UNEXPECTED_TOOL_CALL"_s);
}

void TestAnswerParser::parseDuration_forms_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("seconds");
    QTest::newRow("seconds") << u"26s"_s << 26.0;
    QTest::newRow("fraction") << u"45.837906927s"_s << 45.837906927;
    QTest::newRow("milliseconds") << u"900ms"_s << 0.9;
    QTest::newRow("minutes") << u"1.5m"_s << 90.0;
    QTest::newRow("words") << u"3 seconds"_s << 3.0;
    QTest::newRow("bare number") << u"12"_s << 12.0;
}

void TestAnswerParser::parseDuration_forms()
{
    QFETCH(QString, text);
    QFETCH(double, seconds);
    QCOMPARE(gd::parseDuration(text).value_or(-1), seconds);
}

void TestAnswerParser::parseAnswer_hostileInputs_neverCrash_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::newRow("only brackets") << QByteArray(10000, '[');
    QTest::newRow("only braces") << QByteArray(10000, '{');
    QTest::newRow("closers") << QByteArray(5000, '}');
    QTest::newRow("quote soup") << QByteArray(5000, '"');
    QTest::newRow("nested message") << QByteArray(
        R"({"error":{"message":"{\"error\":{\"message\":\"{\\\"error\\\":{}}\"}}"}})");
    QTest::newRow("binary") << QByteArray("\x00\xff\xfe{\"error\":\x01", 12);
    QTest::newRow("data lines") << QByteArray("data: {\ndata: [\ndata: \"\n");
    QTest::newRow("huge number") << QByteArray(R"({"error":{"code":99999999999999999999}})");
    QTest::newRow("retry nonsense") << QByteArray(
        R"({"error":{"code":429,"details":[{"@type":"x.RetryInfo","retryDelay":"NaNs"}]}})");
}

void TestAnswerParser::parseAnswer_hostileInputs_neverCrash()
{
    QFETCH(QByteArray, input);
    const gd::ParsedAnswer answer = gd::parseAnswer(input);
    QVERIFY(answer.message.size() <= input.size() * 2 + 16);
}

QTEST_GUILESS_MAIN(TestAnswerParser)
#include "tst_answerparser.moc"
