#include "policy/endpointpolicy.h"

#include <QHostAddress>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEndpointPolicy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void refusalReason_data();
    void refusalReason();
    void isLoopbackHost_anyForm_agreesWithQHostAddress_data();
    void isLoopbackHost_anyForm_agreesWithQHostAddress();
    void withoutSecrets_userInfoAndQuery_areLeftOutAndNamed_data();
    void withoutSecrets_userInfoAndQuery_areLeftOutAndNamed();
    void endpointUrl_joinsThePathAndCarriesNoSecret_data();
    void endpointUrl_joinsThePathAndCarriesNoSecret();
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

void TestEndpointPolicy::isLoopbackHost_anyForm_agreesWithQHostAddress_data()
{
    QTest::addColumn<QString>("host");
    for (const char *host : {"127.0.0.1",
                             "127.0.0.2",
                             "127.255.255.254",
                             "127.1",
                             "128.0.0.1",
                             "126.255.255.255",
                             "::1",
                             "0:0:0:0:0:0:0:1",
                             "0000::0001",
                             "::2",
                             "::ffff:127.0.0.1",
                             "::ffff:7f00:1",
                             "::ffff:10.0.0.1",
                             "::127.0.0.1",
                             "fe80::1",
                             "10.0.0.1",
                             "192.168.1.10",
                             "0.0.0.0",
                             "::",
                             "127.0.0.1.example.com",
                             "example.com",
                             "127.0.0.256",
                             "1.2.3",
                             "0x7f.0.0.1",
                             "017700000001",
                             "2130706433",
                             "localhost6",
                             ""})
        QTest::newRow(host) << QString::fromLatin1(host);
}

void TestEndpointPolicy::isLoopbackHost_anyForm_agreesWithQHostAddress()
{
    // The policy reads addresses with Qt Core alone (the window checks an endpoint before Qt
    // Network is loaded); it must still call loopback what Qt Network calls loopback.
    QFETCH(QString, host);
    const QHostAddress address(host);
    QCOMPARE(gd::isLoopbackHost(host), !address.isNull() && address.isLoopback());
}

void TestEndpointPolicy::withoutSecrets_userInfoAndQuery_areLeftOutAndNamed_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("kept");
    QTest::addColumn<QStringList>("removed");
    QTest::newRow("clean") << u"https://proxy.example.com/gemini"_s
                           << u"https://proxy.example.com/gemini"_s << QStringList();
    QTest::newRow("user and password")
        << u"https://me:FAKE-secret@proxy.example.com/gemini"_s
        << u"https://proxy.example.com/gemini"_s << QStringList{u"user_info"_s};
    QTest::newRow("a key in the query") << u"http://127.0.0.1:8089/?key=FAKE-key-in-url"_s
                                        << u"http://127.0.0.1:8089/"_s << QStringList{u"query"_s};
    QTest::newRow("both, and a fragment")
        << u"https://u:p@example.com/x?key=k#frag"_s << u"https://example.com/x"_s
        << QStringList{u"user_info"_s, u"query"_s};
}

void TestEndpointPolicy::withoutSecrets_userInfoAndQuery_areLeftOutAndNamed()
{
    QFETCH(QString, url);
    QFETCH(QString, kept);
    QFETCH(QStringList, removed);
    QStringList said;
    QCOMPARE(gd::withoutSecrets(QUrl(url), &said).toString(), kept);
    QCOMPARE(said, removed);
}

void TestEndpointPolicy::endpointUrl_joinsThePathAndCarriesNoSecret_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("url");
    QTest::newRow("Google") << u"https://generativelanguage.googleapis.com"_s << u"v1beta/models"_s
                            << u"https://generativelanguage.googleapis.com/v1beta/models"_s;
    QTest::newRow("a gateway's path, trailing slash")
        << u"https://gw.example.com/gemini/"_s << u"v1beta/openai/chat/completions"_s
        << u"https://gw.example.com/gemini/v1beta/openai/chat/completions"_s;
    QTest::newRow("a key in the base URL's query goes nowhere")
        << u"http://u:p@127.0.0.1:8089/?key=FAKE-key-in-url"_s << u"v1beta/models"_s
        << u"http://127.0.0.1:8089/v1beta/models"_s;
}

void TestEndpointPolicy::endpointUrl_joinsThePathAndCarriesNoSecret()
{
    QFETCH(QString, base);
    QFETCH(QString, path);
    QFETCH(QString, url);
    QCOMPARE(gd::endpointUrl(QUrl(base), path).toString(), url);
}

QTEST_GUILESS_MAIN(TestEndpointPolicy)
#include "tst_endpointpolicy.moc"
