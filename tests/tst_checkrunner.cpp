#include "checks/checkrunner.h"
#include "simulator/simulator.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Expectation
{
    QStringList failing; // checks that fail (or warn, for answers that are unusable)
    gd::CheckState state = gd::CheckState::Fail;
    QStringList skipped = {};
};

const QStringList kAfterKey = {u"model"_s, u"count_tokens"_s, u"generate"_s, u"stream"_s,
                               u"openai_compat"_s};
const QStringList kAfterModel = {u"count_tokens"_s, u"generate"_s, u"stream"_s, u"openai_compat"_s};
// What fails generation fails the OpenAI-compatible door too (it answers the same errors).
const QStringList kGeneration = {u"generate"_s, u"stream"_s, u"openai_compat"_s};
const QStringList kModelCalls = {u"count_tokens"_s, u"generate"_s, u"stream"_s, u"openai_compat"_s};
// A 200 that is unusable on the native door; the compatible door answers normally.
const QStringList kNativeGeneration = {u"generate"_s, u"stream"_s};

// Written from what each failure looks like in the field (gemini-errors.md), not read back from
// the simulator's own scenario table.
const QHash<QString, Expectation> &expectations()
{
    static const QHash<QString, Expectation> table = {
        {u"ok"_s, {{}, gd::CheckState::Pass, {}}},
        {u"dns_failure"_s,
         {{u"dns"_s}, gd::CheckState::Fail, QStringList{u"tls"_s, u"key"_s} + kAfterKey}},
        {u"connection_refused"_s,
         {{u"connect"_s}, gd::CheckState::Fail, QStringList{u"key"_s} + kAfterKey}},
        {u"connection_reset"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"tls_failure"_s, {{u"tls"_s}, gd::CheckState::Fail, QStringList{u"key"_s} + kAfterKey}},
        {u"proxy_failure"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"timeout"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"insecure_endpoint"_s,
         {{u"dns"_s}, gd::CheckState::Fail, QStringList{u"connect"_s, u"key"_s} + kAfterKey}},
        {u"not_gemini_response"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"response_too_large"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"invalid_api_key"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"missing_api_key"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"wrong_auth_method"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"api_key_leaked"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"api_key_restricted"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"api_not_enabled"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"access_suspended"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"api_key_expired"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"multiple_credentials"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"api_keys_not_supported"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"standard_key_rejected"_s, {{u"key"_s}, gd::CheckState::Fail, kAfterKey}},
        {u"spend_cap_reached"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"deadline_too_short"_s, {kModelCalls, gd::CheckState::Fail, {}}},
        {u"client_outdated"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"file_not_active"_s, {kModelCalls, gd::CheckState::Fail, {}}},
        {u"cache_too_small"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"thinking_config_invalid"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"thought_signature_missing"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"malformed_function_call"_s, {kNativeGeneration, gd::CheckState::Warn, {}}},
        {u"permission_denied"_s, {{u"model"_s}, gd::CheckState::Fail, kAfterModel}},
        {u"location_unsupported"_s, {kModelCalls, gd::CheckState::Fail, {}}},
        {u"billing_required"_s, {kModelCalls, gd::CheckState::Fail, {}}},
        {u"prepay_credits_depleted"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"rate_limited"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"daily_quota_exhausted"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"model_not_in_free_tier"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"invalid_request"_s, {kModelCalls, gd::CheckState::Fail, {}}},
        {u"input_too_large"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"model_not_found"_s, {{u"model"_s}, gd::CheckState::Fail, kAfterModel}},
        {u"model_retired"_s, {kModelCalls, gd::CheckState::Fail, {}}},
        {u"not_found"_s, {{u"model"_s}, gd::CheckState::Fail, kAfterModel}},
        {u"server_error"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"overloaded"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"deadline_exceeded"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"cancelled"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"unexpected_status"_s, {kGeneration, gd::CheckState::Fail, {}}},
        {u"prompt_blocked"_s, {kNativeGeneration, gd::CheckState::Warn, {}}},
        {u"response_blocked"_s, {kNativeGeneration, gd::CheckState::Warn, {}}},
        {u"recitation"_s, {kNativeGeneration, gd::CheckState::Warn, {}}},
        {u"output_truncated"_s, {kNativeGeneration, gd::CheckState::Warn, {}}},
        {u"empty_response"_s, {kNativeGeneration, gd::CheckState::Warn, {}}},
        {u"stopped_early"_s, {kNativeGeneration, gd::CheckState::Warn, {}}},
    };
    return table;
}

