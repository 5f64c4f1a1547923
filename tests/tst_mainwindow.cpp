#include "mainwindow.h"

#include <QHttpServer>
#include <QHttpServerResponse>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void window_opened_hasTitleAndRunButton();
    void runButton_serverStatus_showsPassOrFail_data();
    void runButton_serverStatus_showsPassOrFail();

private:
    QHttpServer m_server;
    quint16 m_port = 0;
    int m_status = 200;
    QByteArray m_receivedKey;
};

void TestMainWindow::initTestCase()
{
    m_server.route(u"/v1beta/models"_s, [this](const QHttpServerRequest &request) {
        m_receivedKey = request.value("x-goog-api-key");
        return QHttpServerResponse("application/json"_ba, R"({"models":[]})"_ba,
                                   QHttpServerResponse::StatusCode(m_status));
    });
    m_port = m_server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(m_port != 0);
}

void TestMainWindow::window_opened_hasTitleAndRunButton()
{
    QNetworkAccessManager network;
    gd::ui::MainWindow window(&network);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.windowTitle(), u"Gemini Doctor"_s);
    auto *run = window.findChild<QPushButton *>(u"runButton"_s);
    QVERIFY(run);
    QVERIFY(run->text().contains(u"Run connectivity test"_s));
    QCOMPARE(run->shortcut(), QKeySequence(u"Ctrl+R"_s));
}

void TestMainWindow::runButton_serverStatus_showsPassOrFail_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("expected");
    QTest::newRow("200") << 200 << u"Pass — HTTP 200"_s;
    QTest::newRow("403") << 403 << u"Fail — HTTP 403"_s;
}

void TestMainWindow::runButton_serverStatus_showsPassOrFail()
{
    QFETCH(int, status);
    QFETCH(QString, expected);
    m_status = status;
    QNetworkAccessManager network;
    gd::ui::MainWindow window(&network);
    window.show();
    window.findChild<QLineEdit *>(u"baseUrlEdit"_s)->setText(u"http://127.0.0.1:%1"_s.arg(m_port));
    window.findChild<QLineEdit *>(u"keyEdit"_s)->setText(u"FAKE-test-key-0000"_s);
    QTest::mouseClick(window.findChild<QPushButton *>(u"runButton"_s), Qt::LeftButton);
    auto *result = window.findChild<QLabel *>(u"resultLabel"_s);
    QTRY_COMPARE_WITH_TIMEOUT(result->text(), expected, 5000);
    QCOMPARE(m_receivedKey, "FAKE-test-key-0000"_ba);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
