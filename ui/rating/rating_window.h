// Blind A/B rating, in a window of its own beside the studio: the sessions in the rating
// database on the left (new, import, export, delete), and on the right the judging view and
// the statistics, one tab each. While a session is being judged the statistics tab is locked
// (they would show which system is which), with the reason and a way out shown above the tabs.
// A session can also synthesize its takes with the studio's loaded model (setStudio).
#pragma once

#include "rating/ab_player.h"

#include "mars5/inference_config.h"

#include <QMainWindow>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QSplitter;
class QTabWidget;
class QTableView;

namespace mars5::ui {
class SynthesisController;
}

namespace mars5::ui::rating {

class NewSessionDialog;

class RatingStore;
class RatingStatsView;
class RatingView;
class SessionListModel;

class RatingWindow : public QMainWindow {
    Q_OBJECT
public:
    // dbPath empty: the ratings file used last (Change…), if it is still there, else
    // RatingStore::defaultPath().
    explicit RatingWindow(const QString& dbPath = {}, AbPlayer::Output output = AbPlayer::Output::Device,
                          QWidget* parent = nullptr);
    ~RatingWindow() override;

    RatingStore* store() const { return m_store.get(); }
    RatingView* ratingView() const { return m_ratingView; }
    RatingStatsView* statsView() const { return m_statsView; }
    QTabWidget* tabs() const { return m_tabs; }
    QString errorText() const;

    // The studio's synthesis controller (its loaded engine is shared, never reloaded) and its
    // current settings, for sessions that synthesize their takes.
    void setStudio(SynthesisController* controller, std::function<mars5::InferenceConfig()> settings);
    // Opens the new-session dialog (window-modal); the session is created when it is accepted.
    NewSessionDialog* newSession();
    // Where synthesized takes are kept: rating-takes/ beside the database.
    QString takesRoot() const;

    // Blinding: true while a session is open for judging and not finished; the statistics
    // tab is then disabled and judgingBanner() says why.
    bool isJudging() const;
    QString judgingBannerText() const;
    void stopJudging();  // closes the session being judged (its judgements are saved) and unlocks the statistics

    void startSession(qint64 sessionId);  // opens it in the judging tab
    // sessionId 0: every session. Both re-read the session list first.
    void showStatistics(qint64 sessionId);
    void reloadSessions();
    // Shown under the error when the database was refused as damaged: sets it aside and
    // starts a new one with every session, trial and judgement still readable from it.
    QPushButton* startAgainButton() const { return m_startAgain; }
    void startNewDatabase();
    // Judging goes on in another ratings file (an existing one, or a new one at `path`): one per
    // project, or a way out when this one cannot be used. A session being judged is stopped
    // first (its judgements are saved). The file is used again next time; when it cannot be
    // opened, the window stays with the file it had, and says why. False then.
    bool useDatabase(const QString& path);
    void chooseDatabase();  // Change…: asks for the file
    QPushButton* changeDatabaseButton() const { return m_changeDatabase; }
    QString databaseLabelText() const;

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    static QString blindedToolTip();  // the Statistics tab's and button's tip while a session is judged
    void createFromDialog(NewSessionDialog* dialog);
    void updateBlinding();
    void importSessions();
    void exportCsv();
    void exportJson();
    void deleteSession();
    qint64 selectedSessionId() const;
    void updateSelectionButtons();
    void showError(const QString& text);
    int sessionPanelWidth() const;  // what the session list's columns and the buttons need
    void showDatabase();            // the file's name beside Change…, its path in the tooltip

    std::unique_ptr<RatingStore> m_store;
    SessionListModel* m_model = nullptr;
    QTableView* m_list = nullptr;
    QSplitter* m_splitter = nullptr;
    bool m_splitterMovedByUser = false;  // then the session list keeps the width the user gave it
    QList<QPushButton*> m_forSelection;  // buttons that act on the selected session
    QPushButton* m_statisticsButton = nullptr;  // one of them, also locked while a session is judged
    QTabWidget* m_tabs = nullptr;
    RatingView* m_ratingView = nullptr;
    RatingStatsView* m_statsView = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_startAgain = nullptr;
    QLabel* m_databaseLabel = nullptr;
    bool m_rememberFile = false;  // the file is the one to open next time (not one a caller named)
    QPushButton* m_changeDatabase = nullptr;
    QWidget* m_banner = nullptr;
    QLabel* m_bannerText = nullptr;
    SynthesisController* m_controller = nullptr;
    std::function<mars5::InferenceConfig()> m_settings;
};

}  // namespace mars5::ui::rating
