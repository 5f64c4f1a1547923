#include "elidedlabel.h"

#include <QMouseEvent>
#include <QToolTip>

namespace gd::ui {

ElidedLabel::ElidedLabel(QWidget *parent) : QLabel(parent)
{
    setTextFormat(Qt::PlainText);
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
}

void ElidedLabel::setFullText(const QString &text)
{
    m_fullText = text;
    setToolTip(text);
    elide();
    updateGeometry();
}

QSize ElidedLabel::minimumSizeHint() const
{
    // A dozen characters and every line: the height follows the text, the width never does.
    const int lines = int(m_fullText.count(u'\n')) + 1;
    return {fontMetrics().averageCharWidth() * 12, fontMetrics().lineSpacing() * lines};
}

QSize ElidedLabel::sizeHint() const
{
    int widest = 0;
    for (const QString &line : m_fullText.split(u'\n'))
        widest = std::max(widest, fontMetrics().horizontalAdvance(line));
    return {std::min(widest, fontMetrics().averageCharWidth() * 80), minimumSizeHint().height()};
}

void ElidedLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    elide();
}

void ElidedLabel::mouseReleaseEvent(QMouseEvent *event)
{
    if (text() != m_fullText)
        QToolTip::showText(event->globalPosition().toPoint(), m_fullText, this);
    QLabel::mouseReleaseEvent(event);
}

void ElidedLabel::elide()
{
    QStringList lines;
    for (const QString &line : m_fullText.split(u'\n'))
        lines.append(fontMetrics().elidedText(line, Qt::ElideRight, std::max(1, width())));
    QLabel::setText(lines.join(u'\n'));
}

} // namespace gd::ui
