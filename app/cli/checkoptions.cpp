#include "checkoptions.h"

#include "checks/checkrunner.h"
#include "cli.h"
#include "output.h"
#include "policy/endpointpolicy.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd::cli {

CheckOptions::CheckOptions(const QString &jsonHelp)
    : m_baseUrl(u"base-url"_s, CheckText::tr("API base URL."), CheckText::tr("URL"),
                CheckSettings().baseUrl.toString())
    , m_apiVersion(u"api-version"_s, CheckText::tr("v1beta or v1."), CheckText::tr("VERSION"),
                   CheckSettings().apiVersion)
    , m_model(u"model"_s,
              CheckText::tr(
                  "Model to test (default: the first model your key lists in the model data's "
                  "order, the cheapest stable first)."),
              CheckText::tr("NAME"))
    , m_liveModel(u"live-model"_s,
                  CheckText::tr("Live API model for the live check (default: a Live model your "
                                "key lists)."),
                  CheckText::tr("NAME"))
    , m_timeout(u"timeout"_s, CheckText::tr("Time limit per request, in seconds."),
                CheckText::tr("SECONDS"), QString::number(CheckSettings().timeoutMs / 1000))
    , m_json(u"json"_s, jsonHelp.isEmpty() ? CheckText::tr("Print the result as one JSON document.")
                                           : jsonHelp)
    , m_retries(u"retries"_s,
                CheckText::tr("Retry transient failures (408, 429, 5xx) up to N times."),
                CheckText::tr("N"), u"0"_s)
    , m_checks(
          u"checks"_s,
          CheckText::tr("Run only these checks (comma-separated ids) and the checks they need."),
          CheckText::tr("LIST"))
{}

void CheckOptions::addTo(CommandDefinition &command) const
{
    command.add(m_baseUrl)
        .add(m_apiVersion, ValueKind::Words, {u"v1beta"_s, u"v1"_s})
        .add(m_model)
        .add(m_liveModel)
        .add(m_timeout);
    m_key.addTo(command);
    command.add(m_json).add(m_retries).add(m_checks, ValueKind::CheckIds);
}

QUrl baseUrlOption(const QString &value)
{
    QStringList removed;
    const QUrl url = withoutSecrets(QUrl(value.trimmed()), &removed);
    if (removed.contains(u"user_info"_s))
        printErr(CheckText::tr("--base-url: its user name and password were left out; a URL "
                               "carries no secrets here.\n"));
    if (removed.contains(u"query"_s))
        printErr(CheckText::tr("--base-url: its query (such as ?key=) was left out; the key "
                               "travels in a header, never in a URL.\n"));
    return url;
}

std::optional<int> CheckOptions::readSettings(const QCommandLineParser &parser,
                                              CheckSettings &settings) const
{
    settings.baseUrl = baseUrlOption(parser.value(m_baseUrl));
    settings.apiVersion = parser.value(m_apiVersion);
    settings.model = parser.value(m_model).remove(QRegularExpression(u"^models/"_s));
    settings.liveModel = parser.value(m_liveModel).remove(QRegularExpression(u"^models/"_s));
    bool timeoutOk = false;
    bool retriesOk = false;
    const double seconds = parser.value(m_timeout).toDouble(&timeoutOk);
    settings.retries = parser.value(m_retries).toInt(&retriesOk);
    if (settings.apiVersion != u"v1beta"_s && settings.apiVersion != u"v1"_s) {
        printErr(CheckText::tr("--api-version must be v1beta or v1.\n"));
        return ExitUsage;
    }
    if (!timeoutOk || seconds <= 0 || seconds > 3600 || !retriesOk || settings.retries < 0 ||
        settings.retries > 10) {
        printErr(CheckText::tr(
            "--timeout needs seconds (more than 0, at most 3600) and --retries 0 to 10.\n"));
        return ExitUsage;
    }
    settings.timeoutMs = int(seconds * 1000);
    if (parser.isSet(m_checks)) {
        const QStringList known = CheckRunner::checkIdsFor(settings);
        for (QString id : parser.value(m_checks).split(u',', Qt::SkipEmptyParts)) {
            id = id.trimmed();
            // "tls" and "connect" name the same check; which one runs depends on the scheme.
            if (id == u"tls"_s || id == u"connect"_s)
                id = connectCheckId(settings);
            if (!known.contains(id)) {
                printErr(CheckText::tr("--checks: unknown check “%1”. The checks are: %2\n")
                             .arg(id, known.join(u", "_s)));
                return ExitUsage;
            }
            settings.onlyChecks.append(id);
        }
    }
    if (!settings.baseUrl.isValid() || settings.baseUrl.host().isEmpty()) {
        printErr(CheckText::tr("--base-url “%1” is not a URL.\n").arg(settings.baseUrl.toString()));
        return ExitUsage;
    }
    return std::nullopt;
}

} // namespace gd::cli
