#pragma once

#include <QStyledItemDelegate>

namespace gd::ui {

// Paints a check's stage timings as one small stacked bar: DNS, connect, TLS, waiting for the
// first byte, receiving. All rows share one scale so their bars compare.
class TimingBarDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    static constexpr int kTimingsRole =
        Qt::UserRole + 10; // QVariantList {dns, connect, tls, ttfb, total}

    using QStyledItemDelegate::QStyledItemDelegate;
    void setScaleMs(int scaleMs) { m_scaleMs = std::max(1, scaleMs); }
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    static QList<QColor> stageColors(const QPalette &palette);

private:
    int m_scaleMs = 1;
};

} // namespace gd::ui
