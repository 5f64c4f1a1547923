#include "privacy/redactor.h"
#include "watch/metricsexporter.h"
#include "watchfakes.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace Qt::StringLiterals;
using gd::CheckState;
using gd::test::checkResult;
using gd::test::report;

namespace {

// name{labels} value, one sample a line; HELP and TYPE lines left out.
QStringList samples(const QByteArray &text)
{
    QStringList lines;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            lines.append(QString::fromUtf8(line));
    }
    return lines;
}

gd::RunReport failingStream()
{
    gd::RunReport run =
        report({checkResult(u"dns"_s, CheckState::Pass, std::nullopt, std::nullopt, 12),
                checkResult(u"generate"_s, CheckState::Warn, gd::Category::PromptBlocked),
                checkResult(u"stream"_s, CheckState::Fail, gd::Category::RateLimited, 7.5, 1500),
                checkResult(u"openai_compat"_s, CheckState::Skipped)},
               u"gemini-3.5-flash"_s);
    run.startedAt = QDateTime::fromSecsSinceEpoch(1'800'000'000, Qt::UTC);
    run.totalMs = 2500;
    return run;
}

} // namespace

class TestMetricsExporter final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void prometheusText_run_hasTheContractsSamples_data();
    void prometheusText_run_hasTheContractsSamples();
    void prometheusText_everyFamily_hasHelpAndType();
    void prometheusText_noRunYet_onlyTheRunCounter();
    void prometheusText_oddModelName_labelValueHasOnlyModelNameCharacters();
    void prometheusText_modelNamedAfterTheKey_neverInTheText();
    void prometheusText_liveCheck_labelledWithTheLiveModel();
    void prometheusText_keyInTheReport_neverInTheText();
    void serve_path_answersAsDocumented_data();
    void serve_path_answersAsDocumented();
    void serve_head_answersHeadersWithoutABody();
    void serve_connectionClose_isHonoured();
};

void TestMetricsExporter::prometheusText_run_hasTheContractsSamples_data()
{
    QTest::addColumn<QString>("sample");
    const QString m = u"model=\"gemini-3.5-flash\""_s;
    QTest::newRow("pass is up") << u"gemini_doctor_check_up{check=\"dns\",%1} 1"_s.arg(m);
    QTest::newRow("warn is up") << u"gemini_doctor_check_up{check=\"generate\",%1} 1"_s.arg(m);
    QTest::newRow("fail is down") << u"gemini_doctor_check_up{check=\"stream\",%1} 0"_s.arg(m);
    QTest::newRow("skipped is down")
        << u"gemini_doctor_check_up{check=\"openai_compat\",%1} 0"_s.arg(m);
    QTest::newRow("duration in seconds")
        << u"gemini_doctor_check_duration_seconds{check=\"stream\",%1} 1.5"_s.arg(m);
    QTest::newRow("category of the failure")
        << u"gemini_doctor_check_category{check=\"stream\",%1,category=\"rate_limited\"} 1"_s.arg(
               m);
    QTest::newRow("retry delay")
        << u"gemini_doctor_retry_after_seconds{check=\"stream\",%1} 7.5"_s.arg(m);
    QTest::newRow("no retry delay")
        << u"gemini_doctor_retry_after_seconds{check=\"dns\",%1} 0"_s.arg(m);
    QTest::newRow("finished at") << u"gemini_doctor_last_run_timestamp_seconds 1800000002.5"_s;
    QTest::newRow("runs") << u"gemini_doctor_runs_total 42"_s;
}

void TestMetricsExporter::prometheusText_run_hasTheContractsSamples()
{
    QFETCH(QString, sample);
    const QStringList lines = samples(gd::prometheusText(failingStream(), 42));
    QVERIFY2(lines.contains(sample), qPrintable(lines.join(u'\n')));
    // A warning carries a diagnosis, but only a failure has a category sample.
    for (const QString &line : lines)
        QVERIFY(!line.contains(u"prompt_blocked"_s));
}

