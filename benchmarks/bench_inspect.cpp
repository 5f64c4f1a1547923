// inspect on long requests: a history of N turns, every other one with an OpenAI role
// ("assistant") to map, inspected with the safe fixes, for N = 5,000 to 40,000. A linear cost
// doubles with N; the reference is the same request read without --fix. Prints milliseconds.
#include "inspect/inspector.h"
#include "inspect/requestreader.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {

QByteArray history(int turns)
{
    QJsonArray contents;
    for (int i = 0; i < turns; ++i)
        contents.append(QJsonObject{
            {QStringLiteral("role"),
             i % 2 == 0 ? QStringLiteral("user") : QStringLiteral("assistant")},
            {QStringLiteral("parts"),
             QJsonArray{QJsonObject{{QStringLiteral("text"), QStringLiteral("hello")}}}}});
    return QJsonDocument(QJsonObject{{QStringLiteral("contents"), contents}}).toJson();
}

double inspectMs(const QByteArray &text, bool fix, qsizetype *findings)
{
    QElapsedTimer timer;
    timer.start();
    QString whyNot;
    const auto request = gd::readRequest(text, &whyNot);
    if (!request)
        return -1;
    gd::InspectOptions options;
    options.fix = fix;
    const gd::Inspection inspection = gd::Inspector().inspect(*request, options);
    *findings = inspection.findings.size();
    return timer.nsecsElapsed() / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::printf("inspect, a history with a role to map in every other turn (best of 3):\n");
    for (const int turns : {5000, 10000, 20000, 40000}) {
        const QByteArray text = history(turns);
        double read = 1e12;
        double fixed = 1e12;
        qsizetype findings = 0;
        for (int run = 0; run < 3; ++run) {
            read = std::min(read, inspectMs(text, false, &findings));
            fixed = std::min(fixed, inspectMs(text, true, &findings));
        }
        std::printf("  %6d turns, %6lld findings:  read %8.1f ms,  with --fix %8.1f ms\n", turns,
                    static_cast<long long>(findings), read, fixed);
    }
    return 0;
}
