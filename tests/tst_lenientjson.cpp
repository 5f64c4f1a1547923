#include "diagnosis/lenientjson.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestLenientJson final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parseLenientJson_validJson_isNotRepaired();
    void pythonReprToJson_dictRepr_becomesJson();
    void closeTruncatedJson_cutInsideLongMessage_keepsItWithEllipsis();
    void closeTruncatedJson_cutInsideShortValue_dropsIt();
    void closeTruncatedJson_cutAfterComma_closesAtLastValue();
    void parseLenientJson_curlyQuotes_areStraightened();
    void parseLenientJson_deepNesting_returnsWithoutCrash();
    void parseLenientJson_trailingCommas_areDroppedOutsideStrings();
};

void TestLenientJson::parseLenientJson_validJson_isNotRepaired()
{
    const auto parsed = gd::parseLenientJson(R"({"a": [1, 2]})");
    QVERIFY(parsed);
    QVERIFY(!parsed->repaired);
}

void TestLenientJson::pythonReprToJson_dictRepr_becomesJson()
{
    const auto parsed = gd::parseLenientJson(
        R"({'error': {'code': 403, 'message': 'It\'s "denied"', 'ok': False, 'x': None, 'y': True}})");
    QVERIFY(parsed);
    QVERIFY(parsed->repaired);
    const QJsonObject error = parsed->document.object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"message"_s).toString(), u"It's \"denied\""_s);
    QCOMPARE(error.value(u"ok"_s).toBool(true), false);
    QVERIFY(error.value(u"x"_s).isNull());
    QCOMPARE(error.value(u"y"_s).toBool(), true);
}

void TestLenientJson::closeTruncatedJson_cutInsideLongMessage_keepsItWithEllipsis()
{
    const auto document = gd::closeTruncatedJson(
        R"({"error": {"code": 429, "message": "You exceeded your current quota. Please migrate to Gemini)");
    QVERIFY(document);
    const QJsonObject error = document->object().value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toInt(), 429);
    QCOMPARE(error.value(u"message"_s).toString(),
             u"You exceeded your current quota. Please migrate to Gemini…"_s);
}

void TestLenientJson::closeTruncatedJson_cutInsideShortValue_dropsIt()
{
    const auto document = gd::closeTruncatedJson(
        R"({"violations": [{"quotaId": "GenerateRequestsPerDay", "quotaValue": "60)");
    QVERIFY(document);
    const QJsonObject violation =
        document->object().value(u"violations"_s).toArray().at(0).toObject();
    QCOMPARE(violation.value(u"quotaId"_s).toString(), u"GenerateRequestsPerDay"_s);
    QVERIFY(!violation.contains(u"quotaValue"_s)); // "60" of "6000000" would be a lie
}

void TestLenientJson::closeTruncatedJson_cutAfterComma_closesAtLastValue()
{
    const auto document = gd::closeTruncatedJson(R"([{"a": 1, "b": [true, false], "c)");
    QVERIFY(document);
    const QJsonObject object = document->array().at(0).toObject();
    QCOMPARE(object.value(u"a"_s).toInt(), 1);
    QCOMPARE(object.value(u"b"_s).toArray().size(), 2);
    QVERIFY(!object.contains(u"c"_s));
}

void TestLenientJson::parseLenientJson_curlyQuotes_areStraightened()
{
    const auto parsed = gd::parseLenientJson("{\xE2\x80\x9C"
                                             "code\xE2\x80\x9D: 401}");
    QVERIFY(parsed);
    QCOMPARE(parsed->document.object().value(u"code"_s).toInt(), 401);
}

void TestLenientJson::parseLenientJson_deepNesting_returnsWithoutCrash()
{
    // Nesting no error body has is refused, without a crash or a stack overflow; ordinary
    // nesting is read.
    QVERIFY(!gd::parseLenientJson(QByteArray(100000, '[')).has_value());
    QVERIFY(!gd::parseLenientJson(QByteArray(3000, '[') + QByteArray(3000, ']')).has_value());
    const auto shallow = gd::parseLenientJson(QByteArray(100, '[') + QByteArray(100, ']'));
    QVERIFY(shallow);
    QVERIFY(shallow->document.isArray());
}

// A Batch API result line as one was posted (Q34): a comma before the closing brace.
void TestLenientJson::parseLenientJson_trailingCommas_areDroppedOutsideStrings()
{
    const auto parsed = gd::parseLenientJson("{\n  \"status\": \"Bad, Request,}\",\n}");
    QVERIFY(parsed);
    QVERIFY(parsed->repaired);
    QCOMPARE(parsed->document.object().value(u"status"_s).toString(), u"Bad, Request,}"_s);
    const auto list = gd::parseLenientJson("[1, 2, ]");
    QVERIFY(list);
    QCOMPARE(list->document.array().size(), 2);
}

QTEST_GUILESS_MAIN(TestLenientJson)
#include "tst_lenientjson.moc"
