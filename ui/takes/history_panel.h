// The take history panel, docked into the studio window: the takes as a table (newest
// first) with search, a preset filter, "starred only" and "with a note only"; rename (edit the name, F2),
// star (the ★ cell), delete (Del) with undo (Ctrl+Z inside the panel), play, render again
// from the stored settings and seed, and export the selected takes (WAV or FLAC + provenance
// sidecar each). Beside the table: the selected take's internals (codebook heatmap,
// diffusion scrubbing, L0 timeline, play coarse / first k codebooks) and the comparison of
// two selected takes (Compare), and the takes of an "N takes" run side by side (Variations).
#pragma once

#include "studio/export_options.h"

#include "takes/take_reuse.h"
#include "takes/take_store.h"

#include "mars5/audio.h"

#include <QWidget>

#include <memory>
#include <utility>

class QToolButton;
class QComboBox;
class QLabel;
class QLineEdit;
class QMenu;
class QMimeData;
class QProgressBar;
class QPushButton;
class QTableView;
class QTabWidget;
class QSpinBox;

namespace mars5 { class Mars5Engine; }

namespace mars5::ui {
class PlaybackEngine;
}

namespace mars5::ui::takes {

class BatchExport;
struct BatchExportSummary;
class TakeFilterProxy;
class TakeHistoryModel;
class TakeInternalsView;
class CompareView;
class VariationsView;

class HistoryPanel : public QWidget {
    Q_OBJECT
public:
    // store: opened (or not: the panel says why takes are not kept); not owned.
    explicit HistoryPanel(TakeStore* store, QWidget* parent = nullptr);
    ~HistoryPanel() override;

