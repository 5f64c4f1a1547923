#include "historychart.h"

#include "results/checknames.h"
#include "stateicons.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace gd::ui {
namespace {

// Distinct on light and dark windows, and not the state colours (red marks a failure).
const QList<QColor> kLineColors = {QColor(0x1e, 0x88, 0xe5), QColor(0x8e, 0x24, 0xaa),
                                   QColor(0x00, 0x89, 0x7b), QColor(0xf4, 0x51, 0x1e),
                                   QColor(0x6d, 0x4c, 0x41), QColor(0x3f, 0x51, 0xb5),
                                   QColor(0xc0, 0xca, 0x33), QColor(0x00, 0xac, 0xc1),
                                   QColor(0xd8, 0x1b, 0x60), QColor(0x78, 0x90, 0x9c)};

// Said in rehearsal, where runs happen but are not kept.
QString rehearsalNote()
{
    return HistoryChart::tr("Rehearsal runs are not kept in Recent runs.");
}

bool runFailed(const RunReport &run)
{
    return std::any_of(run.checks.cbegin(), run.checks.cend(),
                       [](const CheckResult &check) { return check.state == CheckState::Fail; });
}

const CheckResult *checkIn(const RunReport &run, const QString &id)
{
    for (const CheckResult &check : run.checks) {
        if (check.id == id)
            return &check;
    }
    return nullptr;
}

// A round top for the y axis: 1, 2 or 5 times a power of ten.
double niceCeiling(double value)
{
    if (value <= 0)
        return 1;
    const double power = std::pow(10.0, std::floor(std::log10(value)));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (value <= step * power)
            return step * power;
    }
    return 10 * power;
}

} // namespace

