#include "metricsexporter.h"

#include "privacy/redactor.h"
#include "watch/statechanges.h"

#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <functional>

#include <sys/socket.h>

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

namespace {

// An answer before it is framed: status, body, and the body's type.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray type = "text/plain; charset=utf-8"_ba;
};

// What this server takes from a request head (RFC 9112); it never reads a body.
struct Request
{
    int refusal = 0; // 400 or 505 for a head this server does not take; 0 for one it does
    QByteArray method;
    QByteArray path;    // the target's path, without its query
    bool close = false; // the connection ends after the answer
};

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 400:
        return "Bad Request"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 414:
        return "URI Too Long"_ba;
    case 431:
        return "Request Header Fields Too Large"_ba;
    case 503:
        return "Service Unavailable"_ba;
    case 505:
        return "HTTP Version Not Supported"_ba;
    default:
        return {};
    }
}

// The bytes on the wire. HEAD gets the headers GET would (its Content-Length too) and no body
// (RFC 9110, 9.3.2). The Connection header says what happens next, for HTTP/1.0 clients too.
QByteArray message(const Reply &reply, bool withBody, bool close)
{
    QByteArray out = "HTTP/1.1 "_ba + QByteArray::number(reply.status) + ' ' +
                     reasonPhrase(reply.status) + "\r\nContent-Type: "_ba + reply.type +
                     "\r\nContent-Length: "_ba + QByteArray::number(reply.body.size()) + "\r\n"_ba;
    if (reply.status == 405)
        out += "Allow: GET, HEAD\r\n";
    out += close ? "Connection: close\r\n\r\n"_ba : "Connection: keep-alive\r\n\r\n"_ba;
    if (withBody)
        out += reply.body;
    return out;
}

// An error says what it is in its body too, for a person trying the endpoint with curl.
Reply errorReply(int status)
{
    return {status, reasonPhrase(status).toLower() + '\n'};
}

bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A token (RFC 9110, 5.6.2): what a method and a header name are made of.
bool isToken(QByteArrayView text)
{
    static constexpr QByteArrayView kSymbols = "!#$%&'*+-.^_`|~";
    for (const char c : text) {
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        if (!letter && !isAsciiDigit(c) && !kSymbols.contains(c))
            return false;
    }
    return !text.isEmpty();
}

// Where the head ends: just past its empty line, -1 while it has not arrived. Lines end in CRLF,
// or in a bare LF, which RFC 9112 (2.2) lets a server take.
qsizetype headEnd(const QByteArray &data)
{
    const qsizetype lf = data.indexOf("\n\n");
    const qsizetype crlf = data.indexOf("\n\r\n");
    if (crlf >= 0 && (lf < 0 || crlf < lf))
        return crlf + 3;
    return lf >= 0 ? lf + 2 : -1;
}

// The target's path without its query: origin-form ("/metrics?x") or absolute-form
// ("http://host:9464/metrics", which RFC 9112, 3.2.2, has servers accept). Empty for neither.
QByteArray targetPath(const QByteArray &target)
{
    for (const char c : target) {
        if (uchar(c) <= ' ' || uchar(c) >= 127)
            return {};
    }
    if (target.startsWith('/')) {
        const qsizetype query = target.indexOf('?');
        return query < 0 ? target : target.left(query);
    }
    const QUrl url = QUrl::fromEncoded(target, QUrl::StrictMode);
    if (!url.isValid() || url.scheme() != u"http"_s || url.host().isEmpty())
        return {};
    const QByteArray path = url.path(QUrl::FullyEncoded).toUtf8();
    return path.isEmpty() ? "/"_ba : path;
}

Request refused(int status)
{
    Request request;
    request.refusal = status;
    return request;
}

