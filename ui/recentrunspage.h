#pragma once

#include <QSplitter>

namespace gd {
class Session;
}

namespace gd::ui {

class HistoryChart;
class HistoryView;

// Recent runs: the chart above (when it started failing), the list below (what exactly). Both are
// built when the page is first shown, and follow every kept run after that.
class RecentRunsPage final : public QSplitter
{
    Q_OBJECT
public:
    explicit RecentRunsPage(const Session &session, QWidget *parent = nullptr);

    // Reads the history file again (builds the page on first use).
    void refresh();
    bool isBuilt() const { return m_view != nullptr; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    const Session &m_session;
    HistoryChart *m_chart = nullptr;
    HistoryView *m_view = nullptr;
};

} // namespace gd::ui
