// Model setup: point at the MARS5 files (AR, NAR, Encodec, Vocos, and Vocos' config.yaml,
// optional when it sits beside the weights) or at one folder holding them, or let the
// studio look in the usual places (Hugging Face and torch caches, the studio's models
// folder). "Load" checks every file with the real loaders on the worker thread, shows what
// passed and what failed and why, then loads the engine, with progress. Closing the dialog
// never blocks; the window stays usable without a model.
#pragma once

#include "studio/synthesis_controller.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace mars5::ui {

class ModelSetupDialog : public QDialog {
    Q_OBJECT
public:
    explicit ModelSetupDialog(SynthesisController* controller, QWidget* parent = nullptr);

    // Fills the fields from ModelPaths::fromFolder; false (and the reason shown) when
    // files are missing (the ones found are still filled in).
    bool useFolder(const QString& folder);
    // Files or a folder dropped on the dialog: a folder is used as by useFolder; files are put
    // in their fields by their names (mars5/model_paths_by_name.h), the other fields kept, and
    // the status names any file whose name says nothing (drop it on its own field). False when
    // nothing was put in place, or something was left out.
    bool dropFiles(const QStringList& paths);
    // Fills the fields from the model manager's discovery of the usual places.
    bool searchUsualPlaces();
    mars5::ModelPaths paths() const;
    void setPaths(const mars5::ModelPaths& paths);
    // Starts checking and loading on the worker thread.
    bool startLoading();

    QString statusText() const;
    // Shown after a load that failed because the files sat in each other's slots (the AR and NAR
    // swapped, say): moves each to its place and loads again.
    QPushButton* arrangeButton() const { return m_arrange; }
    QTreeWidget* results() const { return m_results; }
    QLineEdit* fileEdit(int i) const { return m_files[i]; }  // 0 AR, 1 NAR, 2 Encodec, 3 Vocos, 4 Vocos config
    // "Run on" and "Precision": where the next load puts the model (saved once a load succeeds).
    QComboBox* deviceChoice() const { return m_device; }
    QComboBox* precisionChoice() const { return m_precision; }
    ComputeChoice computeChoice() const;
    void setComputeChoice(const ComputeChoice& choice);

    // The paths last loaded successfully (QSettings), for loading at start-up.
    static mars5::ModelPaths savedPaths();
    // Keeps `paths` for the next start (the main window calls it after every successful load,
    // whichever dialog asked for it).
    static void savePaths(const mars5::ModelPaths& paths);

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    // A file dropped on its own field goes there; anything else dropped on a field goes to dropFiles.
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onFileChecked(const ModelFileCheck& check);
    void onLoaded(LoadedModelsPtr models);
    void onFailed(const QString& message);
    void onMisplaced(const mars5::ModelPaths& arranged, bool complete);
    void onStep(const QString& step, int done, int total);
    void setBusy(bool busy);
    void setStatus(const QString& html, bool error);

    SynthesisController* m_controller;
    QLineEdit* m_folder = nullptr;
    QLineEdit* m_files[5] = {};
    QComboBox* m_device = nullptr;
    QComboBox* m_precision = nullptr;
    std::optional<ComputeChoice> m_requested;  // what this dialog's last "Check and load" asked for
    QTreeWidget* m_results = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_load = nullptr;
    QPushButton* m_arrange = nullptr;
    std::optional<mars5::ModelPaths> m_arranged;  // what m_arrange puts in the fields
    bool m_arrangedComplete = false;             // and whether every refused file then passes
    QDialogButtonBox* m_buttons = nullptr;
};

}  // namespace mars5::ui
