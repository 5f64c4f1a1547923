#include "checks/modelmatrix.h"
#include "diagnosis/modelknowledge.h"
#include "simulatedmodels.h"
#include "simulator/simulator.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

gd::CheckSettings settingsFor(const gd::Simulator &simulator)
{
    gd::CheckSettings settings;
    settings.baseUrl = simulator.baseUrl();
    settings.timeoutMs = 5000;
    settings.retries = 3; // asked for, and still never used: a 429 is the matrix's answer
    settings.apiKey = u"AIzaFAKE-matrix-test"_s;
    return settings;
}

int requestsTo(const gd::Simulator &simulator, const QString &model)
{
    int count = 0;
    for (const gd::SimulatedRequest &request : simulator.requests())
        count += request.url.path().endsWith(u"/models/"_s + model + u":generateContent"_s);
    return count;
}

} // namespace

// The model matrix over loopback: the real client against the real simulator.
class TestModelMatrix final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_listedModel_rowSaysWhatItsAnswerMeans_data();
    void run_listedModel_rowSaysWhatItsAnswerMeans();
    void run_limit_neverMoreRequestsInFlight_data();
    void run_limit_neverMoreRequestsInFlight();
    void run_retriesAsked_sendsOneRequestPerModel();
    void cancel_whileRunning_skipsTheRestAndSendsNoMore();
    void start_noModels_finishesEmpty();
    void toJson_retiredRow_hasTheContractFieldsAndTheSuccessor();

private:
    QNetworkAccessManager m_network;
};

void TestModelMatrix::run_listedModel_rowSaysWhatItsAnswerMeans_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<gd::CheckState>("state");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QString>("words");
    QTest::addColumn<int>("httpStatus");
    const QString retired = u"gemini-2.5-flash-lite"_s;
    // The outcomes resources/simulator/scenarios.json gives these listed models.
    QTest::newRow("works") << gd::ModelKnowledge::builtIn().testPreference().value(0)
                           << gd::CheckState::Pass << u"ok"_s << u"works"_s << 200;
    QTest::newRow("free tier limit 0")
        << u"gemini-4-carbon"_s << gd::CheckState::Fail << u"model_not_in_free_tier"_s
        << u"not in the free tier"_s << 429;
    QTest::newRow("retired") << retired << gd::CheckState::Fail << u"model_retired"_s
                             << u"retired"_s << 404;
    // The model data says Google answers gemini-2.5-pro with gemini-3.8-flash since 2026-12-01.
    QTest::newRow("routed") << u"gemini-2.5-pro"_s << gd::CheckState::Warn << u"model_routed"_s
                            << u"answered by gemini-3.8-flash"_s << 200;
    QTest::newRow("rate limited") << u"gemini-3-flash-preview"_s << gd::CheckState::Fail
                                  << u"rate_limited"_s << u"rate limited"_s << 429;
    QTest::newRow("not found") << u"gemini-no-such-model"_s << gd::CheckState::Fail
                               << u"model_not_found"_s << u"not found"_s << 404;
}

void TestModelMatrix::run_listedModel_rowSaysWhatItsAnswerMeans()
{
    QFETCH(QString, model);
    QFETCH(gd::CheckState, state);
    QFETCH(QString, category);
    QFETCH(QString, words);
    QFETCH(int, httpStatus);
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    gd::ModelMatrix matrix(&m_network, settingsFor(simulator), {model});
    QSignalSpy finished(&matrix, &gd::ModelMatrix::finished);
    matrix.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(matrix.rows().size(), 1);
    const gd::ModelRow &row = matrix.rows().constFirst();
    QCOMPARE(row.name, model);
    QCOMPARE(row.state, state);
    QCOMPARE(gd::categoryId(row.category), category);
    QCOMPARE(gd::modelRowText(row), words);
    QCOMPARE(row.diagnosis.has_value(), state != gd::CheckState::Pass);
    QVERIFY(row.ms >= 0);
    QCOMPARE(row.httpStatus, httpStatus);
    // Only a retired model names where to go: the model data's successor that is still served.
    QCOMPARE(row.successor,
             category == u"model_retired"_s
                 ? gd::ModelKnowledge::builtIn().currentSuccessor(model, QDate::currentDate())
                 : QString());
    if (category == u"model_retired"_s)
        QVERIFY(!row.successor.isEmpty());
    QCOMPARE(row.answeredBy.isEmpty(), category != u"model_routed"_s);
}

void TestModelMatrix::run_limit_neverMoreRequestsInFlight_data()
{
    QTest::addColumn<int>("limit");
    QTest::newRow("one at a time") << 1;
    QTest::newRow("the default") << gd::ModelMatrix::kMaxInFlight;
}

void TestModelMatrix::run_limit_neverMoreRequestsInFlight()
{
    QFETCH(int, limit);
    gd::Simulator simulator;
    simulator.setLatencyMs(60); // each request is held a while, so overlapping ones pile up
    QVERIFY(simulator.start());
    const QStringList models = gd::test::generatingModels();
    QVERIFY(models.size() > gd::ModelMatrix::kMaxInFlight * 2);
    gd::ModelMatrix matrix(&m_network, settingsFor(simulator), models);
    if (limit != gd::ModelMatrix::kMaxInFlight)
        matrix.setMaxInFlight(limit);
    QSignalSpy finished(&matrix, &gd::ModelMatrix::finished);
    QSignalSpy rows(&matrix, &gd::ModelMatrix::rowFinished);
    matrix.start();
    QVERIFY(finished.wait(10000));
    QCOMPARE(rows.size(), models.size());
    QCOMPARE(simulator.requests().size(), models.size());
    // Never more than the limit, and the limit is used: the requests do overlap.
    QCOMPARE(simulator.maxInFlight(), limit);
}

