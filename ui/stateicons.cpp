#include "stateicons.h"

#include <QCoreApplication>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

namespace gd::ui {

namespace {

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QPixmap paintState(CheckState state, const QColor &color, int size, qreal ratio)
{
    QPixmap pixmap(int(size * ratio), int(size * ratio));
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box(1, 1, size - 2, size - 2);
    const qreal stroke = std::max(1.5, size / 9.0);
    if (state == CheckState::Pending) {
        painter.setPen(QPen(color, stroke));
        painter.drawEllipse(box.adjusted(stroke, stroke, -stroke, -stroke));
        return pixmap;
    }
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(box);
    QPen glyph(Qt::white, stroke, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter.setPen(glyph);
    painter.setBrush(Qt::NoBrush);
    const qreal s = size;
    switch (state) {
    case CheckState::Pass: {
        QPainterPath tick;
        tick.moveTo(s * 0.28, s * 0.52);
        tick.lineTo(s * 0.44, s * 0.68);
        tick.lineTo(s * 0.72, s * 0.34);
        painter.drawPath(tick);
        break;
    }
    case CheckState::Warn:
        painter.drawLine(QPointF(s * 0.5, s * 0.26), QPointF(s * 0.5, s * 0.58));
        painter.drawPoint(QPointF(s * 0.5, s * 0.74));
        break;
    case CheckState::Fail:
        painter.drawLine(QPointF(s * 0.33, s * 0.33), QPointF(s * 0.67, s * 0.67));
        painter.drawLine(QPointF(s * 0.67, s * 0.33), QPointF(s * 0.33, s * 0.67));
        break;
    case CheckState::Skipped:
        painter.drawLine(QPointF(s * 0.3, s * 0.5), QPointF(s * 0.7, s * 0.5));
        break;
    case CheckState::Running:
        for (const qreal x : {0.3, 0.5, 0.7})
            painter.drawPoint(QPointF(s * x, s * 0.5));
        break;
    case CheckState::Pending:
        break;
    }
    return pixmap;
}

} // namespace

QColor stateColor(CheckState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case CheckState::Pass:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case CheckState::Warn:
        return dark ? QColor(0xff, 0xb7, 0x4d) : QColor(0xb2, 0x6a, 0x00);
    case CheckState::Fail:
        return dark ? QColor(0xef, 0x53, 0x50) : QColor(0xc6, 0x28, 0x28);
    case CheckState::Running:
        return dark ? QColor(0x64, 0xb5, 0xf6) : QColor(0x15, 0x65, 0xc0);
    case CheckState::Skipped:
    case CheckState::Pending:
        break;
    }
    return palette.color(QPalette::Disabled, QPalette::WindowText);
}

QIcon stateIcon(CheckState state, const QPalette &palette)
{
    // Painted once per state and colour: rows repaint their icons on every update.
    static QHash<QRgb, QIcon> cache;
    const QColor color = stateColor(state, palette);
    const QRgb key = color.rgba() ^ (QRgb(state) << 24);
    if (const auto it = cache.constFind(key); it != cache.cend())
        return *it;
    QIcon icon;
    for (const int size : {16, 24, 32})
        for (const qreal ratio : {1.0, 2.0})
            icon.addPixmap(paintState(state, color, size, ratio));
    cache.insert(key, icon);
    return icon;
}

QString stateText(CheckState state)
{
    return checkStateText(state);
}

} // namespace gd::ui