void TestMetricsExporter::prometheusText_everyFamily_hasHelpAndType()
{
    const QByteArray text = gd::prometheusText(failingStream(), 1);
    const QStringList families = {
        u"gemini_doctor_check_up"_s,       u"gemini_doctor_check_duration_seconds"_s,
        u"gemini_doctor_check_category"_s, u"gemini_doctor_last_run_timestamp_seconds"_s,
        u"gemini_doctor_runs_total"_s,     u"gemini_doctor_retry_after_seconds"_s};
    for (const QString &family : families) {
        QVERIFY2(text.contains(QByteArray("# HELP " + family.toUtf8() + ' ')), qPrintable(family));
        QVERIFY2(text.contains(QByteArray("# TYPE " + family.toUtf8() + ' ')), qPrintable(family));
    }
    QVERIFY(text.contains("# TYPE gemini_doctor_runs_total counter\n"));
    QVERIFY(text.endsWith('\n'));
    // Labels only from the bounded sets: check, model, category.
    static const QRegularExpression label(u"([a-z_]+)=\""_s);
    for (auto it = label.globalMatch(QString::fromUtf8(text)); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(QStringList({u"check"_s, u"model"_s, u"category"_s}).contains(name),
                 qPrintable(name));
    }
}

void TestMetricsExporter::prometheusText_noRunYet_onlyTheRunCounter()
{
    QCOMPARE(samples(gd::prometheusText(std::nullopt, 0)),
             QStringList{u"gemini_doctor_runs_total 0"_s});
}

void TestMetricsExporter::prometheusText_oddModelName_labelValueHasOnlyModelNameCharacters()
{
    // A model name comes from the server's list: only what model names use reaches a label.
    const gd::RunReport run =
        report({checkResult(u"dns"_s, CheckState::Pass)}, u"we\"ird\\mo\ndel/\u202e1"_s);
    QVERIFY2(samples(gd::prometheusText(run, 1))
                 .contains(u"gemini_doctor_check_up{check=\"dns\",model=\"we_ird_mo_del__1\"} 1"_s),
             gd::prometheusText(run, 1).constData());
}

void TestMetricsExporter::prometheusText_modelNamedAfterTheKey_neverInTheText()
{
    // Issue 19: a server that lists a model named after the key made the key a label value.
    gd::Redactor::addSecret(u"FAKE-metrics-key-in-a-model-name"_s);
    const gd::RunReport run = report({checkResult(u"generate"_s, CheckState::Pass)},
                                     u"FAKE-metrics-key-in-a-model-name"_s);
    const QByteArray text = gd::prometheusText(run, 1);
    QVERIFY2(!text.contains("FAKE-metrics-key"), text.constData());
    QVERIFY(text.contains("gemini_doctor_check_up{check=\"generate\",model=\""));
}

void TestMetricsExporter::prometheusText_liveCheck_labelledWithTheLiveModel()
{
    gd::RunReport run =
        report({checkResult(u"generate"_s, CheckState::Pass),
                checkResult(u"live"_s, CheckState::Fail, gd::Category::ModelRetired)},
               u"gemini-3.8-flash"_s);
    run.liveModel = u"gemini-2.0-flash-live-001"_s;
    const QStringList lines = samples(gd::prometheusText(run, 1));
    QVERIFY(lines.contains(
        u"gemini_doctor_check_up{check=\"generate\",model=\"gemini-3.8-flash\"} 1"_s));
    QVERIFY(lines.contains(
        u"gemini_doctor_check_up{check=\"live\",model=\"gemini-2.0-flash-live-001\"} 0"_s));
    QVERIFY(lines.contains(u"gemini_doctor_check_category{check=\"live\",model=\"gemini-2.0-"
                           u"flash-live-001\",category=\"model_retired\"} 1"_s));
}

void TestMetricsExporter::prometheusText_keyInTheReport_neverInTheText()
{
    gd::RunReport run = failingStream();
    run.keyHint = u"…WXYZ"_s;
    run.checks[2].diagnosis->message = u"API key AIzaFAKE-watch-test-key not valid"_s;
    run.checks[2].detail = u"AIzaFAKE-watch-test-key"_s;
    const QByteArray text = gd::prometheusText(run, 1);
    QVERIFY(!text.contains("AIzaFAKE"));
    QVERIFY(!text.contains("WXYZ"));
}

