// The check suite against the simulator with 300 ms on every answer (issue 12): the whole suite,
// all nine checks, next to one round trip (one request alone) and next to the same calls made one
// after another, all in the same run. Goal: the suite within 1.5x one round trip.
#include "checks/checkrunner.h"
#include "diagnosis/modelknowledge.h"
#include "network/geminiclient.h"
#include "simulatorthread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kLatencyMs = 300;
constexpr int kRounds = 5;
const QString kKey = QStringLiteral("FAKE-benchmark-key");

gd::RunReport runSuite(const QUrl &baseUrl, int maxConcurrent)
{
    QNetworkAccessManager network;
    gd::CheckSettings settings;
    settings.baseUrl = baseUrl;
    settings.apiKey = kKey;
    gd::CheckRunner runner(&network, settings);
    runner.setMaxConcurrent(maxConcurrent);
    QEventLoop loop;
    QObject::connect(&runner, &gd::CheckRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    return runner.report();
}

// One generateContent on a new connection: the physical limit of a suite that asks it all at once.
int oneRoundTrip(const QUrl &baseUrl)
{
    QNetworkAccessManager network;
    gd::ClientConfig config;
    config.baseUrl = baseUrl;
    gd::GeminiClient client(&network, config, kKey);
    QElapsedTimer clock;
    clock.start();
    gd::ApiCall *call = client.post(
        QStringLiteral("models/%1:generateContent")
            .arg(gd::ModelKnowledge::builtIn().testPreference().value(0)),
        R"({"contents": [{"role": "user", "parts": [{"text": "Reply with the single word OK."}]}]})");
    QEventLoop loop;
    QObject::connect(call, &gd::ApiCall::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return int(clock.elapsed());
}

int median(std::vector<int> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Served from threads of their own, so the suite's timings are the client's alone. The second
    // also delays the Live setupComplete: a Live session then costs two answers by protocol.
    gd::test::SimulatorThread server(
        QStringLiteral("ok"), [](gd::Simulator &simulator) { simulator.setLatencyMs(kLatencyMs); });
    gd::test::SimulatorThread slowSetup(QStringLiteral("ok"), [](gd::Simulator &simulator) {
        simulator.setLatencyMs(kLatencyMs, true);
    });
    if (!server.started() || !slowSetup.started())
        return 1;

    std::vector<int> single, suite, sequential, suiteSlowSetup;
    for (int round = 0; round < kRounds; ++round) {
        single.push_back(oneRoundTrip(server.baseUrl()));
        const gd::RunReport concurrent = runSuite(server.baseUrl(), 0);
        if (!concurrent.ok() || concurrent.checks.size() != 9) {
            std::fprintf(stderr, "the suite failed against the simulator\n");
            return 1;
        }
        suite.push_back(concurrent.totalMs);
        sequential.push_back(runSuite(server.baseUrl(), 1).totalMs);
        suiteSlowSetup.push_back(runSuite(slowSetup.baseUrl(), 0).totalMs);
    }
    const double trip = median(single);
    std::printf("simulator latency: %d ms on every HTTP answer and on the Live model's answer; "
                "%d rounds, medians\n",
                kLatencyMs, kRounds);
    std::printf("one round trip (one generateContent, new connection): %5d ms\n", median(single));
    std::printf("suite, all 9 checks at once:                          %5d ms  (%.2fx one round "
                "trip; goal <= 1.5x)\n",
                median(suite), median(suite) / trip);
    std::printf("the same calls one after another:                     %5d ms  (%.2fx)\n",
                median(sequential), median(sequential) / trip);
    std::printf("suite, Live setupComplete also delayed %d ms:        %5d ms  (%.2fx)\n",
                kLatencyMs, median(suiteSlowSetup), median(suiteSlowSetup) / trip);
    return 0;
}
