// The result of rating sessions: a Bradley–Terry ranking of the systems with bootstrap 95%
// intervals (sorted by the lower bound, drawn as bars with interval whiskers), each pair's
// win rate with its Wilson 95% interval and two-sided sign test, ties reported but not
// counted, and plain warnings when there are too few trials to trust the numbers. The
// numbers come from core's mars5::rating::computeStats, as in `mars5-cli rate-stats`. The
// bootstrap runs on BackgroundTasks (about 0.6 s for 30,000 judgements), so the window stays
// live; the previous numbers stay on screen, greyed after a moment, until the new ones arrive.
#pragma once

#include "mars5/rating_stats.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QCPTextElement;
class QCustomPlot;
class QLabel;
class QSplitter;
class QTableWidget;
class QTimer;

namespace mars5::ui {
class NameColumnFitter;
}

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
    // True from a refresh or a change of selection until its numbers are on screen.
    bool isComputing() const { return m_computing; }
    QString warningText() const;
    QCustomPlot* rankingPlot() const { return m_rankingPlot; }
    QCustomPlot* pairPlot() const { return m_pairPlot; }
    QTableWidget* systemTable() const { return m_systems; }
    QTableWidget* pairTable() const { return m_pairs; }
    // Many pairs (an 8-system tournament has 28) do not fit one labelled bar each: the pair plot
    // is then a matrix of win rates, rows against columns, in ranking order.
    bool pairsShownAsMatrix() const { return m_pairMatrix; }

signals:
    // The numbers of the current selection are on screen (a superseded computation says nothing).
    void statsShown();

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void reloadSessionList();
    void recompute();
    void showStats(mars5::rating::RatingStats stats, QStringList warnings);
    void showBusy();
    void fitTables();
    std::vector<mars5::rating::PairStats> orientedPairs() const;
    void fillTables();
    void drawRanking();
    void drawPairs();
    void drawPairBars(const std::vector<mars5::rating::PairStats>& pairs);
    void drawPairMatrix();
    bool pairBarsFit() const;

    RatingStore* m_store;
    mars5::rating::RatingStats m_stats;
    QComboBox* m_sessionBox = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_warnings = nullptr;
    QCustomPlot* m_rankingPlot = nullptr;
    QCustomPlot* m_pairPlot = nullptr;
    QCPTextElement* m_pairTitle = nullptr;
    QTableWidget* m_systems = nullptr;
    QTableWidget* m_pairs = nullptr;
    NameColumnFitter* m_systemNames = nullptr;
    NameColumnFitter* m_pairNames = nullptr;
    QSplitter* m_columns = nullptr;  // the ranking (plot over table) and the pairs side by side
    bool m_tablesSizedByUser = false;  // once the divider is dragged, fitTables() leaves it
    bool m_computing = false;
    bool m_pairMatrix = false;
    int m_generation = 0;  // of the latest computation asked for; older results are dropped
    long m_pendingJudgements = 0;  // for the "computing" line
    QTimer* m_busyDelay = nullptr;  // greys the old numbers only when a computation takes a while
};

}  // namespace mars5::ui::rating
