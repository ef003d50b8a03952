// Setting up a blind rating session: its name and rater, where the comparisons come from
// (two folders paired by name: take vs take; several folders: a tournament; a dataset's
// recordings against a folder of takes), and how it is judged (no-preference allowed,
// strength asked, loudness target, seed). The preview line says how many comparisons the
// choice gives and which files were left out, before anything is stored.
#pragma once

#include "rating/rating_store.h"
#include "rating/session_sources.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace mars5::ui::rating {

class NewSessionDialog : public QDialog {
    Q_OBJECT
public:
    enum class Kind { TakeVsTake, Tournament, Dataset };

    explicit NewSessionDialog(QWidget* parent = nullptr);

    // For scripted set-up (and tests): the same as choosing in the dialog.
    void setKind(Kind kind);
    void setNameAndRater(const QString& name, const QString& rater);
    void setFolders(const QList<FolderSource>& folders);
    void setDatasetFolder(const QString& folder);
    void setSeed(quint64 seed);

    // Scans the folders and plans the randomised trials.
    Result<NewSession> buildSession() const;
    QString previewText() const;

private:
    void addFolder();
    void removeFolder();
    void updatePreview();
    QList<FolderSource> folders() const;
    Result<SourceScan> scan() const;
    Kind kind() const;

    QLineEdit* m_name = nullptr;
    QLineEdit* m_rater = nullptr;
    QComboBox* m_kind = nullptr;
    QWidget* m_datasetRow = nullptr;
    QLineEdit* m_dataset = nullptr;
    QTableWidget* m_folders = nullptr;
    QSpinBox* m_pairsPerItem = nullptr;
    QCheckBox* m_allowTie = nullptr;
    QCheckBox* m_strength = nullptr;
    QDoubleSpinBox* m_loudness = nullptr;
    QLineEdit* m_seed = nullptr;
    QLabel* m_preview = nullptr;
    QPushButton* m_ok = nullptr;
};

}  // namespace mars5::ui::rating
