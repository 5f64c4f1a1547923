#include "metricsexporter.h"

#include "privacy/redactor.h"
#include "statechanges.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace gd {
namespace {

// A label value in the exposition format: backslash, double quote and line feed escaped.
QByteArray escaped(const QString &value)
{
    QByteArray out;
    for (const char c : value.toUtf8()) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 15);
}

struct Family
{
    const char *name;
    const char *type;
    const char *help;
};

// English and fixed, like the metric names: monitoring reads them, not people in a locale.
constexpr Family kUp{"gemini_doctor_check_up", "gauge",
                     "1 when the check passed or warned in the last run, 0 when it failed or "
                     "could not run because a check it needs failed."};
constexpr Family kDuration{"gemini_doctor_check_duration_seconds", "gauge",
                           "How long the check took in the last run, in seconds."};
constexpr Family kCategory{"gemini_doctor_check_category", "gauge",
                           "1 for the diagnosis category of a check that failed in the last run."};
constexpr Family kLastRun{"gemini_doctor_last_run_timestamp_seconds", "gauge",
                          "When the last run finished, in seconds since the Unix epoch."};
constexpr Family kRuns{"gemini_doctor_runs_total", "counter",
                       "Runs of the check suite since this watch started."};
constexpr Family kRetryAfter{"gemini_doctor_retry_after_seconds", "gauge",
                             "The retry delay the API asked for in the check's last answer "
                             "(RetryInfo), in seconds; 0 when it asked for none."};

void header(QByteArray &out, const Family &family)
{
    out += "# HELP "_ba + family.name + ' ' + family.help + '\n';
    out += "# TYPE "_ba + family.name + ' ' + family.type + '\n';
}

// A model name as a label value. It comes from the server's model list, which a hostile server
// controls: through the redactor (a model named after the key), then only the characters model
// names use (letters, digits, ".", "-", "_"; anything else becomes "_"), at most 128.
QByteArray modelLabel(const QString &model)
{
    QByteArray out;
    for (const QChar c : Redactor::redact(model).left(128)) {
        const char16_t u = c.unicode();
        const bool allowed = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') ||
                             (u >= u'0' && u <= u'9') || u == u'.' || u == u'-' || u == u'_';
        out += allowed ? char(u) : '_';
    }
    return out;
}

} // namespace

QByteArray prometheusText(const std::optional<RunReport> &last, int runsTotal)
{
    QByteArray out;
    if (last) {
        // The model the check sent: the Live model for the live check, the tested one otherwise.
        auto modelOf = [&last](const CheckResult &check) {
            return modelLabel(check.id == u"live"_s && !last->liveModel.isEmpty() ? last->liveModel
                                                                                  : last->model);
        };
        auto labels = [&modelOf](const CheckResult &check) -> QByteArray {
            return "{check=\""_ba + escaped(check.id) + "\",model=\""_ba + modelOf(check) +
                   "\"}"_ba;
        };
        header(out, kUp);
        for (const CheckResult &check : last->checks)
            out += kUp.name + labels(check) + ' ' +
                   (checkHealth(check.state) == CheckHealth::Up ? "1" : "0") + '\n';
        header(out, kDuration);
        for (const CheckResult &check : last->checks)
            out += kDuration.name + labels(check) + ' ' + number(check.ms / 1000.0) + '\n';
        header(out, kCategory);
        for (const CheckResult &check : last->checks) {
            if (const auto category = failureCategory(check))
                out += kCategory.name + "{check=\""_ba + escaped(check.id) + "\",model=\""_ba +
                       modelOf(check) + "\",category=\""_ba + escaped(categoryId(*category)) +
                       "\"} 1\n"_ba;
        }
        header(out, kRetryAfter);
        for (const CheckResult &check : last->checks) {
            const double seconds = check.diagnosis && check.diagnosis->retryAfterSeconds
                                       ? *check.diagnosis->retryAfterSeconds
                                       : 0.0;
            out += kRetryAfter.name + labels(check) + ' ' + number(seconds) + '\n';
        }
        header(out, kLastRun);
        const QDateTime finished = last->startedAt.addMSecs(last->totalMs);
        out += kLastRun.name + " "_ba + number(finished.toMSecsSinceEpoch() / 1000.0) + '\n';
    }
    header(out, kRuns);
    out += kRuns.name + " "_ba + QByteArray::number(runsTotal) + '\n';
    return out;
}

MetricsExporter::MetricsExporter(QObject *parent) : QAbstractHttpServer(parent) {}

quint16 MetricsExporter::start(const QHostAddress &address, quint16 port)
{
    return listen(address, port);
}

void MetricsExporter::update(const RunReport &report, int runsTotal)
{
    m_last = report;
    m_runs = runsTotal;
}

bool MetricsExporter::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (request.method() != QHttpServerRequest::Method::Get &&
        request.method() != QHttpServerRequest::Method::Head)
        return false;
    const QString path = request.url().path();
    if (path == u"/metrics"_s) {
        answer(request, socket, prometheusText(m_last, m_runs),
               "text/plain; version=0.0.4; charset=utf-8");
        return true;
    }
    if (path == u"/healthz"_s) {
        answer(request, socket, "ok\n", "text/plain; charset=utf-8");
        return true;
    }
    return false;
}

void MetricsExporter::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    answer(request, socket, "not found\n", "text/plain; charset=utf-8",
           QHttpServerResponder::StatusCode::NotFound);
}

void MetricsExporter::answer(const QHttpServerRequest &request, QTcpSocket *socket,
                             const QByteArray &body, const QByteArray &mimeType,
                             QHttpServerResponder::StatusCode status)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    if (request.method() == QHttpServerRequest::Method::Head) {
        // The headers GET would send, and no body (RFC 9110, 9.3.2).
        responder.writeStatusLine(status);
        responder.writeHeaders(
            {{"Content-Type", mimeType}, {"Content-Length", QByteArray::number(body.size())}});
        responder.writeBody(QByteArray());
    } else {
        responder.write(body, mimeType, status);
    }
    // "Connection: close" is the client's wish: the connection ends once the answer is out.
    if (request.value("Connection").compare("close", Qt::CaseInsensitive) == 0)
        socket->disconnectFromHost();
}

} // namespace gd