void TestModelMatrix::run_retriesAsked_sendsOneRequestPerModel()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"overloaded"_s)); // a 503, which a check would retry
    QVERIFY(simulator.start());
    const QStringList models = {u"gemini-3-flash-preview"_s, u"gemini-3.6-flash"_s};
    gd::ModelMatrix matrix(&m_network, settingsFor(simulator), models);
    QSignalSpy finished(&matrix, &gd::ModelMatrix::finished);
    matrix.start();
    QVERIFY(finished.wait(5000));
    for (const QString &model : models)
        QCOMPARE(requestsTo(simulator, model), 1);
    for (const gd::ModelRow &row : matrix.rows())
        QCOMPARE(gd::categoryId(row.category), u"overloaded"_s);
}

void TestModelMatrix::cancel_whileRunning_skipsTheRestAndSendsNoMore()
{
    gd::Simulator simulator;
    simulator.holdAnswers(); // no answer comes before the cancel, however busy the machine
    QVERIFY(simulator.start());
    const QStringList models = gd::test::generatingModels();
    gd::ModelMatrix matrix(&m_network, settingsFor(simulator), models);
    QSignalSpy finished(&matrix, &gd::ModelMatrix::finished);
    QSignalSpy started(&matrix, &gd::ModelMatrix::rowStarted);
    QSignalSpy rows(&matrix, &gd::ModelMatrix::rowFinished);
    matrix.start();
    QCOMPARE(started.size(), gd::ModelMatrix::kMaxInFlight);
    QTRY_COMPARE(simulator.requests().size(), gd::ModelMatrix::kMaxInFlight);
    QCOMPARE(simulator.inFlight(), gd::ModelMatrix::kMaxInFlight);
    matrix.cancel();
    QCOMPARE(finished.size(), 1);
    QVERIFY(!matrix.isRunning());
    for (const gd::ModelRow &row : matrix.rows()) {
        QCOMPARE(row.state, gd::CheckState::Skipped);
        QCOMPARE(row.category, gd::Category::Cancelled);
    }
    QCOMPARE(rows.size(), models.size());

    // The held answers come due and change nothing; nothing more is sent. A request sent after
    // they were written comes back after them: once it has, whatever they could set off has run.
    simulator.releaseHeldAnswers();
    QCOMPARE(simulator.inFlight(), 0);
    QNetworkRequest marker(simulator.baseUrl().resolved(QUrl(u"/v1beta/models"_s)));
    marker.setRawHeader("x-goog-api-key", "AIzaFAKE-matrix-test-marker");
    QNetworkReply *reply = m_network.get(marker);
    QSignalSpy markerDone(reply, &QNetworkReply::finished);
    QVERIFY(markerDone.wait(5000));
    QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    reply->deleteLater();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(started.size(), gd::ModelMatrix::kMaxInFlight);
    QCOMPARE(rows.size(), models.size());
    QCOMPARE(simulator.requests().size(), gd::ModelMatrix::kMaxInFlight + 1);
    QCOMPARE(simulator.requests().constLast().url.path(), u"/v1beta/models"_s);
    for (const gd::ModelRow &row : matrix.rows())
        QCOMPARE(row.state, gd::CheckState::Skipped);
}

void TestModelMatrix::start_noModels_finishesEmpty()
{
    gd::ModelMatrix matrix(&m_network, {}, {});
    QSignalSpy finished(&matrix, &gd::ModelMatrix::finished);
    matrix.start();
    QCOMPARE(finished.size(), 1);
    QVERIFY(matrix.rows().isEmpty());
    QVERIFY(!matrix.isRunning());
}

void TestModelMatrix::toJson_retiredRow_hasTheContractFieldsAndTheSuccessor()
{
    gd::ModelRow row;
    row.name = u"gemini-2.5-pro"_s;
    row.state = gd::CheckState::Fail;
    row.category = gd::Category::ModelRetired;
    row.ms = 42;
    row.httpStatus = 404;
    row.successor = u"gemini-3.8-flash"_s;
    const QJsonObject json = row.toJson();
    QCOMPARE(json.value(u"name"_s).toString(), u"gemini-2.5-pro"_s);
    QCOMPARE(json.value(u"state"_s).toString(), u"fail"_s);
    QCOMPARE(json.value(u"category"_s).toString(), u"model_retired"_s);
    QCOMPARE(json.value(u"ms"_s).toInt(), 42);
    QCOMPARE(json.value(u"http_status"_s).toInt(), 404);
    QCOMPARE(json.value(u"successor"_s).toString(), u"gemini-3.8-flash"_s);
    row.successor.clear();
    QVERIFY(!row.toJson().contains(u"successor"_s));
}

QTEST_MAIN(TestModelMatrix)
#include "tst_modelmatrix.moc"
