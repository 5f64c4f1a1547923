#include "diagnosis/linkpolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestLinkPolicy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void isAllowedLink_data();
    void isAllowedLink();
};

void TestLinkPolicy::isAllowedLink_data()
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

void TestLinkPolicy::isAllowedLink()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    QCOMPARE(gd::isAllowedLink(QUrl(url)), allowed);
}

QTEST_GUILESS_MAIN(TestLinkPolicy)
#include "tst_linkpolicy.moc"
