#pragma once

#include "results/runreport.h"

#include <QWidget>

namespace gd::ui {

// Recent runs as a chart: for each check, its duration per run over time (one line per check),
// failures marked with a cross on the line and a tinted band behind the run, so a person sees at
// a glance when it started failing. Painted with QPainter: a few dozen points need no chart
// library (and the package no Qt Charts dependency).
class HistoryChart final : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryChart(QWidget *parent = nullptr);

    // The runs as the history gives them (newest first); drawn oldest on the left.
    void showRuns(const QList<RunReport> &runs);

    // What is drawn, for tests and screen readers.
    int runCount() const { return int(m_runs.size()); }
    QStringList checkIds() const { return m_checkIds; }
    int failureMarks() const;
    // Index (oldest first) of the first run of the latest stretch of failing runs; -1 if the last
    // run passed.
    int failingSince() const;
    // Where each run sits across the plot, oldest first: 0 is the left edge, 1 the right.
    QList<qreal> runPositions() const;

    // In rehearsal the window's runs are the simulator's and are not kept: the chart says so
    // instead of "No runs yet" (the person's own runs, if any, are still shown).
    void setRehearsing(bool rehearsing);
    bool isRehearsing() const { return m_rehearsing; }

    QSize sizeHint() const override { return {640, 240}; }
    QSize minimumSizeHint() const override { return {320, 160}; }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateDescription();

    QList<RunReport> m_runs; // oldest first
    QStringList m_checkIds;  // in the suite's order
    bool m_rehearsing = false;
};

} // namespace gd::ui
