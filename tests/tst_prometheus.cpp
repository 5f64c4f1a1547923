// The whole monitoring path, for real: `watch --listen` against the simulator, scraped by a real
// Prometheus server (Debian's prometheus package), asked through Prometheus's own query API. A
// fault turned on in the simulator while watch runs must show as the check going from 1 to 0
// with its category, and back. promtool must accept the exposition text.
#include "simulator/simulator.h"
#include "simulatorthread.h"
#include "watchprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

// How long a change may take to show in Prometheus's answers: many scrapes (one a second).
constexpr int kScrapesMs = 20000;

QByteArray get(QNetworkAccessManager &network, const QUrl &url)
{
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QSignalSpy done(reply, &QNetworkReply::finished);
    done.wait(3000);
    const QByteArray body = reply->error() == QNetworkReply::NoError ? reply->readAll() : "";
    reply->deleteLater();
    return body;
}

// A port nothing listens on now (Prometheus binds it a moment later).
quint16 freePort()
{
    QTcpServer server;
    return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : 0;
}

} // namespace

class TestPrometheus final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void scrape_faultTurnedOnAndOff_checkGoesDownWithCategoryAndUpAgain();
    void promtool_metricsText_isAccepted();

private:
    void setScenario(const QString &name);
    // The value of the query's single series; NaN while there is none.
    double query(const QString &promql);

    std::unique_ptr<gd::test::SimulatorThread> m_server;
    std::unique_ptr<gd::test::WatchProcess> m_watch;
    QProcess m_prometheus;
    QTemporaryDir m_dir;
    QUrl m_metrics;
    QUrl m_prometheusUrl;
    QNetworkAccessManager m_network;
};

namespace {

// Debian's prometheus, unpacked into build/tools by ./build.sh test (never installed: the package
// would enable a system-wide service on port 9090); else one on the PATH.
QString tool(const QString &name)
{
    const QString unpacked = QStandardPaths::findExecutable(
        name, {QStringLiteral(GD_SOURCE_DIR "/build/tools/prometheus/usr/bin")});
    return unpacked.isEmpty() ? QStandardPaths::findExecutable(name) : unpacked;
}

} // namespace

void TestPrometheus::initTestCase()
{
    const QString prometheus = tool(u"prometheus"_s);
    QVERIFY2(!prometheus.isEmpty() && !tool(u"promtool"_s).isEmpty(),
             "prometheus and promtool are needed: ./build.sh test unpacks Debian's prometheus "
             "into build/tools");
    QVERIFY(m_dir.isValid());

    m_server = std::make_unique<gd::test::SimulatorThread>();
    QVERIFY(m_server->started());

    m_watch = std::make_unique<gd::test::WatchProcess>(
        QStringList{u"--base-url"_s, m_server->baseUrl().toString(), u"--listen"_s,
                    u"127.0.0.1:0"_s, u"--checks"_s, u"generate"_s},
        300);
    m_metrics = m_watch->metricsUrl();
    QVERIFY2(m_metrics.isValid(), m_watch->err.constData());

    const quint16 port = freePort();
    QVERIFY(port != 0);
    m_prometheusUrl = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    QFile config(m_dir.filePath(u"prometheus.yml"_s));
    QVERIFY(config.open(QIODevice::WriteOnly));
    config.write(u"global:\n"
                 "  scrape_interval: 1s\n"
                 "  evaluation_interval: 1s\n"
                 "scrape_configs:\n"
                 "  - job_name: gemini-doctor\n"
                 "    static_configs:\n"
                 "      - targets: ['%1:%2']\n"_s.arg(m_metrics.host())
                     .arg(m_metrics.port())
                     .toUtf8());
    config.close();
    m_prometheus.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_prometheus.setStandardOutputFile(QProcess::nullDevice());
    m_prometheus.start(prometheus,
                       {u"--config.file="_s + config.fileName(),
                        u"--storage.tsdb.path="_s + m_dir.filePath(u"data"_s),
                        u"--web.listen-address=127.0.0.1:%1"_s.arg(port), u"--log.level=warn"_s});
    QVERIFY(m_prometheus.waitForStarted(5000));
}

