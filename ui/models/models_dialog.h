// "Models…": the five files the studio needs (MARS5 AR and NAR, Encodec 24 kHz, Vocos config
// and weights), what was found where, its size, sha256 state and whether it validates (and why
// not), with a folder picker, downloads of what is missing or damaged (progress, speed, time
// left, pause/resume/cancel) and the mirror setting.
//
// Scanning (discovery, sha256, structural checks) runs off the GUI thread; downloads go
// through net/ (DownloadQueue) into the studio's models folder.
#pragma once

#include "mars5/model_files.h"

#include <QDialog>
#include <QStringList>

class QLabel;
class QLineEdit;
class QNetworkAccessManager;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace mars5::net { class DownloadQueue; }

namespace mars5::ui {

class ModelsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelsDialog(QWidget* parent = nullptr,
                          ModelSearchEnvironment environment = ModelSearchEnvironment::fromProcess());
    ~ModelsDialog() override;

    // The last scan (for tests and for the studio to map onto the engine's ModelPaths).
    const ModelInventory& inventory() const { return m_inventory; }
    QString modelsFolder() const;
    bool isBusy() const;

public Q_SLOTS:
    // Finds the files; `hash` also computes sha256 values not in the cache yet.
    void rescan(bool hash = false);
    void downloadMissing();

Q_SIGNALS:
    void scanFinished();
    void inventoryChanged(const mars5::ModelInventory& inventory);

private:
    void buildUi();
    void showInventory();
    void chooseFolder();
    void saveMirror();
    void updateButtons();
    std::vector<ModelRole> rolesToDownload() const;

    ModelSearchEnvironment m_env;
    ModelInventory m_inventory;
    QStringList m_userFolders;
    bool m_scanning = false;
    bool m_scanAgain = false;

    QTreeWidget* m_tree = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_folders = nullptr;
    QLineEdit* m_mirror = nullptr;
    QLabel* m_mirrorNote = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_download = nullptr;
    QPushButton* m_pause = nullptr;
    QPushButton* m_cancel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_progressText = nullptr;
    QNetworkAccessManager* m_network = nullptr;
    net::DownloadQueue* m_queue = nullptr;
};

}  // namespace mars5::ui
