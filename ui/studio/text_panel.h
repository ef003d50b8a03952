// The text panel: the reference transcript (what is said in the reference clip) and the
// target text (what the clone should say). Deep clone, which conditions on the transcript
// and usually sounds closer to the speaker, is used when a transcript is present and the
// toggle is on; the panel says which mode the next synthesis will use, counts characters
// and estimates the output length.
#pragma once

#include "mars5/error.h"
#include "mars5/respellings.h"

#include <QStringList>
#include <QWidget>

#include <vector>

class QCheckBox;
class QLabel;
class QPlainTextEdit;

namespace mars5::ui {

class TextPanel : public QWidget {
    Q_OBJECT
public:
    explicit TextPanel(QWidget* parent = nullptr);

    QString targetText() const;   // trimmed
    // The target text's non-empty lines, each trimmed: a script, one take per line
    // (Synthesis ▸ Synthesize each line).
    QStringList targetLines() const;
    QString transcript() const;   // trimmed
    void setTargetText(const QString& text);
    // Puts a script file's text (mars5/script_text.h) in place of the text to speak, as one edit
    // that Ctrl+Z takes back. Empty on success, else why not (the text is left as it was).
    // Dropping a .txt file on the editor does the same.
    QString loadTargetFromFile(const QString& path);
    // The same for the transcript (a clip's words kept in a .txt beside it); dropping a .txt
    // file on the transcript does this.
    QString loadTranscriptFromFile(const QString& path);
    void setTranscript(const QString& text);
    // Put a text in place as one edit of its editor, which Ctrl+Z there takes back (a take's
    // text brought back, say). False when the editor holds that text already (no edit made).
    bool replaceTargetText(const QString& text);
    bool replaceTranscript(const QString& text);

    // Numbers written in digits in the transcript and the text (mars5/spelled_numbers.h), which
    // MARS5 reads as typed; the panel offers to spell them out (a link above the text).
    int numbersToSpell() const { return m_numbersToSpell; }
    // Puts them in words, in each text box as one edit of its own history (the window takes the
    // two back as one, studio/combined_step.h). The number spelled out, or why none could be (the
    // texts are then left as they were).
    Result<int> spellOutNumbers();

    // The user's respellings (mars5/respellings.h, Edit ▸ Respellings…): words of the list in
    // either text are offered to be respelled (a link above the text), as the numbers are.
    void setRespellings(std::vector<Respelling> list);
    const std::vector<Respelling>& respellings() const { return m_respellings; }
    int wordsToRespell() const { return m_wordsToRespell; }
    // The listed words in both texts respelled, each text box's change one edit; how many.
    int respellWords();

    bool deepCloneWanted() const;      // the toggle
    void setDeepCloneWanted(bool on);
    // What the next synthesis uses: deep clone only with a transcript and the toggle on.
    bool deepCloneEffective() const { return deepCloneWanted() && !transcript().isEmpty(); }

    // The engine's expected AR token count, round(lengthFactor x characters) (spec §4.1),
    // and a rough spoken length at a typical 14 characters per second.
    void setLengthFactor(double factor);
    // The settings' piece length (InferenceConfig::piece_chars, 0: off): a longer text is spoken
    // sentence by sentence, and the line under the editors says in how many pieces.
    void setPieceLength(int pieceChars);
    int spokenPieces() const;  // of the text to speak as one take (1 when it is not cut)
    int expectedTokens() const;
    double estimatedSeconds() const;
    QString statusText() const;  // the line under the editors

    QPlainTextEdit* targetEditor() const { return m_target; }
    QPlainTextEdit* transcriptEditor() const { return m_transcript; }
    QCheckBox* deepCloneToggle() const { return m_deepClone; }

signals:
    void textChanged();
    // A dropped script could not be read: what to tell the user.
    void scriptRefused(const QString& why);
    // Files that are not one .txt were dropped on either editor (a clip aimed at the reference
    // panel, say): the window opens the first as the reference, so a drop never pastes a path
    // into the text.
    void otherFilesDropped(const QStringList& paths);
    void deepCloneToggled(bool on);
    void numbersToSpellChanged(int count);
    void wordsToRespellChanged(int count);
    // A link above the text was clicked: the window makes the change (one undo step for both texts).
    void spellNumbersRequested();
    void respellWordsRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void updateStatus();
    void updateRewriteLinks();  // the Respell and Spell out links, and their counts
    // The texts rewritten (the counts say which changed) put in place, each box's change one edit.
    int putInBoth(const std::string& transcript, int inTranscript, const std::string& target, int inTarget);

    QPlainTextEdit* m_transcript = nullptr;
    QPlainTextEdit* m_target = nullptr;
    QCheckBox* m_deepClone = nullptr;
    QLabel* m_modeLabel = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_rewriteLinks = nullptr;  // Respell N words · Spell out N numbers
    double m_lengthFactor = 1.0;
    int m_pieceChars = 0;
    int m_numbersToSpell = 0;
    std::vector<Respelling> m_respellings;
    int m_wordsToRespell = 0;
};

}  // namespace mars5::ui