gd::RunReport runAgainst(gd::Simulator &simulator, int timeoutMs = 600, QString model = {},
                         QString key = {})
{
    QNetworkAccessManager network;
    gd::CheckSettings settings;
    settings.baseUrl = simulator.baseUrl();
    settings.model = std::move(model);
    if (key.isEmpty())
        key = simulator.scenario().rehearsalKey;
    settings.apiKey = key.isEmpty() ? u"FAKE-key-for-tests-0001"_s : key;
    settings.keySource = u"test"_s;
    settings.timeoutMs = timeoutMs;
    gd::CheckRunner runner(&network, settings);
    QSignalSpy finished(&runner, &gd::CheckRunner::finished);
    runner.start();
    if (runner.isRunning() && !finished.wait(10'000))
        return {};
    return runner.report();
}

} // namespace

class TestCheckRunner final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void run_everyScenario_failsTheRightCheckWithItsCategory_data();
    void run_everyScenario_failsTheRightCheckWithItsCategory();
    void run_everyCategory_hasAScenario();
    void run_independentChecks_runConcurrently();
    void run_progress_reachesTheTotal();
    void cancel_duringRun_skipsWhatIsLeft();
    void run_modelOverloaded_suggestsAVisibleModel();
    void run_noModelNamed_testsTheNewestStableFlashTheKeyLists();
    void run_modelListUnreadable_fallsBackToTheModelData();
    void run_modelNamed_isKept();
    void run_refusedKeyType_isStandardKeyRejectedOnlyForAnAIzaKey();
    void run_retiredModelNamed_isModelRetiredWithItsSuccessor();
    void run_withRetries_neverRetriesWhatCannotSucceed_data();
    void run_withRetries_neverRetriesWhatCannotSucceed();
    void run_withRetries_retriesWhatWaitingFixes();
    void run_openAiCompat_sendsOnlyTheBearerHeaderAndPasses();
    void run_severalFailForOneCause_theFirstLeadsTheOthersSaySameAs();
};

void TestCheckRunner::run_everyScenario_failsTheRightCheckWithItsCategory_data()
{
    QTest::addColumn<QString>("scenario");
    for (const gd::Scenario &scenario : gd::allScenarios())
        QTest::newRow(qPrintable(scenario.name())) << scenario.name();
}

void TestCheckRunner::run_everyScenario_failsTheRightCheckWithItsCategory()
{
    QFETCH(QString, scenario);
    QVERIFY2(expectations().contains(scenario), "no expectation written for this scenario");
    const Expectation expected = expectations().value(scenario);
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(scenario));
    QVERIFY(simulator.start());
    const gd::RunReport report = runAgainst(simulator);
    QCOMPARE(report.checks.size(), 8);

    QStringList failing;
    QStringList skipped;
    for (const gd::CheckResult &check : report.checks) {
        if (check.state == gd::CheckState::Fail || check.state == gd::CheckState::Warn) {
            failing.append(check.id);
            QCOMPARE(check.state, expected.state);
            QVERIFY2(check.diagnosis.has_value(), qPrintable(check.id));
            QCOMPARE(gd::categoryId(check.diagnosis->category), scenario);
        } else if (check.state == gd::CheckState::Skipped) {
            skipped.append(check.id);
            QVERIFY(check.skipReason == gd::SkipReason::PrerequisiteFailed ||
                    check.skipReason == gd::SkipReason::PrerequisiteSkipped);
            QCOMPARE(check.toJson().value(u"skipped_because"_s).toString(), check.skippedBecause);
            QVERIFY(!check.skippedBecause.isEmpty());
        } else {
            QCOMPARE(check.state, gd::CheckState::Pass);
            QVERIFY(!check.diagnosis.has_value());
        }
    }
    QCOMPARE(failing, expected.failing);
    QCOMPARE(skipped, expected.skipped);
    QCOMPARE(report.ok(), expected.state != gd::CheckState::Fail);
}

void TestCheckRunner::run_everyCategory_hasAScenario()
{
    for (const gd::Category category : gd::allCategories())
        QVERIFY2(gd::findScenario(gd::categoryId(category)), qPrintable(gd::categoryId(category)));
}

