// The settings panel, generated from core's InferenceConfig field table
// (inferenceConfigFields()): one row per field with a slider over a practical range, a spin
// box over the full valid range, a reset button, and a tooltip with the field's help text,
// range and default. Fields that do nothing (the reference ignores `timesteps`; `beam_width`
// can only be 1) sit in a separate, disabled "Not used" group that says so, instead of
// looking as if they worked (spec §8 point 9). Presets on top; a seed row with a dice button.
#pragma once

#include "studio/presets.h"

#include "mars5/inference_config.h"

#include <QHash>
#include <QWidget>

class QAbstractButton;
class QCheckBox;
class QComboBox;
class QDragEnterEvent;
class QDropEvent;
class QDoubleSpinBox;
class QGridLayout;
class QLabel;
class QSlider;
class QToolButton;
class QUndoStack;

namespace mars5::ui {

class SettingsPanel : public QWidget {
    Q_OBJECT
public:
    // presetFolder: where user presets are stored ("" = PresetStore::defaultFolder()).
    explicit SettingsPanel(const QString& presetFolder = {}, QWidget* parent = nullptr);
    ~SettingsPanel() override;

    mars5::InferenceConfig config() const;
    // Sets every field, as one undo step.
    void setConfig(const mars5::InferenceConfig& config);
    // Puts `config` in place as one undo step named `undoText` (a take's settings brought back,
    // say), showing `presetName` as the preset it started from when there is a preset of that name.
    void useConfig(const mars5::InferenceConfig& config, const QString& presetName, const QString& undoText);

    // Every change of the settings is a step of this history, so nothing tuned is lost to a
    // misclick or a preset chosen by mistake: a field (a slider's drag, or changes of one field
    // in a row, is one step), a preset, Reset, a take's settings. The panel's ↶ ↷ buttons and
    // Edit ▸ Undo (after a change here, or with the keyboard in the panel) walk it.
    QUndoStack* undoStack() const { return m_undo; }

    // The editor of one field: a QDoubleSpinBox for numbers, a QCheckBox for booleans.
    QWidget* editor(const QString& field) const;
    QSlider* slider(const QString& field) const;
    QToolButton* resetButton(const QString& field) const;
    // Fields shown as not used (disabled, in the "Not used by MARS5" group).
    QStringList unusedFields() const;
    // What settings do together that one would not guess from each alone (what the engine's
    // InferenceConfig::validate() refuses, such as RePaint jumps with fewer than 200 steps; an
    // L0 override from 199 on turns it off), in plain words; empty when there is nothing to
    // say. Shown above the settings.
    QString combinationNote() const;

    PresetStore& presetStore() { return m_store; }
    QComboBox* presetCombo() const { return m_presetCombo; }
    // Applies a preset by name (built-in or user). False when there is none of that name.
    bool applyPreset(const QString& name);
    // Saves the current settings as a user preset; empty on success, else why not.
    QString savePreset(const QString& name);
    // A settings file dropped on the panel (presets.h: readSettingsFile): its settings in place
    // as one undo step; a preset file also joins your presets when no preset has its name; an
    // exported take's .json brings the seed it was made with. Empty on success, else why not;
    // either way the line under the presets says what happened.
    QString openSettingsFile(const QString& path);
    QString presetNoteText() const;  // the line under the presets ("" when hidden)

    // Every setting and the preset chosen, as the studio keeps them from one session to the
    // next (JSON: {"preset": name, "config": the preset format}). restoreState() gives them
    // back (a preset that is gone is not chosen; settings a later studio dropped or renamed go
    // the way a preset file's do) as the state the session starts with, with no undo step
    // before it; false, and nothing changed, for a state that does not read.
    QByteArray saveState() const;
    bool restoreState(const QByteArray& state);

public slots:
    void rollSeed();  // a fresh random seed (0 .. 2^31 - 1) into the seed field
    void resetAll();
    // Save…: asks for a name (the user preset in use offered), and before replacing a preset
    // of that name; says why when it cannot save.
    void savePresetInteractively();

signals:
    void configChanged();

protected:
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;  // file drops on number boxes go to the panel

private:
    class StateCommand;
    struct Row {
        mars5::InferenceConfigField field;
        QDoubleSpinBox* spin = nullptr;
        QCheckBox* check = nullptr;
        QSlider* slider = nullptr;
        QToolButton* reset = nullptr;
        QLabel* label = nullptr;
        double sliderMin = 0.0, sliderMax = 0.0;
        bool unused = false;
    };
    QWidget* buildRow(Row& row, QGridLayout* grid, int line);
    double rowValue(const Row& row) const;
    void setRowValue(Row& row, double value);
    void syncRow(Row& row);
    void showPresetNote(const QString& text, bool problem);  // what a dropped settings file did, or why not
    void forgetDropNote();  // the drop's note goes; the presets' problems, if any, show again
    void reloadPresets(const QString& select = {});
    // Shows preset `index` as the one in use (Delete only for a preset of the user's).
    void choosePreset(int index);
    void deletePresetInteractively();
    // Sets the fields without recording a step (the callers record one).
    void applyConfig(const mars5::InferenceConfig& config);
    bool applyState(const QByteArray& state);
    void replay(const QByteArray& state);  // an undo or redo
    // Records the change from the last recorded state to now as one undo step (nothing when
    // nothing changed); changes of one field (`field`, a row index) in a row merge into one.
    void recordChange(const QString& text, int field = -1);

    PresetStore m_store;
    QList<Row> m_rows;
    QHash<QString, int> m_index;
    QComboBox* m_presetCombo = nullptr;
    QToolButton* m_deletePreset = nullptr;
    QLabel* m_presetNote = nullptr;
    bool m_presetNoteIsAboutADrop = false;  // it says what a dropped settings file did
    QString m_presetProblems;  // "Some presets could not be read: …", shown again after a drop's note
    QLabel* m_configNote = nullptr;  // settings that do not go together
    bool m_updating = false;
    QUndoStack* m_undo = nullptr;
    QByteArray m_recorded;   // the state after the last step (saveState())
    bool m_replaying = false;  // an undo or redo is putting a state back
};

}  // namespace mars5::ui
