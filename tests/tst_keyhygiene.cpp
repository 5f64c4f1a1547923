#include "secrets/keyhygiene.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestKeyHygiene final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void inspectKey_pasteMistake_isFixedAndSaid_data();
    void inspectKey_pasteMistake_isFixedAndSaid();
    void inspectKey_brokenKey_isRefused_data();
    void inspectKey_brokenKey_isRefused();
    void inspectKey_anyPrefixOrLength_isAccepted_data();
    void inspectKey_anyPrefixOrLength_isAccepted();
};

void TestKeyHygiene::inspectKey_pasteMistake_isFixedAndSaid_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("key");
    QTest::newRow("spaces around") << u"  FAKE-key-1  "_s << u"FAKE-key-1"_s;
    QTest::newRow("line break after") << u"FAKE-key-1\n"_s << u"FAKE-key-1"_s;
    QTest::newRow("double quotes") << u"\"FAKE-key-1\""_s << u"FAKE-key-1"_s;
    QTest::newRow("single quotes") << u"'FAKE-key-1'"_s << u"FAKE-key-1"_s;
    QTest::newRow("env line") << u"GEMINI_API_KEY=FAKE-key-1"_s << u"FAKE-key-1"_s;
    QTest::newRow("export line quoted")
        << u"export GEMINI_API_KEY=\"FAKE-key-1\""_s << u"FAKE-key-1"_s;
    QTest::newRow("google var") << u"GOOGLE_API_KEY = FAKE-key-1"_s << u"FAKE-key-1"_s;
    QTest::newRow("header line") << u"x-goog-api-key: FAKE-key-1"_s << u"FAKE-key-1"_s;
}

void TestKeyHygiene::inspectKey_pasteMistake_isFixedAndSaid()
{
    QFETCH(QString, raw);
    QFETCH(QString, key);
    const gd::KeyInspection inspection = gd::inspectKey(raw);
    QVERIFY2(inspection.usable(), qPrintable(inspection.problems.join(u' ')));
    QCOMPARE(inspection.key, key);
    QVERIFY(!inspection.fixes.isEmpty());
}

void TestKeyHygiene::inspectKey_brokenKey_isRefused_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("empty") << QString();
    QTest::newRow("only spaces") << u"   "_s;
    QTest::newRow("only quotes") << u"\"\""_s;
    QTest::newRow("space inside") << u"FAKE key"_s;
    QTest::newRow("line break inside") << u"FAKE-key-1\nFAKE-key-2"_s;
    QTest::newRow("quote inside") << u"FAKE\"key"_s;
    QTest::newRow("control character") << u"FAKE\u0007key"_s;
}

void TestKeyHygiene::inspectKey_brokenKey_isRefused()
{
    QFETCH(QString, raw);
    QVERIFY(!gd::inspectKey(raw).usable());
}

void TestKeyHygiene::inspectKey_anyPrefixOrLength_isAccepted_data()
{
    QTest::addColumn<QString>("raw");
    QTest::newRow("standard shape") << u"AIza"_s + u"FAKE"_s.repeated(8) + u"123"_s;
    QTest::newRow("auth key shape") << u"AQ.FAKE_fake-FAKE_fake-FAKE"_s;
    QTest::newRow("future shape") << u"zz9-new-format"_s;
    QTest::newRow("short") << u"x1"_s;
    QTest::newRow("long") << u"FAKE"_s.repeated(100);
}

void TestKeyHygiene::inspectKey_anyPrefixOrLength_isAccepted()
{
    QFETCH(QString, raw);
    const gd::KeyInspection inspection = gd::inspectKey(raw);
    QVERIFY(inspection.usable());
    QCOMPARE(inspection.key, raw);
    QVERIFY(inspection.fixes.isEmpty());
}

QTEST_GUILESS_MAIN(TestKeyHygiene)
#include "tst_keyhygiene.moc"
