#pragma once

#include "checks/runreport.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerResponder>

#include <optional>

namespace gd {

// The Prometheus text exposition (format 0.0.4) of the last run, with the metric names and labels
// of contract section 8. Labels are only check, model and category, all from bounded sets (the
// suite's check ids, the one model tested, the category ids): never the key, its hint, a URL or a
// message. Without a run yet, only the run counter.
QByteArray prometheusText(const std::optional<RunReport> &last, int runsTotal);

// Serves GET /metrics (the text above, for the last run) and GET /healthz; anything else is 404.
// Listens where it is told: the command line gives it loopback unless a person names another host.
class MetricsExporter final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit MetricsExporter(QObject *parent = nullptr);

    // Port 0: any free port. Returns the port listened on, 0 when it cannot listen.
    [[nodiscard]] quint16 start(const QHostAddress &address, quint16 port);
    void update(const RunReport &report, int runsTotal);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    void answer(const QHttpServerRequest &request, QTcpSocket *socket, const QByteArray &body,
                const QByteArray &mimeType,
                QHttpServerResponder::StatusCode status = QHttpServerResponder::StatusCode::Ok);

    std::optional<RunReport> m_last;
    int m_runs = 0;
};

} // namespace gd