    TakeHistoryModel* model() const { return m_model; }
    TakeFilterProxy* proxy() const { return m_proxy; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchEdit() const { return m_search; }
    // The selected take's note: written when the field is left or Enter is pressed (and before
    // the selection moves on); Escape puts back the note as it was.
    QLineEdit* noteEdit() const { return m_note; }
    QComboBox* presetFilter() const { return m_preset; }
    QToolButton* starredOnly() const { return m_starred; }
    QToolButton* notedOnly() const { return m_noted; }
    TakeInternalsView* internalsView() const { return m_internals; }
    CompareView* compareView() const { return m_compare; }
    VariationsView* variationsView() const { return m_variations; }
    QSpinBox* variationCount() const { return m_variationCount; }
    // A new "N takes" run: the Variations tab waits for its takes.
    void startVariations(const QString& group, int count);
    QTabWidget* detailTabs() const { return m_tabs; }
    // The detail views sit in scroll areas (so a short dock still fits the window): these
    // select and report tabs by the view itself.
    void showDetail(QWidget* view);
    QWidget* currentDetail() const;
    PlaybackEngine* playback() const { return m_playback; }

    void setEngine(std::shared_ptr<mars5::Mars5Engine> engine);
    // A take the studio just stored: listed at the top and selected.
    void addTake(const TakeRecord& take);
    // The store could not be opened: the panel says so (takes are not kept this session), and
    // offers "Start a new history" when the store can set the file aside.
    void setStoreProblem(const QString& message);
    QPushButton* startAgainButton() const { return m_startAgain; }
    // Take folders that this history has no row for but whose records read (a history that
    // was replaced, or damaged before "Start a new history"): the panel offers to restore them.
    QPushButton* restoreButton() const { return m_restore; }
    QPushButton* notNowButton() const { return m_notNow; }
    // The store is not kept, or takes can be restored: the dock should show.
    bool needsAttention() const;
    QList<qint64> selectedIds() const;
    // "Use ▾": the selected take's voice, text and settings (or one of them) back into the
    // studio, to go on from it (take_reuse.h); the same menu opens on a row's right click.
    QPushButton* useButton() const { return m_use; }
    void selectTake(qint64 id);
    QString statusText() const;

    // Starts writing each selected take as <folder>/<id>-<name>.wav (or .flac) + .json (id
    // zero-padded to 4 digits, so the files sort in the order the takes were made) on a thread
    // of its own (batch_export.h): a bar under the list shows the progress, with Stop. Empty
    // when it started, else why not (nothing selected, or an export still running). When it
    // ends, the status line says how many were written and how many clip, and exportFinished
    // gives the problems (the other takes are still written).
    QString exportSelected(const QString& folder, const ExportOptions& options = {});
    bool isExporting() const { return m_batch != nullptr; }
    std::pair<int, int> exportProgress() const;  // takes done, of how many (0, 0: none running)
    QPushButton* stopExportButton() const { return m_stopExport; }
    // The audio files exportSelected(folder, options) writes, in the selection's order.
    QStringList exportPaths(const QString& folder, const ExportOptions& options = {}) const;
    // The takes as files, for a drag out of the list or the clipboard: made with the last
    // export's choices in each take's folder (take_drag_files.h). Null (and the status line
    // says why) when no take has a file; takes that have none are named in the status line.
    QMimeData* takeFiles(const QList<qint64>& ids);

public slots:
    void deleteSelected();
    // Stars the selected takes, or takes the star off when all of them have one (the
    // studio's Ctrl+K: the take just made is the selected one). False with nothing selected.
    bool toggleStarSelected();
    // Puts the keyboard in the selected take's note, its text selected; false when not exactly
    // one take is selected.
    bool editNoteOfSelected();
    void undo();
    void playSelected();
    // Asks the window to bring `parts` of the selected take into the studio; false (and the
    // status line says so) unless exactly one take is selected.
    bool useSelected(mars5::ui::takes::TakeParts parts = mars5::ui::takes::kWholeTake);
    void exportSelectedWithDialog();
    // Ctrl+C in the list: the selected takes' files on the clipboard, to paste into a folder or
    // another program. False (and the status line says why) when nothing was copied.
    bool copySelectedFiles();
    bool copyFiles(const QList<qint64>& ids);  // the same for these takes
    // Stops the export after the take being written (Stop under the list; quitting).
    void stopExport();
    // The takes the list shows (its search and filters applied), in its order, as a CSV table
    // (take_list_csv.h); empty on success, else why not (also shown in the status line).
    QString exportTakeList(const QString& path);
    void exportTakeListWithDialog();
    void refreshPresetFilter();
    // The two selected takes in the Compare tab (A = the older). False unless two are selected.
    bool compareSelected();
    // Sets the refused takes database aside and starts a new history with the takes it still
    // holds (TakeStore::startAgain); the status line says how many and where the file went.
    void startNewHistory();
    // Restores the stray takes from their folders' records (TakeStore::restoreStrayTakes); at
    // any time (File ▸ Restore Takes from Their Folders), so it says so when there are none.
    void restoreStrayTakes();
    // "Not now": the offer of these stray takes is not made again (a different set is).
    void declineStrayTakes();

signals:
    // "Render again" on a take: the window queues the take's re-render request.
    void rerenderRequested(qint64 takeId);
    // "Use": the window puts these parts of the take into its panels.
    void useRequested(qint64 takeId, mars5::ui::takes::TakeParts parts);
    // "N takes": the window queues `count` takes of the current text and settings.
    void variationsRequested(int count);
    void selectionChanged(qint64 takeId);  // 0: none
    // An export of the selected takes is about to start on its thread (its progress comes from
    // `batch`, which the panel owns).
    void exportStarted(mars5::ui::takes::BatchExport* batch);
    // An export of the selected takes ended: empty when every take was written and it was not
    // stopped, else the problems and what was left out, in plain words.
    void exportFinished(const QString& problems);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void onCurrentChanged();
    // The menu of "Use ▾" (also the rows' context menu's submenu).
    QMenu* makeUseMenu(QWidget* parent);
    void showRowMenu(const QPoint& at);
    // Writes the note field to the take it shows, if the user changed it; then the field
    // shows the selected take's note.
    void commitNote();
    void showNoteOfSelection();
    void showStatus(const QString& text, bool problem = false);
    // Looks for stray take folders and offers to restore them.
    void offerStrayTakes();
    // Lists the reloaded history and its presets; false (and says why) when it cannot be read.
    bool reloadHistory();
    void exportProgressed(int done, int total);
    void exportEnded(const BatchExportSummary& summary);

    TakeStore* m_store;
    TakeHistoryModel* m_model;
    TakeFilterProxy* m_proxy;
    QTableView* m_view = nullptr;
    QLineEdit* m_search = nullptr;
    QLineEdit* m_note = nullptr;
    qint64 m_noteTakeId = 0;  // the take the note field shows (0: none)
    QComboBox* m_preset = nullptr;
    QToolButton* m_starred = nullptr;
    QToolButton* m_noted = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_rerender = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_delete = nullptr;
    QPushButton* m_undo = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_compareButton = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_startAgain = nullptr;
    QPushButton* m_restore = nullptr;
    QPushButton* m_notNow = nullptr;
    QString m_offeredDigest;  // of the stray takes offered
    QTabWidget* m_tabs = nullptr;
    TakeInternalsView* m_internals = nullptr;
    CompareView* m_compare = nullptr;
    VariationsView* m_variations = nullptr;
    QSpinBox* m_variationCount = nullptr;
    QPushButton* m_variationsButton = nullptr;
    PlaybackEngine* m_playback = nullptr;
    BatchExport* m_batch = nullptr;  // the export running (owned by the panel)
    QString m_batchFolder;
    ExportOptions m_batchOptions;
    QProgressBar* m_exportProgress = nullptr;
    QPushButton* m_stopExport = nullptr;
};

}  // namespace mars5::ui::takes