// The request line and the headers this server acts on; `head` ends with its empty line.
Request parseHead(const QByteArray &head)
{
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    const QList<QByteArray> parts = lines.value(0).split(' ');
    if (parts.size() != 3 || !isToken(parts[0]))
        return refused(400);
    const QByteArray &version = parts[2];
    const bool http10 = version == "HTTP/1.0";
    if (!http10 && version != "HTTP/1.1") {
        const bool otherVersion = version.size() == 8 && version.startsWith("HTTP/") &&
                                  isAsciiDigit(version[5]) && version[6] == '.' &&
                                  isAsciiDigit(version[7]);
        return refused(otherVersion ? 505 : 400);
    }
    Request request;
    request.method = parts[0];
    request.path = targetPath(parts[1]);
    if (request.path.isEmpty())
        return refused(400);
    bool keepAlive = false;
    int hosts = 0;
    for (const QByteArray &line : lines.sliced(1)) {
        // A name is a token right before the colon: no space there, and no folded line that
        // starts with one (RFC 9112, 5.1 and 5.2).
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || !isToken(QByteArrayView(line).first(colon)))
            return refused(400);
        const QByteArray name = line.left(colon).toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "connection") {
            for (const QByteArray &option : value.split(',')) {
                const QByteArray token = option.trimmed().toLower();
                request.close = request.close || token == "close";
                keepAlive = keepAlive || token == "keep-alive";
            }
        } else if (name == "content-length") {
            if (value.isEmpty() || !std::all_of(value.cbegin(), value.cend(), isAsciiDigit))
                return refused(400);
            // A body is never read: after the answer, the connection ends with it unread.
            request.close = request.close || value.count('0') != value.size();
        } else if (name == "transfer-encoding") {
            request.close = true;
        } else if (name == "host") {
            ++hosts;
        }
    }
    // RFC 9112, 3.2: an HTTP/1.1 request has exactly one Host.
    if (!http10 && hosts != 1)
        return refused(400);
    // HTTP/1.0 ends the connection after the answer unless the client asks to keep it.
    request.close = request.close || (http10 && !keepAlive);
    return request;
}

Reply route(const QByteArray &path, const std::optional<RunReport> &last, int runsTotal)
{
    if (path == "/metrics")
        return {200, prometheusText(last, runsTotal),
                "text/plain; version=0.0.4; charset=utf-8"_ba};
    if (path == "/healthz")
        return {200, "ok\n"_ba};
    return {404, "not found\n"_ba};
}

// One client's connection. It reads request heads, never more than kMaxRequestHead bytes of a
// client at a time, answers them one by one through `route`, and ends when the client asks, when
// it refuses a request, or when no complete request came for the idle time.
class Connection final : public QObject
{
public:
    using Route = std::function<Reply(const QByteArray &path)>;

    Connection(QTcpSocket *socket, int idleTimeoutMs, Route route, QObject *parent)
        : QObject(parent), m_socket(socket), m_route(std::move(route))
    {
        m_socket->setParent(this);
        // Qt reads no more than this from the kernel until we take it: a client that sends more
        // is held back by TCP flow control, in its own memory, not ours.
        m_socket->setReadBufferSize(MetricsExporter::kMaxRequestHead);
        m_idle.setSingleShot(true);
        m_idle.setInterval(idleTimeoutMs);
        connect(&m_idle, &QTimer::timeout, this, &Connection::end);
        connect(m_socket, &QTcpSocket::readyRead, this, &Connection::read);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Connection::written);
        connect(m_socket, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        m_idle.start();
    }

private:
    // After the last answer, what still comes is dropped for a short while (see halfClose).
    static constexpr qsizetype kMaxDropped = 64 * 1024;
    static constexpr int kLingerMs = 1000;

    void read()
    {
        if (m_halfClosed)
            drop();
        else if (!m_closing)
            serve();
    }

    void written()
    {
        if (m_socket->bytesToWrite() > 0)
            return;
        if (m_closing)
            halfClose();
        else
            serve(); // the next request, if the client sent it already
    }

