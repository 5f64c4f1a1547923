#include "checknames.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

struct CheckName
{
    QLatin1StringView id;
    const char *name; // translated in the context "gd::CheckName"
};

// In the suite's order.
constexpr CheckName kNames[] = {
    {"dns"_L1, QT_TRANSLATE_NOOP("gd::CheckName", "Network and DNS")},
    {"tls"_L1, QT_TRANSLATE_NOOP("gd::CheckName", "TLS")},
    {"connect"_L1, QT_TRANSLATE_NOOP("gd::CheckName", "Connection")},
    {"key"_L1, QT_TRANSLATE_NOOP("gd::CheckName", "Key valid")},
    {"model"_L1, QT_TRANSLATE_NOOP("gd::CheckName", "Model reachable")},
    {"count_tokens"_L1, QT_TRANSLATE_NOOP("gd::CheckName", "Token counting")},
    {"generate"_L1, QT_TRANSLATE_NOOP("gd::CheckName", "Test prompt")},
    {"stream"_L1, QT_TRANSLATE_NOOP("gd::CheckName", "Streaming")},
    {"openai_compat"_L1, QT_TRANSLATE_NOOP("gd::CheckName", "OpenAI-compatible")},
    {"live"_L1, QT_TRANSLATE_NOOP("gd::CheckName", "Live API")},
};

} // namespace

QString checkDisplayName(const QString &checkId)
{
    for (const CheckName &entry : kNames) {
        if (entry.id == checkId)
            return QCoreApplication::translate("gd::CheckName", entry.name);
    }
    return checkId;
}

QStringList suiteCheckIds(const QUrl &baseUrl)
{
    const QLatin1StringView skipped = baseUrl.scheme() == u"http"_s ? "tls"_L1 : "connect"_L1;
    QStringList ids;
    for (const CheckName &entry : kNames) {
        if (entry.id != skipped)
            ids.append(entry.id);
    }
    return ids;
}

} // namespace gd
