#include "timinglegend.h"

#include "timingbardelegate.h"

#include <QPainter>

namespace gd::ui {

TimingLegend::TimingLegend(QWidget *parent)
    : QWidget(parent)
    , m_stages(
          {tr("DNS"), tr("connect"), tr("TLS"), tr("waiting for the first byte"), tr("receiving")})
{
    setObjectName(QStringLiteral("timingLegend"));
    setAccessibleName(tr("Timing colours: %1").arg(m_stages.join(QStringLiteral(", "))));
}

QSize TimingLegend::sizeHint() const
{
    return {400, fontMetrics().height() + 8};
}

void TimingLegend::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QList<QColor> colors = TimingBarDelegate::stageColors(palette());
    const int box = fontMetrics().height() - 4;
    int x = 4;
    for (qsizetype i = 0; i < m_stages.size(); ++i) {
        painter.fillRect(QRect(x, 6, box, box), colors.at(i));
        x += box + 4;
        painter.setPen(palette().color(QPalette::WindowText));
        painter.drawText(QRect(x, 2, width(), height() - 2), Qt::AlignLeft | Qt::AlignVCenter,
                         m_stages.at(i));
        x += fontMetrics().horizontalAdvance(m_stages.at(i)) + 14;
    }
}

} // namespace gd::ui
