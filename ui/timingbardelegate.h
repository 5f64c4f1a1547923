#pragma once

#include "calls/callresult.h"

#include <QStyledItemDelegate>

namespace gd::ui {

// Paints a check's stage timings as one small stacked bar: DNS, connect, TLS, waiting for the
// first byte, receiving. All rows share one scale and each bar starts where its check started in
// the run, so the column is a waterfall: what ran at once sits side by side.
class TimingBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kTimingsRole =
        Qt::UserRole + 10; // QVariantList {start, dns, connect, tls, ttfb, total}

    // The stages as durations, in the bar's order: DNS, connect, TLS, waiting, receiving.
    enum Stage
    {
        Dns,
        Connect,
        Tls,
        Waiting,
        Receiving
    };
    // Receiving is the time after the first byte: a call that never had one (a timeout, a failed
    // handshake) spent all its time after the connection waiting, and receives nothing.
    static QList<int> stageDurations(const Timings &timings);
    // A first byte arrived (the client counts its time from the start of the call; 0: none).
    static bool hadFirstByte(const Timings &timings) { return timings.ttfbMs > 0; }

    using QStyledItemDelegate::QStyledItemDelegate;
    // The run's span: the latest end of any check, from the start of the run.
    void setScaleMs(int scaleMs) { m_scaleMs = std::max(1, scaleMs); }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QList<QColor> stageColors(const QPalette &palette);

private:
    int m_scaleMs = 1;
};

} // namespace gd::ui
