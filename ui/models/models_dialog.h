// "Models…": the five files the studio needs (MARS5 AR and NAR, Encodec 24 kHz, Vocos config
// and weights), what was found where, its size, sha256 state and whether it validates (and why
// not), with a folder picker, downloads of what is missing or damaged (progress, speed, time
// left, pause/resume/cancel) and the mirror setting.
//
// Scanning (discovery, sha256, structural checks) runs off the GUI thread; downloads go
// through net/ (DownloadQueue) into the studio's models folder. It also says which files the
// studio uses now (they may be elsewhere, chosen in Set up model), and once every role has a
// usable file, "Use these files" asks the studio to load them.
#pragma once

#include "mars5/engine.h"
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
    // The best usable file found for each role (empty paths for roles without one).
    ModelPaths foundPaths() const;
    // The files the studio has loaded (empty: none), shown above the list and marked in it.
    void setInUse(const ModelPaths& paths);
    // A load failed: the reason, under the files in use (a failed load keeps the loaded model).
    void showLoadFailure(const QString& message);

public Q_SLOTS:
    // Finds the files; `hash` also computes sha256 values not in the cache yet.
    void rescan(bool hash = false);
    void downloadMissing();

Q_SIGNALS:
    void scanFinished();
    void inventoryChanged(const mars5::ModelInventory& inventory);
    // "Use these files": every role has a usable file; the studio should load them.
    void useFilesRequested(const mars5::ModelPaths& paths);

private:
    void buildUi();
    void showInventory();
    void showInUse();
    bool isInUse(ModelRole role, const FoundModelFile& file) const;
    void chooseFolder();
    void saveMirror();
    void updateButtons();
    std::vector<ModelRole> rolesToDownload() const;

    ModelSearchEnvironment m_env;
    ModelInventory m_inventory;
    ModelPaths m_inUse;
    QStringList m_userFolders;
    bool m_scanning = false;
    bool m_scanAgain = false;

    QTreeWidget* m_tree = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_inUseText = nullptr;
    QPushButton* m_use = nullptr;
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
