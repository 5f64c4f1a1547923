// Explain throughput: every real fixture parsed and classified 1,000 times, then fully diagnosed
// (catalog words, facts, links, redaction) 1,000 times. Prints bodies per second.
// bench_classify [ROUNDS [FILE...]]: FILEs (names in tests/fixtures) instead of every real fixture,
// to compare two builds on the same bodies.
#include "diagnosis/answerparser.h"
#include "diagnosis/classifier.h"
#include "diagnosis/diagnoser.h"
#include "fixtures.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QList<gd::test::Fixture> fixtures;
    for (int i = 2; i < argc; ++i)
        fixtures += gd::test::loadFixtures(QString::fromLocal8Bit(argv[i]));
    if (argc <= 2)
        fixtures = gd::test::realFixtures();
    if (fixtures.isEmpty()) {
        std::fprintf(stderr, "no fixtures found\n");
        return 1;
    }
    // Fewer rounds for instruction counts: valgrind --tool=callgrind bench_classify 20
    const int kRounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    int checksum = 0;

    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < kRounds; ++round) {
        for (const auto &fixture : fixtures)
            checksum += int(gd::classify(gd::parseAnswer(fixture.body, fixture.httpStatus)));
    }
    const double classifySeconds = timer.nsecsElapsed() / 1e9;

    timer.restart();
    for (int round = 0; round < kRounds; ++round) {
        for (const auto &fixture : fixtures)
            checksum += int(gd::diagnoseText(fixture.body, fixture.httpStatus).steps.size());
    }
    const double diagnoseSeconds = timer.nsecsElapsed() / 1e9;

    const double bodies = double(kRounds) * double(fixtures.size());
    std::printf("fixtures: %lld, rounds: %d, bodies: %.0f (checksum %d)\n",
                static_cast<long long>(fixtures.size()), kRounds, bodies, checksum);
    std::printf("parse + classify:      %8.0f bodies/s  (%.1f us per body)\n",
                bodies / classifySeconds, classifySeconds / bodies * 1e6);
    std::printf("full diagnosis:        %8.0f bodies/s  (%.1f us per body)\n",
                bodies / diagnoseSeconds, diagnoseSeconds / bodies * 1e6);
    return 0;
}