void TestCheckRunner::run_independentChecks_runConcurrently()
{
    // With 150 ms on every answer, the four checks after the model check are in flight together,
    // and each check starts only after its prerequisite finished. Counted, not timed.
    gd::Simulator simulator;
    simulator.setLatencyMs(150);
    QVERIFY(simulator.start());
    QNetworkAccessManager network;
    gd::CheckSettings settings;
    settings.baseUrl = simulator.baseUrl();
    settings.apiKey = u"FAKE-key-for-tests-0005"_s;
    gd::CheckRunner runner(&network, settings);
    int running = 0;
    int mostAtOnce = 0;
    QStringList finishedIds;
    QStringList order;
    connect(&runner, &gd::CheckRunner::checkStarted, &runner, [&](const QString &id) {
        mostAtOnce = std::max(mostAtOnce, ++running);
        order.append(u"start:"_s + id);
    });
    connect(&runner, &gd::CheckRunner::checkFinished, &runner, [&](const gd::CheckResult &result) {
        --running;
        order.append(u"end:"_s + result.id);
    });
    QSignalSpy finished(&runner, &gd::CheckRunner::finished);
    runner.start();
    QVERIFY(finished.wait(10'000));
    QVERIFY(runner.report().ok());
    QCOMPARE(mostAtOnce, 4); // count_tokens, generate, stream and openai_compat
    QVERIFY(order.indexOf(u"end:model"_s) < order.indexOf(u"start:generate"_s));
    QVERIFY(order.indexOf(u"end:key"_s) < order.indexOf(u"start:model"_s));
    QVERIFY(order.indexOf(u"start:stream"_s) < order.indexOf(u"end:generate"_s));
}

void TestCheckRunner::run_progress_reachesTheTotal()
{
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    QNetworkAccessManager network;
    gd::CheckSettings settings;
    settings.baseUrl = simulator.baseUrl();
    settings.apiKey = u"FAKE-key-for-tests-0002"_s;
    gd::CheckRunner runner(&network, settings);
    QSignalSpy started(&runner, &gd::CheckRunner::checkStarted);
    QSignalSpy progress(&runner, &gd::CheckRunner::progress);
    QSignalSpy finished(&runner, &gd::CheckRunner::finished);
    runner.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(started.size(), 8);
    QCOMPARE(progress.constLast().at(0).toInt(), 8);
    QCOMPARE(progress.constLast().at(1).toInt(), 8);
}

void TestCheckRunner::cancel_duringRun_skipsWhatIsLeft()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"timeout"_s)); // generation hangs
    QVERIFY(simulator.start());
    QNetworkAccessManager network;
    gd::CheckSettings settings;
    settings.baseUrl = simulator.baseUrl();
    settings.apiKey = u"FAKE-key-for-tests-0003"_s;
    gd::CheckRunner runner(&network, settings);
    QSignalSpy finished(&runner, &gd::CheckRunner::finished);
    connect(&runner, &gd::CheckRunner::checkStarted, &runner, [&runner](const QString &id) {
        if (id == u"generate"_s)
            QTimer::singleShot(50, &runner, &gd::CheckRunner::cancel);
    });
    runner.start();
    QVERIFY(finished.wait(3000));
    const gd::RunReport report = runner.report();
    QCOMPARE(report.checks.at(5).id, u"generate"_s);
    QCOMPARE(report.checks.at(5).state, gd::CheckState::Skipped);
    QCOMPARE(report.checks.at(5).skipReason, gd::SkipReason::Cancelled);
    QVERIFY(!runner.isRunning());
}

void TestCheckRunner::run_modelOverloaded_suggestsAVisibleModel()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"overloaded"_s));
    QVERIFY(simulator.start());
    const gd::RunReport report = runAgainst(simulator);
    const gd::CheckResult &generate = report.checks.at(5);
    QVERIFY(generate.diagnosis);
    // The tested model is the data's first choice; the next stable Flash takes over.
    const QString next = gd::ModelKnowledge::builtIn().testPreference().value(1);
    QCOMPARE(generate.diagnosis->suggestedModel, next);
    QVERIFY(gd::Simulator::modelNames().contains(generate.diagnosis->suggestedModel));
    QVERIFY(generate.diagnosis->steps.value(0).contains(next));
}

