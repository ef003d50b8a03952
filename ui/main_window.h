// The studio's main window: menus, status bar and the audio panel. It opens without any
// model; the status bar says plainly that synthesis needs one.
#pragma once

#include <QMainWindow>

class QAction;
class QCloseEvent;
class QLabel;

namespace mars5::ui {

class AudioPanel;
namespace rating { class RatingWindow; }

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // Screenshots for the docs use the default layout, so they look the same on every
    // machine, and leave the user's saved layout alone.
    enum class SavedLayout { Use, Ignore };

    explicit MainWindow(SavedLayout savedLayout = SavedLayout::Use, QWidget* parent = nullptr);
    ~MainWindow() override;

    AudioPanel* audioPanel() const { return m_audioPanel; }
    QAction* playStopAction() const { return m_playStop; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void createMenus();
    void createStatusBar();
    void updateTitle();
    void updateOutputStatus();
    void showAbout();

    SavedLayout m_savedLayout;
    AudioPanel* m_audioPanel = nullptr;
    QAction* m_open = nullptr;
    QAction* m_quit = nullptr;
    QAction* m_playStop = nullptr;
    QAction* m_about = nullptr;
    QAction* m_aboutQt = nullptr;
    QLabel* m_modelStatus = nullptr;
    QLabel* m_outputStatus = nullptr;
    rating::RatingWindow* m_ratingWindow = nullptr;  // created on first use
};

}  // namespace mars5::ui
