// One act of the user that lands in several of the studio's histories: a take used (the clip's,
// the transcript's, the text's and the settings'), the numbers of both texts spelled out (the
// transcript's and the text's). Each part is its own step there, but the user did one thing, so
// Edit ▸ Undo right after takes all of it back at once (and Redo brings it all again), Ctrl+Z in
// either text box included.
//
// It holds only while the studio is as the act left it: each history is compared by its place
// (the undo stacks' index, the editors' count of undo steps), so anything done since, even
// typed and deleted again, makes Ctrl+Z the usual single step of the panel last changed.
#pragma once

#include "takes/take_reuse.h"

#include <QString>

namespace mars5::ui {

using takes::StudioPanels;

class CombinedStep {
public:
    // Where each history stands now.
    struct Marks {
        int clip = 0, settings = 0;            // QUndoStack::index()
        int transcript = 0, text = 0;          // QTextDocument::availableUndoSteps()
        int transcriptRedo = 0, textRedo = 0;  // ... and availableRedoSteps()
        bool operator==(const Marks&) const = default;
    };
    static Marks mark(const StudioPanels& panels);

    // The act just happened: `before` was taken before it, `name` says it for the Edit menu
    // ("use of take 12"), `undone` for the status line once it is undone.
    void happened(const Marks& before, const StudioPanels& panels, const QString& name, const QString& undone);

    QString name() const { return m_name; }
    QString undoneMessage() const { return m_undone; }
    bool canUndo(const StudioPanels& panels) const { return m_state == State::Done && mark(panels) == m_after; }
    bool canRedo(const StudioPanels& panels) const { return m_state == State::Undone && mark(panels) == m_before; }
    // Each part the act changed, one step back (or forward) in its own history.
    void undo(const StudioPanels& panels);
    void redo(const StudioPanels& panels);

private:
    enum class State { None, Done, Undone };
    State m_state = State::None;
    Marks m_before, m_after;
    QString m_name, m_undone;
};

}  // namespace mars5::ui
