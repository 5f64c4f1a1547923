#pragma once

#include <QWidget>

namespace gd::ui {

// The key to the timing bars: which colour is which stage.
class TimingLegend final : public QWidget
{
    Q_OBJECT
public:
    explicit TimingLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_stages;
};

} // namespace gd::ui
