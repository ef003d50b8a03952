// The result of rating sessions: a Bradley–Terry ranking of the systems with bootstrap 95%
// intervals (sorted by the lower bound, drawn as bars with interval whiskers), each pair's
// win rate with its Wilson 95% interval and two-sided sign test, ties reported but not
// counted, and plain warnings when there are too few trials to trust the numbers. The
// numbers come from core's mars5::rating::computeStats, as in `mars5-cli rate-stats`.
#pragma once

#include "mars5/rating_stats.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QCustomPlot;
class QLabel;
class QSplitter;
class QTableWidget;

namespace mars5::ui::rating {

class RatingStore;

class RatingStatsView : public QWidget {
    Q_OBJECT
public:
    explicit RatingStatsView(RatingStore* store, QWidget* parent = nullptr);
    ~RatingStatsView() override;

    // Re-reads the sessions and shows `sessionId`, or all sessions (every rater) together.
    // The list also offers each session name judged by several raters, merged.
    void refresh(std::optional<qint64> sessionId = {});
    void showMergedRaters(const QString& sessionName);
    std::optional<qint64> selectedSession() const;

    const mars5::rating::RatingStats& stats() const { return m_stats; }
    QString warningText() const;
    QCustomPlot* rankingPlot() const { return m_rankingPlot; }
    QCustomPlot* pairPlot() const { return m_pairPlot; }
    QTableWidget* systemTable() const { return m_systems; }
    QTableWidget* pairTable() const { return m_pairs; }

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void recompute();
    void fitTables();
    std::vector<mars5::rating::PairStats> orientedPairs() const;
    void fillTables();
    void drawRanking();
    void drawPairs();

    RatingStore* m_store;
    mars5::rating::RatingStats m_stats;
    QComboBox* m_sessionBox = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_warnings = nullptr;
    QCustomPlot* m_rankingPlot = nullptr;
    QCustomPlot* m_pairPlot = nullptr;
    QTableWidget* m_systems = nullptr;
    QTableWidget* m_pairs = nullptr;
    QSplitter* m_columns = nullptr;  // the ranking (plot over table) and the pairs side by side
    bool m_tablesSizedByUser = false;  // once the divider is dragged, fitTables() leaves it
};

}  // namespace mars5::ui::rating
