#include "network/retrypolicy.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

gd::CallResult status(int code)
{
    gd::CallResult result;
    result.httpStatus = code;
    return result;
}

gd::RetryPolicy policy(double random)
{
    gd::RetryPolicy retry;
    retry.maxRetries = 4;
    retry.baseDelayMs = 1000;
    retry.random = [random] { return random; };
    return retry;
}

} // namespace

class TestRetryPolicy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decide_transientStatus_backsOffExponentiallyWithJitter();
    void decide_serverDelay_isAFloor();
    void decide_delayOverAMinute_stopsWithAReason();
    void decide_permanentFailures_neverRetry_data();
    void decide_permanentFailures_neverRetry();
    void decide_notRetryableCategory_neverRetries();
    void decide_afterMaxRetries_stops();
};

void TestRetryPolicy::decide_transientStatus_backsOffExponentiallyWithJitter()
{
    // Half fixed, half random: with random 0 the delays are 0.5, 1, 2, 4 s; with 1: 1, 2, 4, 8 s.
    const QList<int> low = {500, 1000, 2000, 4000};
    const QList<int> high = {1000, 2000, 4000, 8000};
    for (int attempt = 1; attempt <= 4; ++attempt) {
        QCOMPARE(policy(0).decide(attempt, status(503), std::nullopt, true).delayMs,
                 low.at(attempt - 1));
        QCOMPARE(policy(1).decide(attempt, status(503), std::nullopt, true).delayMs,
                 high.at(attempt - 1));
    }
}

void TestRetryPolicy::decide_serverDelay_isAFloor()
{
    const auto decision = policy(0).decide(1, status(429), 26.0, true);
    QVERIFY(decision.retry);
    QCOMPARE(decision.delayMs, 26000);
    QCOMPARE(policy(0).decide(4, status(429), 0.2, true).delayMs, 4000);
}

void TestRetryPolicy::decide_delayOverAMinute_stopsWithAReason()
{
    const auto decision = policy(0).decide(1, status(429), 61.0, true);
    QVERIFY(!decision.retry);
    QVERIFY(decision.stopReason.contains(u"61 s"_s));
}

void TestRetryPolicy::decide_permanentFailures_neverRetry_data()
{
    QTest::addColumn<int>("code");
    for (int code : {400, 401, 403, 404, 413})
        QTest::newRow(qPrintable(QString::number(code))) << code;
}

void TestRetryPolicy::decide_permanentFailures_neverRetry()
{
    QFETCH(int, code);
    QVERIFY(!policy(0.5).decide(1, status(code), std::nullopt, true).retry);
}

void TestRetryPolicy::decide_notRetryableCategory_neverRetries()
{
    // A used-up daily quota is a 429, but waiting a few seconds does not fix it.
    QVERIFY(!policy(0.5).decide(1, status(429), 22.0, false).retry);
}

void TestRetryPolicy::decide_afterMaxRetries_stops()
{
    QVERIFY(policy(0.5).decide(4, status(500), std::nullopt, true).retry);
    QVERIFY(!policy(0.5).decide(5, status(500), std::nullopt, true).retry);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
