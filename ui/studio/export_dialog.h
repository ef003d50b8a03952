// The Export dialog, for one take (a file name) or the history's selection (a folder): where,
// the format (WAV 16/24-bit or float, FLAC 16/24-bit), the sample rate (the model's 24 kHz,
// 44.1 or 48 kHz) and the loudness (as made, or an EBU R128 delivery target). A line under
// the choices says what they do to these takes before anything is written: the gain, the
// peak, and how many samples an integer format would clip. The choices are remembered.
// Measuring a take of 8 s takes 5-6 ms (resampling and the loudness), so a large selection is
// measured on a thread of the dialog's own, the line saying how far it is: the dialog opens at
// once and its choices can be changed or the export started meanwhile.
#pragma once

#include "studio/export_options.h"
#include "util/stoppable_job.h"

#include "mars5/audio.h"

#include <QDialog>

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <utility>
#include <vector>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace mars5::ui {

class ExportDialog : public QDialog {
    Q_OBJECT
public:
    enum class Target { File, Folder };
    // Take i's audio (for the line about peaks and gains), read when needed: on the measuring
    // thread for more than kMeasuredAtOnce takes, so it must not touch the GUI thread's state.
    using TakeAudio = std::function<Result<mars5::AudioBuffer>(int)>;
    // Up to this many takes are measured at once, in the GUI thread (the line is right when the
    // dialog shows); more on the measuring thread.
    static constexpr int kMeasuredAtOnce = 8;
    // `takeAudio` gives the `takeCount` takes to be exported; `suggestedPath`: a file name for
    // Target::File (its suffix follows the format), a folder for Target::Folder.
    ExportDialog(Target target, int takeCount, TakeAudio takeAudio, const QString& suggestedPath, QWidget* parent = nullptr);
    // The same for takes already in memory.
    ExportDialog(Target target, std::vector<mars5::AudioBuffer> takes, const QString& suggestedPath,
                 QWidget* parent = nullptr);

    ExportOptions options() const;
    void setOptions(const ExportOptions& options);
    QString path() const;  // a file (with the format's suffix) or a folder
    void setPath(const QString& path);

    QString summaryText() const;  // the line under the choices
    bool isMeasuring() const { return m_measuring != nullptr; }
    QComboBox* formatBox() const { return m_format; }
    QComboBox* sampleRateBox() const { return m_rate; }
    QComboBox* loudnessBox() const { return m_loudness; }
    QLineEdit* pathEdit() const { return m_path; }
    QPushButton* exportButton() const { return m_exportButton; }

    // Target::Folder: the audio files an export into `folder` with `options` writes (each with
    // its .json beside). With it, Export asks before replacing files that are there already, as
    // it does for one file: an edited export of a take, or another history's take of the same
    // number, is not overwritten unasked.
    using FolderFiles = std::function<QStringList(const QString& folder, const ExportOptions& options)>;
    void setFolderFiles(FolderFiles files) { m_folderFiles = std::move(files); }

    void accept() override;  // remembers the choices

private:
    void browse();
    void updateSummary();

    // What prepareExportAudio makes of one take at one rate and loudness.
    struct TakeFigures {
        mars5::AudioPeak peak;
        std::optional<double> measuredLufs;
        double gainDb = 0.0;
        bool silent = false;
        QString problem;  // why the take cannot be prepared, or ""
    };
    using FiguresKey = std::pair<int, std::optional<double>>;  // rate, loudness
    static TakeFigures measure(const TakeAudio& takeAudio, int take, const ExportOptions& options);  // any thread
    // Measures every take for `key` on the measuring thread (one for another key is stopped).
    void startMeasuring(const FiguresKey& key, const ExportOptions& options);
    void showMeasuring();

    Target m_target;
    FolderFiles m_folderFiles;
    int m_takeCount = 0;
    TakeAudio m_takeAudio;
    std::map<FiguresKey, std::vector<TakeFigures>> m_figures;
    FiguresKey m_measuringKey;
    int m_measured = 0;  // takes of m_measuringKey measured so far
    QLineEdit* m_path = nullptr;
    QComboBox* m_format = nullptr;
    QComboBox* m_rate = nullptr;
    QComboBox* m_loudness = nullptr;
    QLabel* m_summary = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_exportButton = nullptr;
    std::unique_ptr<StoppableJob> m_measuring;  // last: stopped and waited for first
};

}  // namespace mars5::ui
