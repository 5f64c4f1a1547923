#include "privacy/redactor.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Obviously fake keys in the shapes of real ones, built at run time.
QString fakeStandardKey()
{
    return u"AIza"_s + u"FAKE"_s.repeated(8) + u"123"_s;
}

QString fakeAuthKey()
{
    return u"AQ."_s + u"FAKE_fake-"_s.repeated(4);
}

} // namespace

class TestRedactor final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void redact_secretInText_isMasked_data();
    void redact_secretInText_isMasked();
    void redact_knownSecretOfAnyShape_isMasked();
    void redact_ordinaryText_isUnchanged();
    void redact_valueSeenAsKeyParameter_isMaskedEverywhereInTheText();
    void hint_showsOnlyTheLastFour();
};

void TestRedactor::cleanup()
{
    gd::Redactor::forgetSecrets();
}

void TestRedactor::redact_secretInText_isMasked_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("kept");
    const QString standard = fakeStandardKey();
    const QString auth = fakeAuthKey();
    QTest::newRow("standard key in a message")
        << u"Consumer 'api_key:"_s + standard + u"' has been suspended."_s << standard
        << u"has been suspended"_s;
    QTest::newRow("auth key") << u"key "_s + auth + u" rejected"_s << auth << u"rejected"_s;
    QTest::newRow("query parameter")
        << u"POST https://generativelanguage.googleapis.com/v1/models/x:generateContent?key=not-a-real-key-value&alt=sse"_s
        << u"not-a-real-key-value"_s << u"&alt=sse"_s;
    QTest::newRow("header line") << u"x-goog-api-key: some-opaque-secret-1234"_s
                                 << u"some-opaque-secret-1234"_s << u"x-goog-api-key: "_s;
    QTest::newRow("json header") << u"{\"x-goog-api-key\": \"opaque-secret-5678\"}"_s
                                 << u"opaque-secret-5678"_s << u"x-goog-api-key"_s;
    QTest::newRow("bearer") << u"Authorization: Bearer opaque-token-abcdef"_s
                            << u"opaque-token-abcdef"_s << u"Authorization: Bearer "_s;
    QTest::newRow("env assignment") << u"GEMINI_API_KEY=\"quoted-fake-secret\""_s
                                    << u"quoted-fake-secret"_s << u"GEMINI_API_KEY="_s;
}

void TestRedactor::redact_secretInText_isMasked()
{
    QFETCH(QString, text);
    QFETCH(QString, secret);
    QFETCH(QString, kept);
    const QString redacted = gd::Redactor::redact(text);
    QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
    QVERIFY2(redacted.contains(kept), qPrintable(redacted));
    QVERIFY(redacted.contains(gd::Redactor::kMask));
}

void TestRedactor::redact_knownSecretOfAnyShape_isMasked()
{
    const QString secret = u"zz-future-format-key-9"_s;
    QVERIFY(gd::Redactor::redact(u"echo "_s + secret).contains(secret));
    gd::Redactor::addSecret(secret);
    QCOMPARE(gd::Redactor::redact(u"echo "_s + secret), u"echo [REDACTED]"_s);
    QCOMPARE(gd::Redactor::redact((u"echo "_s + secret).toUtf8()), "echo [REDACTED]"_ba);
}

void TestRedactor::redact_ordinaryText_isUnchanged()
{
    const QString text = u"You exceeded your current quota. Please retry in 26s. See "
                         "https://ai.google.dev/gemini-api/docs/rate-limits?hl=en"_s;
    QCOMPARE(gd::Redactor::redact(text), text);
}

void TestRedactor::redact_valueSeenAsKeyParameter_isMaskedEverywhereInTheText()
{
    const QString text =
        u"API key not valid: opaque-echoed-key (GET /v1/models?key=opaque-echoed-key)"_s;
    QCOMPARE(gd::Redactor::redact(text),
             u"API key not valid: [REDACTED] (GET /v1/models?key=[REDACTED])"_s);
}

void TestRedactor::hint_showsOnlyTheLastFour()
{
    QCOMPARE(gd::Redactor::hint(fakeStandardKey()), u"…E123"_s.right(5));
    QCOMPARE(gd::Redactor::hint(u"short"_s), u"…"_s);
}

QTEST_GUILESS_MAIN(TestRedactor)
#include "tst_redactor.moc"
