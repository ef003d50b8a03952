// Setting up a blind rating session: its name and rater, where the comparisons come from
// (two folders paired by name: take vs take; several folders: a tournament; a dataset's
// recordings against a folder of takes; a dataset's recordings against takes the studio
// synthesizes now with its loaded model, see session_synthesis.h), and how it is judged (no-preference allowed,
// strength asked, loudness target, seed). The preview line says how many comparisons the
// choice gives and which files were left out, before anything is stored.
#pragma once

#include "rating/rating_store.h"
#include "rating/session_sources.h"
#include "rating/session_synthesis.h"

#include <QDialog>

#include <functional>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mars5::ui::rating {

class NewSessionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { TakeVsTake, Tournament, Dataset, Synthesized };

    explicit NewSessionDialog(QWidget* parent = nullptr);
    ~NewSessionDialog() override;  // a synthesis still running is cancelled and its takes removed

    // The studio's engine and settings, asked for when the dialog needs them (no engine: the
    // synthesized source is disabled and says why).
    void setSynthesisSource(std::function<SynthesisSource()> provider);
    // Where synthesized takes go: <root>/<session uuid>/ (default: the app data dir's rating-takes/).
    void setTakesRoot(const QString& root);
    static QString defaultTakesRoot();

    // For scripted set-up (and tests): the same as choosing in the dialog.
    void setKind(Kind kind);
    void setNameAndRater(const QString& name, const QString& rater);
    void setFolders(const QList<FolderSource>& folders);
    // Folders dropped on the list (or the folder of a dropped file): each added as a system
    // named after its folder, unless it is listed already. How many were added.
    int addFolders(const QStringList& dropped);
    void setDatasetFolder(const QString& folder);
    void setSeed(quint64 seed);
    // Synthesized and dataset sessions (a dataset needs the studio's model for it): add the
    // recording through the codec alone as a third system.
    void setCodecCeiling(bool on);

    // Scans the folders and plans the randomised trials.
    Result<NewSession> buildSession() const;
    QString previewText() const;
    bool synthesizedAvailable() const;

    // "Create session": synthesized source: starts synthesizing (the dialog is accepted when
    // the takes are ready); a dataset with a codec ceiling: makes the ceilings first, the same
    // way; otherwise accepts at once when the session can be built.
    void create();
    bool isSynthesizing() const;
    void cancelSynthesis();
    SessionSynthesizer* synthesizer() const { return m_synth; }
    QString synthesisStatus() const;
    // After a synthesis: the takes' folder and a summary (with every item that failed).
    QString synthesizedFolder() const { return m_synthFolder; }
    QString synthesisReport() const { return m_report; }

signals:
    // The synthesis ended: ready = takes were made and the dialog is being accepted.
    void synthesisEnded(bool ready);

protected:
    void reject() override;
    bool eventFilter(QObject* watched, QEvent* event) override;  // folders dropped on the list

private:
    void addFolder();
    void removeFolder();
    void updatePreview();
    QList<FolderSource> folders() const;
    Result<SourceScan> scan() const;
    Kind kind() const;
    SynthesisSource synthesisSource() const;
    void startSynthesis();
    void startCodecCeilings();  // a dataset session's ceilings, before the session is made
    // The session's folder and the progress box, for the job about to start over m_plan.
    void beginJob(bool ceilingsOnly, const QString& status, const QString& cancelText);
    // A job made something: its notes into the report, the session's source kept, the session made.
    void finishJob(SourceScan scan, const QStringList& ceilingFailures, QString report);
    // ... or made nothing to keep (cancelled, or every item failed): its folder goes, the form returns.
    void abandonJob(const QString& status);
    void dropJobFiles();  // the job's folder, and the uuid that named it
    bool ceilingWanted() const;
    void onCeilingsFinished(bool cancelled, const QList<SynthesisItemOutcome>& outcomes);
    void onSynthesisFinished(bool cancelled, const QList<SynthesisItemOutcome>& outcomes);
    void setFormEnabled(bool enabled);

    QLineEdit* m_name = nullptr;
    QLineEdit* m_rater = nullptr;
    QComboBox* m_kind = nullptr;
    QWidget* m_datasetRow = nullptr;
    QLineEdit* m_dataset = nullptr;
    QTableWidget* m_folders = nullptr;
    QSpinBox* m_pairsPerItem = nullptr;
    QCheckBox* m_allowTie = nullptr;
    QCheckBox* m_strength = nullptr;
    QCheckBox* m_codecCeiling = nullptr;  // a third system, the recording through the codec
    QString m_ceilingToolTip;
    QDoubleSpinBox* m_loudness = nullptr;
    QLineEdit* m_seed = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_ok = nullptr;
    QPushButton* m_cancel = nullptr;
    QWidget* m_form = nullptr;

    std::function<SynthesisSource()> m_sourceProvider;
    QString m_takesRoot;
    SessionSynthesizer* m_synth = nullptr;
    QWidget* m_synthBox = nullptr;
    QProgressBar* m_synthProgress = nullptr;
    QLabel* m_synthStatus = nullptr;
    QLabel* m_synthLog = nullptr;
    QStringList m_failures;
    SynthesisPlan m_plan;
    QString m_synthFolder, m_sessionUuid, m_report;
    std::optional<SourceScan> m_synthesized;  // the takes (or a dataset's codec ceilings), once made
    bool m_ceilingJob = false;                // the running or last job made codec ceilings only
    SourceScan m_ceilingBase;                 // a dataset session's items before its ceilings
};

}  // namespace mars5::ui::rating
