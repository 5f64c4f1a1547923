#pragma once

#include <QLabel>

namespace gd::ui {

// A label whose text never sets the window's width: each line is cut with "…" to the space the
// layout gives it, and the whole text is in the tooltip and one click away.
class ElidedLabel final : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    void elide();

    QString m_fullText;
};

} // namespace gd::ui
