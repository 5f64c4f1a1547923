#include "policy/endpointpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestEndpointPolicy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusalReason_data();
    void refusalReason();
    void isAllowedLink_data();
    void isAllowedLink();
};

void TestEndpointPolicy::refusalReason_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("refused");
    QTest::newRow("https google") << u"https://generativelanguage.googleapis.com"_s << false;
    QTest::newRow("https anywhere") << u"https://proxy.example.com/gemini"_s << false;
    QTest::newRow("http loopback v4") << u"http://127.0.0.1:8080"_s << false;
    QTest::newRow("http loopback 127.x") << u"http://127.0.0.2:8080"_s << false;
    QTest::newRow("http loopback v6") << u"http://[::1]:8080"_s << false;
    QTest::newRow("http localhost") << u"http://localhost:8080"_s << false;
    QTest::newRow("http remote") << u"http://generativelanguage.googleapis.com"_s << true;
    QTest::newRow("http lan") << u"http://192.168.1.10:8080"_s << true;
    QTest::newRow("http localhost lookalike") << u"http://localhost.example.com"_s << true;
    QTest::newRow("ftp") << u"ftp://127.0.0.1"_s << true;
    QTest::newRow("no host") << u"https://"_s << true;
}

void TestEndpointPolicy::refusalReason()
{
    QFETCH(QString, url);
    QFETCH(bool, refused);
    QCOMPARE(gd::refusalReason(QUrl(url)).has_value(), refused);
}

void TestEndpointPolicy::isAllowedLink_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("rate limits") << u"https://ai.google.dev/gemini-api/docs/rate-limits"_s << true;
    QTest::newRow("ai studio") << u"https://aistudio.google.com/api-keys"_s << true;
    QTest::newRow("form") << u"https://forms.gle/ETzX94k8jf7iSotH9"_s << true;
    QTest::newRow("activation")
        << u"https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?project=1"_s
        << true;
    QTest::newRow("http") << u"http://ai.google.dev/"_s << false;
    QTest::newRow("other host") << u"https://evil.example.com/ai.google.dev"_s << false;
    QTest::newRow("suffix trick") << u"https://ai.google.dev.evil.com/"_s << false;
    QTest::newRow("userinfo") << u"https://ai.google.dev@evil.com/"_s << false;
    QTest::newRow("odd port") << u"https://ai.google.dev:8443/"_s << false;
    QTest::newRow("old dev site") << u"https://developers.generativeai.google/guide"_s << false;
}

void TestEndpointPolicy::isAllowedLink()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(gd::isAllowedLink(QUrl(url)), allowed);
}

QTEST_GUILESS_MAIN(TestEndpointPolicy)
#include "tst_endpointpolicy.moc"
