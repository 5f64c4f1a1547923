#pragma once

#include "results/runreport.h"

#include <QHostAddress>
#include <QTcpServer>

#include <optional>

namespace gd {

// The Prometheus text exposition (format 0.0.4) of the last run, with the metric names and labels
// of contract section 8. Labels are only check, model and category, all from bounded sets (the
// suite's check ids, the one model tested, the category ids): never the key, its hint, a URL or a
// message. Without a run yet, only the run counter.
QByteArray prometheusText(const std::optional<RunReport> &last, int runsTotal);

// Serves GET /metrics (the text above, for the last run) and GET /healthz; anything else is 404,
// and methods other than GET and HEAD are 405. Listens where it is told: the command line gives it
// loopback unless a person names another host.
//
// Its own small HTTP/1.1 server on QTcpServer, because QAbstractHttpServer (Qt 6.4) has no limits
// (issue 19: it buffered a 256 MB header and kept every connection forever). Whatever a client
// sends, this one holds at most kMaxRequestHead bytes of it per connection, at most
// kMaxConnections connections, none idle longer than kIdleTimeoutMs.
class MetricsExporter final : public QObject
{
    Q_OBJECT
public:
    // A request line and headers longer than this are refused (431, or 414 for the line alone):
    // a scraper's request is a few hundred bytes.
    static constexpr qsizetype kMaxRequestHead = 8 * 1024;
    // Connections open at once; more are answered 503 and closed. A few scrapers need a few.
    static constexpr int kMaxConnections = 16;
    // A connection without a complete request for this long (new, or idle between keep-alive
    // requests) is closed. Prometheus' default scrape timeout is 10 s too.
    static constexpr int kIdleTimeoutMs = 10'000;

    explicit MetricsExporter(QObject *parent = nullptr);

    // Port 0: any free port. Returns the port listened on, 0 when it cannot listen.
    [[nodiscard]] quint16 start(const QHostAddress &address, quint16 port);
    void update(const RunReport &report, int runsTotal);

    // Tests only, so they need not wait 10 s: the idle limit of connections accepted from now on.
    void setIdleTimeoutMs(int ms);

private:
    void acceptConnections();

    QTcpServer m_server;
    std::optional<RunReport> m_last;
    int m_runs = 0;
    int m_open = 0;
    int m_idleTimeoutMs = kIdleTimeoutMs;
};

} // namespace gd