HistoryChart::HistoryChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(u"historyChart"_s);
    setAccessibleName(tr("Duration per check over recent runs"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    updateDescription();
}

void HistoryChart::showRuns(const QList<RunReport> &runs)
{
    m_runs = runs;
    std::reverse(m_runs.begin(), m_runs.end());
    m_checkIds.clear();
    for (const RunReport &run : std::as_const(m_runs)) {
        for (const CheckResult &check : run.checks) {
            if (!m_checkIds.contains(check.id))
                m_checkIds.append(check.id);
        }
    }
    updateDescription();
    update();
}

int HistoryChart::failureMarks() const
{
    int marks = 0;
    for (const RunReport &run : m_runs) {
        for (const CheckResult &check : run.checks)
            marks += check.state == CheckState::Fail ? 1 : 0;
    }
    return marks;
}

int HistoryChart::failingSince() const
{
    int since = -1;
    for (int i = int(m_runs.size()) - 1; i >= 0 && runFailed(m_runs.at(i)); --i)
        since = i;
    return since;
}

QList<qreal> HistoryChart::runPositions() const
{
    // By start time, so a stall between runs shows as a gap (watching runs every few minutes; a
    // run that was skipped or late is the story). Runs in the same second, or a clock that went
    // back, fall back to even steps: points never stack or run backwards.
    const qsizetype count = m_runs.size();
    QList<qreal> positions;
    if (count == 1)
        return {0.5};
    const qint64 first = m_runs.constFirst().startedAt.toMSecsSinceEpoch();
    const qint64 span = m_runs.constLast().startedAt.toMSecsSinceEpoch() - first;
    bool inOrder = span > 0;
    for (qsizetype i = 1; inOrder && i < count; ++i)
        inOrder = m_runs.at(i).startedAt >= m_runs.at(i - 1).startedAt;
    for (qsizetype i = 0; i < count; ++i) {
        positions.append(inOrder ? qreal(m_runs.at(i).startedAt.toMSecsSinceEpoch() - first) / span
                                 : qreal(i) / qreal(count - 1));
    }
    return positions;
}

void HistoryChart::setRehearsing(bool rehearsing)
{
    if (std::exchange(m_rehearsing, rehearsing) == rehearsing)
        return;
    updateDescription();
    update();
}

void HistoryChart::updateDescription()
{
    const int since = failingSince();
    QString description;
    if (m_runs.isEmpty())
        description = m_rehearsing ? QString() : tr("No runs yet.");
    else if (since < 0)
        description = tr("The last run passed.");
    else
        description = tr("Failing since %1.")
                          .arg(QLocale().toString(m_runs.at(since).startedAt.toLocalTime(),
                                                  QLocale::ShortFormat));
    if (m_rehearsing)
        description = QString(rehearsalNote() + u' ' + description).trimmed();
    setAccessibleDescription(description);
}

void HistoryChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colors = palette();
    painter.fillRect(rect(), colors.color(QPalette::Base));
    const QFontMetrics metrics = fontMetrics();
    const int line = metrics.height();

    if (m_runs.isEmpty()) {
        painter.setPen(colors.color(QPalette::PlaceholderText));
        painter.drawText(rect().adjusted(8, 8, -8, -8), Qt::AlignCenter | Qt::TextWordWrap,
                         m_rehearsing ? rehearsalNote() + u'\n' +
                                            tr("The chart shows the runs made with your own key.")
                                      : tr("No runs yet: the chart fills as the test runs."));
        return;
    }

    int x = 8;
    int y = 6;
    if (m_rehearsing) {
        // The runs below are the person's own, from before: the rehearsal adds none.
        painter.setPen(colors.color(QPalette::PlaceholderText));
        painter.drawText(QRect(x, y, width() - 16, line), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(rehearsalNote(), Qt::ElideRight, width() - 16));
        y += line + 4;
    }
    // The legend: one entry per check, in the line's colour, wrapping as needed.
    for (int i = 0; i < m_checkIds.size(); ++i) {
        const QString name = checkDisplayName(m_checkIds.at(i));
        const int width = 18 + metrics.horizontalAdvance(name) + 14;
        if (x + width > this->width() - 8 && x > 8) {
            x = 8;
            y += line + 2;
        }
        painter.setPen(QPen(kLineColors.at(i % kLineColors.size()), 2.5));
        painter.drawLine(x, y + line / 2, x + 14, y + line / 2);
        painter.setPen(colors.color(QPalette::Text));
        painter.drawText(QRect(x + 18, y, width, line), Qt::AlignLeft | Qt::AlignVCenter, name);
        x += width;
    }
    const int legendBottom = y + line + 8;

    // The plot area, with the duration axis on the left and the time axis below.
    double maxMs = 0;
    for (const RunReport &run : std::as_const(m_runs)) {
        for (const CheckResult &check : run.checks)
            maxMs = std::max(maxMs, double(check.ms));
    }
    const double top = niceCeiling(maxMs);
    const QString topLabel = tr("%1 ms").arg(QLocale().toString(top, 'f', 0));
    const QRect plot(metrics.horizontalAdvance(topLabel) + 14, legendBottom,
                     width() - metrics.horizontalAdvance(topLabel) - 30,
                     height() - legendBottom - line - 14);
    if (plot.width() < 40 || plot.height() < 30)
        return;
    const int count = int(m_runs.size());
    const QList<qreal> positions = runPositions();
    auto xFor = [&](int index) { return plot.left() + plot.width() * positions.at(index); };
    auto yFor = [&](double ms) { return plot.bottom() - plot.height() * ms / top; };

    // Failing runs: a tinted band the height of the plot, so when it began stands out. Each run's
    // band reaches halfway to its neighbours.
    QColor failTint = stateColor(CheckState::Fail, colors);
    failTint.setAlpha(40);
    for (int i = 0; i < count; ++i) {
        if (!runFailed(m_runs.at(i)))
            continue;
        const double left = i == 0 ? (count == 1 ? plot.left() : xFor(0) - (xFor(1) - xFor(0)) / 2)
                                   : (xFor(i - 1) + xFor(i)) / 2;
        const double right = i == count - 1 ? (count == 1 ? plot.right() + 1.0
                                                          : xFor(i) + (xFor(i) - xFor(i - 1)) / 2)
                                            : (xFor(i) + xFor(i + 1)) / 2;
        // At least a few pixels, so a failure between two close runs is still seen.
        const double width = std::max(right - left, 6.0);
        painter.fillRect(QRectF((left + right - width) / 2, plot.top(), width, plot.height())
                             .intersected(QRectF(plot)),
                         failTint);
    }

    // Grid and axes.
    painter.setPen(QPen(colors.color(QPalette::Mid), 1, Qt::DotLine));
    for (int step = 1; step <= 4; ++step) {
        const double gridY = yFor(top * step / 4);
        painter.drawLine(QPointF(plot.left(), gridY), QPointF(plot.right(), gridY));
    }
    painter.setPen(colors.color(QPalette::Text));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());
    painter.drawText(QRect(0, plot.top() - line / 2, plot.left() - 6, line),
                     Qt::AlignRight | Qt::AlignVCenter, topLabel);
    painter.drawText(QRect(0, plot.bottom() - line / 2, plot.left() - 6, line),
                     Qt::AlignRight | Qt::AlignVCenter, u"0"_s);
    const auto when = [](const RunReport &run) {
        return QLocale().toString(run.startedAt.toLocalTime(), QLocale::ShortFormat);
    };
    painter.drawText(QRect(plot.left(), plot.bottom() + 4, plot.width(), line),
                     Qt::AlignLeft | Qt::AlignTop, when(m_runs.constFirst()));
    if (count > 1)
        painter.drawText(QRect(plot.left(), plot.bottom() + 4, plot.width(), line),
                         Qt::AlignRight | Qt::AlignTop, when(m_runs.constLast()));

    // One line per check; a gap where a run did not have the check; failures crossed.
    const QColor failColor = stateColor(CheckState::Fail, colors);
    for (int c = 0; c < m_checkIds.size(); ++c) {
        const QColor color = kLineColors.at(c % kLineColors.size());
        QPainterPath path;
        bool drawing = false;
        for (int i = 0; i < count; ++i) {
            const CheckResult *check = checkIn(m_runs.at(i), m_checkIds.at(c));
            if (!check || check->state == CheckState::Skipped) {
                drawing = false;
                continue;
            }
            const QPointF point(xFor(i), yFor(check->ms));
            drawing ? path.lineTo(point) : path.moveTo(point);
            drawing = true;
        }
        painter.setPen(QPen(color, 2));
        painter.setBrush(Qt::NoBrush);
        painter.drawPath(path);
        for (int i = 0; i < count; ++i) {
            const CheckResult *check = checkIn(m_runs.at(i), m_checkIds.at(c));
            if (!check || check->state == CheckState::Skipped)
                continue;
            const QPointF point(xFor(i), yFor(check->ms));
            if (check->state == CheckState::Fail) {
                painter.setPen(QPen(failColor, 2.5));
                painter.drawLine(point + QPointF(-5, -5), point + QPointF(5, 5));
                painter.drawLine(point + QPointF(-5, 5), point + QPointF(5, -5));
            } else {
                painter.setPen(Qt::NoPen);
                painter.setBrush(color);
                painter.drawEllipse(point, 2.5, 2.5);
            }
        }
    }
}

} // namespace gd::ui