    void serve()
    {
        // One answer at a time: while one is still going out, further requests wait in the
        // kernel, so a client that sends requests and reads no answers fills no buffer here.
        while (!m_closing && m_socket->bytesToWrite() == 0) {
            m_head += m_socket->read(MetricsExporter::kMaxRequestHead - m_head.size());
            // RFC 9112, 2.2: empty lines before a request line are ignored.
            qsizetype blank = 0;
            while (blank < m_head.size() && (m_head[blank] == '\r' || m_head[blank] == '\n'))
                ++blank;
            m_head.remove(0, blank);
            const qsizetype end = headEnd(m_head);
            if (end < 0) {
                if (m_head.size() >= MetricsExporter::kMaxRequestHead)
                    send(errorReply(m_head.contains('\n') ? 431 : 414), true, true);
                else if (m_socket->bytesAvailable() > 0)
                    continue;
                return;
            }
            const Request request = parseHead(m_head.left(end));
            m_head.remove(0, end);
            answer(request);
        }
    }

    void answer(const Request &request)
    {
        m_idle.start(); // a complete request: the idle time starts again
        if (request.refusal != 0) {
            send(errorReply(request.refusal), true, true);
            return;
        }
        const bool head = request.method == "HEAD";
        if (!head && request.method != "GET") {
            send(errorReply(405), true, request.close);
            return;
        }
        send(m_route(request.path), !head, request.close);
    }

    void send(const Reply &reply, bool withBody, bool close)
    {
        m_socket->write(message(reply, withBody, close));
        m_closing = close; // written() closes once the answer is out
    }

    // The last answer is out, but the client may still be sending (a header past the limit, a
    // body). Closing with its bytes unread would make the kernel send a reset, which can destroy
    // the answer before the client reads it (RFC 9112, 9.6). So only our side closes now; what
    // still comes is dropped until the client closes too, for kLingerMs and kMaxDropped at most.
    void halfClose()
    {
        if (m_halfClosed)
            return;
        m_halfClosed = true;
        ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
        m_idle.start(std::min(m_idle.interval(), kLingerMs));
        drop();
    }

    void drop()
    {
        m_dropped += m_socket->skip(m_socket->bytesAvailable());
        if (m_dropped > kMaxDropped)
            end();
    }

    void end()
    {
        m_closing = true;
        m_socket->abort();
        deleteLater();
    }

    QTcpSocket *m_socket;
    Route m_route;
    QTimer m_idle;
    QByteArray m_head; // what arrived of the next request head, at most kMaxRequestHead bytes
    qint64 m_dropped = 0;
    bool m_closing = false;
    bool m_halfClosed = false;
};

} // namespace

MetricsExporter::MetricsExporter(QObject *parent) : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &MetricsExporter::acceptConnections);
}

quint16 MetricsExporter::start(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port) ? m_server.serverPort() : 0;
}

void MetricsExporter::update(const RunReport &report, int runsTotal)
{
    m_last = report;
    m_runs = runsTotal;
}

void MetricsExporter::setIdleTimeoutMs(int ms)
{
    m_idleTimeoutMs = ms;
}

void MetricsExporter::acceptConnections()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_open >= kMaxConnections) {
            // Past the limit: a short answer, so a scraper logs why, and the end. The socket is
            // the server's child until it is closed, at the latest after the idle time.
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QTimer::singleShot(m_idleTimeoutMs, socket, [socket] {
                socket->abort();
                socket->deleteLater();
            });
            socket->write(message({503, "too many connections\n"_ba}, true, true));
            socket->disconnectFromHost();
            continue;
        }
        ++m_open;
        auto *connection = new Connection(
            socket, m_idleTimeoutMs,
            [this](const QByteArray &path) { return route(path, m_last, m_runs); }, this);
        connect(connection, &QObject::destroyed, this, [this] { --m_open; });
    }
}

} // namespace gd
