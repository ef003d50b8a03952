#include "studio/combined_step.h"

#include "studio/reference_panel.h"
#include "studio/settings_panel.h"
#include "studio/text_panel.h"

#include <QPlainTextEdit>
#include <QTextDocument>
#include <QUndoStack>

namespace mars5::ui {

CombinedStep::Marks CombinedStep::mark(const StudioPanels& panels) {
    const QTextDocument* transcript = panels.text->transcriptEditor()->document();
    const QTextDocument* text = panels.text->targetEditor()->document();
    return {panels.reference->undoStack()->index(), panels.settings->undoStack()->index(),
            transcript->availableUndoSteps(),       text->availableUndoSteps(),
            transcript->availableRedoSteps(),       text->availableRedoSteps()};
}

void CombinedStep::happened(const Marks& before, const StudioPanels& panels, const QString& name, const QString& undone) {
    const Marks after = mark(panels);
    if (after == before) return;  // nothing changed (the same take again): the last act is still the one to take back
    m_before = before;
    m_after = after;
    m_name = name;
    m_undone = undone;
    m_state = State::Done;
}

void CombinedStep::undo(const StudioPanels& panels) {
    if (!canUndo(panels)) return;
    // The order the parts went in, backwards.
    if (m_after.settings != m_before.settings) panels.settings->undoStack()->undo();
    if (m_after.text != m_before.text) panels.text->targetEditor()->undo();
    if (m_after.transcript != m_before.transcript) panels.text->transcriptEditor()->undo();
    if (m_after.clip != m_before.clip) panels.reference->undoStack()->undo();
    m_before = mark(panels);  // the editors' redo counts are new now
    m_state = State::Undone;
}

void CombinedStep::redo(const StudioPanels& panels) {
    if (!canRedo(panels)) return;
    if (m_after.clip != m_before.clip) panels.reference->undoStack()->redo();
    if (m_after.transcript != m_before.transcript) panels.text->transcriptEditor()->redo();
    if (m_after.text != m_before.text) panels.text->targetEditor()->redo();
    if (m_after.settings != m_before.settings) panels.settings->undoStack()->redo();
    m_after = mark(panels);
    m_state = State::Done;
}

}  // namespace mars5::ui
