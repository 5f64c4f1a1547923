#include "timingbardelegate.h"

#include <QPainter>

namespace gd::ui {

QList<QColor> TimingBarDelegate::stageColors(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    if (dark)
        return {QColor(0xce, 0x93, 0xd8), QColor(0x64, 0xb5, 0xf6), QColor(0x4d, 0xd0, 0xe1),
                QColor(0xff, 0xd5, 0x4f), QColor(0xa5, 0xd6, 0xa7)};
    return {QColor(0x8e, 0x24, 0xaa), QColor(0x15, 0x65, 0xc0), QColor(0x00, 0x83, 0x8f),
            QColor(0xef, 0x8f, 0x00), QColor(0x2e, 0x7d, 0x32)};
}

QList<int> TimingBarDelegate::stageDurations(const Timings &timings)
{
    const int setup = timings.dnsMs + timings.connectMs + timings.tlsMs;
    if (!hadFirstByte(timings))
        return {timings.dnsMs, timings.connectMs, timings.tlsMs,
                std::max(0, timings.totalMs - setup), 0};
    // Waiting is the rest of the time to the first byte, receiving what came after it.
    return {timings.dnsMs, timings.connectMs, timings.tlsMs, std::max(0, timings.ttfbMs - setup),
            std::max(0, timings.totalMs - std::max(timings.ttfbMs, setup))};
}

void TimingBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const
{
    QStyledItemDelegate::paint(painter, option, QModelIndex()); // selection background only
    const QVariantList timings = index.data(kTimingsRole).toList();
    if (timings.size() != 6)
        return;
    const int start = std::max(0, timings.at(0).toInt());
    Timings measured;
    measured.dnsMs = timings.at(1).toInt();
    measured.connectMs = timings.at(2).toInt();
    measured.tlsMs = timings.at(3).toInt();
    measured.ttfbMs = timings.at(4).toInt();
    measured.totalMs = timings.at(5).toInt();
    const QList<int> stages = stageDurations(measured);
    const QList<QColor> colors = stageColors(option.palette);

    const QRect area =
        option.rect.adjusted(4, option.rect.height() / 3, -4, -option.rect.height() / 3);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(option.palette.color(QPalette::Midlight));
    painter->drawRoundedRect(area, 2, 2);
    qreal x = area.left() + area.width() * qreal(start) / m_scaleMs;
    for (qsizetype i = 0; i < stages.size(); ++i) {
        const qreal width = area.width() * qreal(stages.at(i)) / m_scaleMs;
        if (width <= 0)
            continue;
        painter->setBrush(colors.at(i));
        painter->drawRect(QRectF(x, area.top(), std::max(1.0, width), area.height()));
        x += width;
    }
    painter->restore();
}

QSize TimingBarDelegate::sizeHint(const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setWidth(std::max(size.width(), 60)); // narrow: the Result column needs the room
    return size;
}

} // namespace gd::ui