void TestMetricsExporter::serve_path_answersAsDocumented_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("bodyStart");
    QTest::newRow("metrics") << "GET"_ba << u"/metrics"_s << 200
                             << "# HELP gemini_doctor_check_up "_ba;
    QTest::newRow("health") << "GET"_ba << u"/healthz"_s << 200 << "ok"_ba;
    QTest::newRow("root") << "GET"_ba << u"/"_s << 404 << QByteArray();
    QTest::newRow("other path") << "GET"_ba << u"/metrics/extra"_s << 404 << QByteArray();
    QTest::newRow("post") << "POST"_ba << u"/metrics"_s << 404 << QByteArray();
}

void TestMetricsExporter::serve_path_answersAsDocumented()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(int, status);
    QFETCH(QByteArray, bodyStart);
    gd::MetricsExporter exporter;
    const quint16 port = exporter.start(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    exporter.update(failingStream(), 3);
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    QNetworkReply *reply = network.sendCustomRequest(request, method, QByteArray());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), status);
    const QByteArray body = reply->readAll();
    QVERIFY2(body.startsWith(bodyStart), body.constData());
    if (path == u"/metrics"_s && status == 200) {
        QVERIFY(reply->header(QNetworkRequest::ContentTypeHeader)
                    .toString()
                    .startsWith(u"text/plain; version=0.0.4"_s));
        QVERIFY(body.contains("gemini_doctor_runs_total 3\n"));
    }
    reply->deleteLater();
}

namespace {

// What a raw client gets back for `request`, read until the server closes or `until` is seen.
QByteArray exchange(quint16 port, const QByteArray &request, bool *closedByServer)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    QSignalSpy connected(&socket, &QTcpSocket::connected);
    if (!connected.wait(3000))
        return {};
    QSignalSpy closed(&socket, &QTcpSocket::disconnected);
    socket.write(request);
    QByteArray answer;
    // Enough for the headers and any body; a server that keeps the connection open stops the
    // loop at its 1 s bound, one that closes it ends it at once.
    for (int i = 0; i < 20 && socket.state() == QAbstractSocket::ConnectedState; ++i) {
        QSignalSpy ready(&socket, &QTcpSocket::readyRead);
        if (!ready.wait(50) && !answer.isEmpty())
            break;
        answer += socket.readAll();
    }
    answer += socket.readAll();
    *closedByServer = !closed.isEmpty() || socket.state() == QAbstractSocket::UnconnectedState;
    return answer;
}

} // namespace

void TestMetricsExporter::serve_head_answersHeadersWithoutABody()
{
    // Issue 19: HEAD was answered with the whole body (RFC 9110: none).
    gd::MetricsExporter exporter;
    const quint16 port = exporter.start(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    exporter.update(failingStream(), 3);
    bool closed = false;
    const QByteArray answer =
        exchange(port, "HEAD /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 200"), answer.constData());
    const qsizetype end = answer.indexOf("\r\n\r\n");
    QVERIFY(end > 0);
    QVERIFY2(answer.mid(end + 4).isEmpty(), answer.constData());
    // The length GET's body would have.
    const QByteArray length =
        "content-length: " + QByteArray::number(gd::prometheusText(failingStream(), 3).size());
    QVERIFY2(answer.toLower().contains(length), answer.constData());
}

void TestMetricsExporter::serve_connectionClose_isHonoured()
{
    // Issue 19: "Connection: close" was ignored and every connection kept open.
    gd::MetricsExporter exporter;
    const quint16 port = exporter.start(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    bool closed = false;
    const QByteArray answer =
        exchange(port, "GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", &closed);
    QVERIFY2(answer.startsWith("HTTP/1.1 200") && answer.endsWith("ok\n"), answer.constData());
    QVERIFY(closed);
}

QTEST_GUILESS_MAIN(TestMetricsExporter)
#include "tst_metricsexporter.moc"