void TestCheckRunner::run_noModelNamed_testsTheNewestStableFlashTheKeyLists()
{
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    const gd::RunReport report = runAgainst(simulator);
    const QString newest = gd::ModelKnowledge::builtIn().testPreference().value(0);
    QVERIFY(gd::Simulator::modelNames().contains(newest));
    QCOMPARE(report.model, newest);
    QCOMPARE(report.modelReason, gd::ModelChoice::Reason::Listed);
    QVERIFY(report.ok());
    int generateCalls = 0;
    for (const gd::SimulatedRequest &request : simulator.requests()) {
        if (request.url.path().endsWith(u":generateContent"_s)) {
            QCOMPARE(request.url.path(), u"/v1beta/models/%1:generateContent"_s.arg(newest));
            ++generateCalls;
        }
    }
    QCOMPARE(generateCalls, 1);
}

void TestCheckRunner::run_modelListUnreadable_fallsBackToTheModelData()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"invalid_api_key"_s));
    QVERIFY(simulator.start());
    const gd::RunReport report = runAgainst(simulator);
    QCOMPARE(report.modelReason, gd::ModelChoice::Reason::Data);
    QCOMPARE(report.model, gd::ModelKnowledge::builtIn().testPreference().value(0));
    QCOMPARE(report.toJson().value(u"model_reason"_s).toString(), u"data"_s);
}

void TestCheckRunner::run_modelNamed_isKept()
{
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    const QString chosen = gd::ModelKnowledge::builtIn().testPreference().value(1);
    const gd::RunReport report = runAgainst(simulator, 600, chosen);
    QCOMPARE(report.model, chosen);
    QCOMPARE(report.modelReason, gd::ModelChoice::Reason::Person);
    QVERIFY(report.ok());
}

void TestCheckRunner::run_refusedKeyType_isStandardKeyRejectedOnlyForAnAIzaKey()
{
    // The same 401 ACCESS_TOKEN_TYPE_UNSUPPORTED body: check knows the key and that it went in
    // x-goog-api-key, so a standard key means its type is refused; any other key does not.
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"wrong_auth_method"_s));
    QVERIFY(simulator.start());
    const gd::RunReport standard =
        runAgainst(simulator, 600, {}, u"AIzaFAKE-standard-key-for-tests"_s);
    QVERIFY(standard.checks.at(2).diagnosis);
    QCOMPARE(standard.checks.at(2).diagnosis->category, gd::Category::StandardKeyRejected);
    const gd::RunReport other = runAgainst(simulator, 600, {}, u"AQ.FAKE-key-for-tests"_s);
    QVERIFY(other.checks.at(2).diagnosis);
    QCOMPARE(other.checks.at(2).diagnosis->category, gd::Category::WrongAuthMethod);
}

void TestCheckRunner::run_retiredModelNamed_isModelRetiredWithItsSuccessor()
{
    // The simulator answers a shut-down model with the generic 404 "not found for API version",
    // as Google does; the model data makes it a retirement with a successor.
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    const gd::RunReport report = runAgainst(simulator, 600, u"gemini-2.0-flash"_s);
    const gd::CheckResult &model = report.checks.at(3);
    QCOMPARE(model.state, gd::CheckState::Fail);
    QVERIFY(model.diagnosis);
    QCOMPARE(model.diagnosis->category, gd::Category::ModelRetired);
    const QString successor =
        gd::ModelKnowledge::builtIn().currentSuccessor(u"gemini-2.0-flash"_s, QDate::currentDate());
    QVERIFY(!successor.isEmpty());
    QVERIFY2(model.diagnosis->steps.value(0).contains(successor),
             qPrintable(model.diagnosis->steps.value(0)));
}

