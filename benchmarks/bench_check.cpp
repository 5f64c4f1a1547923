// The check suite against the simulator with 300 ms on every answer. Prints the suite's wall
// time next to its critical path (the longest chain of dependent checks, from the same run's
// own durations) and next to the same checks run one after another.
#include "checks/checkrunner.h"
#include "simulator/simulator.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

constexpr int kLatencyMs = 300;
constexpr int kRounds = 5;

gd::RunReport runSuite(const QUrl &baseUrl, int maxConcurrent)
{
    QNetworkAccessManager network;
    gd::CheckSettings settings;
    settings.baseUrl = baseUrl;
    settings.apiKey = QStringLiteral("FAKE-benchmark-key");
    gd::CheckRunner runner(&network, settings);
    runner.setMaxConcurrent(maxConcurrent);
    QEventLoop loop;
    QObject::connect(&runner, &gd::CheckRunner::finished, &loop, &QEventLoop::quit);
    runner.start();
    loop.exec();
    return runner.report();
}

int criticalPath(const gd::RunReport &report)
{
    auto ms = [&report](int index) { return report.checks.at(index).ms; };
    // dns -> connect -> key -> model -> {count_tokens, generate, stream}
    return ms(0) + ms(1) + ms(2) + ms(3) + std::max({ms(4), ms(5), ms(6)});
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
    QThread serverThread;
    gd::Simulator simulator;
    simulator.setLatencyMs(kLatencyMs);
    if (!simulator.start())
        return 1;
    simulator.moveToThread(&serverThread);
    serverThread.start();

    std::vector<int> wall;
    std::vector<int> critical;
    std::vector<int> sequential;
    for (int round = 0; round < kRounds; ++round) {
        const gd::RunReport concurrent = runSuite(simulator.baseUrl(), 0);
        if (!concurrent.ok()) {
            std::fprintf(stderr, "the suite failed against the simulator\n");
            return 1;
        }
        wall.push_back(concurrent.totalMs);
        critical.push_back(criticalPath(concurrent));
        sequential.push_back(runSuite(simulator.baseUrl(), 1).totalMs);
    }
    serverThread.quit();
    serverThread.wait();

    const int wallMs = median(wall);
    const int criticalMs = median(critical);
    const int sequentialMs = median(sequential);
    std::printf("simulator latency: %d ms on every answer, %d rounds, medians\n", kLatencyMs,
                kRounds);
    std::printf("critical path (dns+connect+key+model+slowest of the last three): %5d ms\n",
                criticalMs);
    std::printf("suite, concurrent:                                                %5d ms  (%.2fx "
                "the critical path; goal < 1.25x)\n",
                wallMs, double(wallMs) / criticalMs);
    std::printf(
        "same checks one after another:                                    %5d ms  (%.2fx)\n",
        sequentialMs, double(sequentialMs) / criticalMs);
    return 0;
}
