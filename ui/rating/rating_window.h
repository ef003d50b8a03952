// Blind A/B rating, in a window of its own beside the studio: the sessions in the rating
// database on the left (new, import, export, delete), and on the right the judging view and
// the statistics, one tab each.
#pragma once

#include "rating/ab_player.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QTabWidget;
class QTableView;

namespace mars5::ui::rating {

class RatingStore;
class RatingStatsView;
class RatingView;
class SessionListModel;

class RatingWindow : public QMainWindow {
    Q_OBJECT
public:
    // dbPath empty: RatingStore::defaultPath().
    explicit RatingWindow(const QString& dbPath = {}, AbPlayer::Output output = AbPlayer::Output::Device,
                          QWidget* parent = nullptr);
    ~RatingWindow() override;

    RatingStore* store() const { return m_store.get(); }
    RatingView* ratingView() const { return m_ratingView; }
    RatingStatsView* statsView() const { return m_statsView; }
    QTabWidget* tabs() const { return m_tabs; }
    QString errorText() const;

    void startSession(qint64 sessionId);  // opens it in the judging tab
    // sessionId 0: every session. Both re-read the session list first.
    void showStatistics(qint64 sessionId);
    void reloadSessions();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void newSession();
    void importSessions();
    void exportCsv();
    void exportJson();
    void deleteSession();
    qint64 selectedSessionId() const;
    void showError(const QString& text);

    std::unique_ptr<RatingStore> m_store;
    SessionListModel* m_model = nullptr;
    QTableView* m_list = nullptr;
    QTabWidget* m_tabs = nullptr;
    RatingView* m_ratingView = nullptr;
    RatingStatsView* m_statsView = nullptr;
    QLabel* m_error = nullptr;
};

}  // namespace mars5::ui::rating