namespace {

// Requests the simulator saw whose path ends with `suffix`.
int requestsTo(const gd::Simulator &simulator, const QString &suffix)
{
    int count = 0;
    for (const gd::SimulatedRequest &request : simulator.requests())
        count += request.url.path().endsWith(suffix) ? 1 : 0;
    return count;
}

gd::RunReport runWithRetries(gd::Simulator &simulator, int retries)
{
    QNetworkAccessManager network;
    gd::CheckSettings settings;
    settings.baseUrl = simulator.baseUrl();
    const QString key = simulator.scenario().rehearsalKey;
    settings.apiKey = key.isEmpty() ? u"FAKE-key-for-tests-0006"_s : key;
    settings.retries = retries;
    settings.timeoutMs = 3000;
    gd::CheckRunner runner(&network, settings);
    QSignalSpy finished(&runner, &gd::CheckRunner::finished);
    runner.start();
    if (runner.isRunning() && !finished.wait(20'000))
        return {};
    return runner.report();
}

} // namespace

void TestCheckRunner::run_withRetries_neverRetriesWhatCannotSucceed_data()
{
    // Waiting cannot lift these, even when they come as 429s with a retryDelay: one request each.
    QTest::addColumn<QString>("scenario");
    QTest::addColumn<QString>("path");
    QTest::newRow("spend cap") << u"spend_cap_reached"_s << u":generateContent"_s;
    QTest::newRow("prepay") << u"prepay_credits_depleted"_s << u":generateContent"_s;
    QTest::newRow("daily quota") << u"daily_quota_exhausted"_s << u":generateContent"_s;
    QTest::newRow("limit 0") << u"model_not_in_free_tier"_s << u":generateContent"_s;
    QTest::newRow("expired key") << u"api_key_expired"_s << u"/models"_s;
    QTest::newRow("rejected key type") << u"standard_key_rejected"_s << u"/models"_s;
}

void TestCheckRunner::run_withRetries_neverRetriesWhatCannotSucceed()
{
    QFETCH(QString, scenario);
    QFETCH(QString, path);
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(scenario));
    QVERIFY(simulator.start());
    const gd::RunReport report = runWithRetries(simulator, 3);
    QVERIFY(!report.ok());
    QCOMPARE(requestsTo(simulator, path), 1);
}

void TestCheckRunner::run_withRetries_retriesWhatWaitingFixes()
{
    // The counterpart: an overloaded model is tried again (1 + 2 retries), as asked.
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"overloaded"_s));
    QVERIFY(simulator.start());
    const gd::RunReport report = runWithRetries(simulator, 2);
    QVERIFY(!report.ok());
    QCOMPARE(requestsTo(simulator, u":generateContent"_s), 3);
}

void TestCheckRunner::run_openAiCompat_sendsOnlyTheBearerHeaderAndPasses()
{
    // Exactly as the OpenAI SDKs do: Authorization: Bearer, and no x-goog-api-key (both at once
    // is Google's "Multiple authentication credentials").
    gd::Simulator simulator;
    QVERIFY(simulator.start());
    const gd::RunReport report = runAgainst(simulator);
    const gd::CheckResult &compat = report.checks.at(7);
    QCOMPARE(compat.id, u"openai_compat"_s);
    QCOMPARE(compat.state, gd::CheckState::Pass);
    QCOMPARE(compat.detail, u"answered “OK”"_s);
    int compatible = 0;
    for (const gd::SimulatedRequest &request : simulator.requests()) {
        if (request.url.path() != u"/v1beta/openai/chat/completions"_s) {
            QVERIFY(!request.bearerPresent);
            continue;
        }
        ++compatible;
        QVERIFY(request.bearerPresent);
        QVERIFY(!request.keyHeaderPresent);
        QCOMPARE(request.keyHint, u"…0001"_s);
    }
    QCOMPARE(compatible, 1);
}

void TestCheckRunner::run_severalFailForOneCause_theFirstLeadsTheOthersSaySameAs()
{
    gd::Simulator simulator;
    QVERIFY(simulator.setScenario(u"rate_limited"_s));
    QVERIFY(simulator.start());
    const gd::RunReport report = runAgainst(simulator);
    QStringList lead;
    for (const gd::CheckResult &check : report.checks) {
        if (check.state != gd::CheckState::Fail)
            continue;
        QVERIFY(check.diagnosis); // a same_as check still carries its diagnosis
        QCOMPARE(check.diagnosis->category, gd::Category::RateLimited);
        if (check.sameAs.isEmpty())
            lead.append(check.id);
        else
            QCOMPARE(check.sameAs, u"generate"_s);
        QCOMPARE(check.toJson().value(u"same_as"_s).toString(), check.sameAs);
    }
    QCOMPARE(lead, QStringList{u"generate"_s}); // stream and openai_compat point to it
}

QTEST_GUILESS_MAIN(TestCheckRunner)
#include "tst_checkrunner.moc"