void TestPrometheus::cleanupTestCase()
{
    if (m_prometheus.state() != QProcess::NotRunning) {
        m_prometheus.terminate();
        if (!m_prometheus.waitForFinished(5000)) {
            m_prometheus.kill();
            m_prometheus.waitForFinished(2000);
        }
    }
    if (m_watch)
        m_watch->stopWith(SIGTERM);
    m_watch.reset();
    m_server.reset();
}

void TestPrometheus::setScenario(const QString &name)
{
    QVERIFY(m_server->setScenario(name));
}

double TestPrometheus::query(const QString &promql)
{
    QUrl url = m_prometheusUrl.resolved(QUrl(u"/api/v1/query"_s));
    QUrlQuery parameters;
    parameters.addQueryItem(u"query"_s, promql);
    url.setQuery(parameters);
    const QJsonObject answer = QJsonDocument::fromJson(get(m_network, url)).object();
    const QJsonArray result = answer[u"data"_s][u"result"_s].toArray();
    if (answer[u"status"_s].toString() != u"success"_s || result.size() != 1)
        return qQNaN();
    return result.at(0)[u"value"_s].toArray().at(1).toString().toDouble();
}

void TestPrometheus::scrape_faultTurnedOnAndOff_checkGoesDownWithCategoryAndUpAgain()
{
    // Prometheus scrapes every second: each change shows in its answers within a few scrapes.
    const QString up = u"gemini_doctor_check_up{job=\"gemini-doctor\",check=\"generate\"}"_s;
    QTRY_COMPARE_WITH_TIMEOUT(query(up), 1.0, kScrapesMs);
    QTRY_COMPARE_WITH_TIMEOUT(query(u"gemini_doctor_runs_total > bool 0"_s), 1.0, kScrapesMs);

    setScenario(u"overloaded"_s);
    QTRY_COMPARE_WITH_TIMEOUT(query(up), 0.0, kScrapesMs);
    QTRY_COMPARE_WITH_TIMEOUT(
        query(u"gemini_doctor_check_category{check=\"generate\",category=\"overloaded\"}"_s), 1.0,
        kScrapesMs);

    setScenario(u"ok"_s);
    QTRY_COMPARE_WITH_TIMEOUT(query(up), 1.0, kScrapesMs);
    // The series Prometheus keeps are the contract's, with its labels and nothing of the key.
    const QByteArray series =
        get(m_network,
            m_prometheusUrl.resolved(QUrl(u"/api/v1/series?match[]={job=\"gemini-doctor\"}"_s)));
    for (const char *name :
         {"gemini_doctor_check_up", "gemini_doctor_check_duration_seconds",
          "gemini_doctor_check_category", "gemini_doctor_last_run_timestamp_seconds",
          "gemini_doctor_runs_total", "gemini_doctor_retry_after_seconds"})
        QVERIFY2(series.contains(name), name);
    QVERIFY(!series.contains("AIzaFAKE"));
}

void TestPrometheus::promtool_metricsText_isAccepted()
{
    setScenario(u"rate_limited"_s); // a category and a retry delay in the text
    // watch runs every 300 ms: a run or two after the change, its endpoint says so.
    QByteArray text;
    QTRY_VERIFY2_WITH_TIMEOUT(
        (text = get(m_network, m_metrics)).contains("category=\"rate_limited\""), text.constData(),
        10000);
    QVERIFY2(text.contains("gemini_doctor_retry_after_seconds{check=\"generate\""),
             text.constData());
    QProcess promtool;
    promtool.start(tool(u"promtool"_s), {u"check"_s, u"metrics"_s});
    QVERIFY(promtool.waitForStarted(5000));
    promtool.write(text);
    promtool.closeWriteChannel();
    QVERIFY(promtool.waitForFinished(10000));
    const QByteArray said = promtool.readAllStandardOutput() + promtool.readAllStandardError();
    QVERIFY2(promtool.exitCode() == 0 && said.trimmed().isEmpty(), said.constData());
}

QTEST_GUILESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
