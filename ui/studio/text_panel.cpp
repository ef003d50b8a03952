#include "studio/text_panel.h"

#include "util/dropped_files.h"
#include "util/notice_text.h"
#include "widgets/wrapping_label.h"

#include "mars5/long_text.h"
#include "mars5/script_text.h"
#include "mars5/spelled_numbers.h"

#include <QCheckBox>
#include <QFile>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QVBoxLayout>

#include <cmath>

namespace mars5::ui {

namespace {

constexpr double kCharactersPerSecond = 14.0;  // a typical English speaking rate
// Past about 20 s of speech a text is long for one MARS5 run (a rule of thumb: runs drift as they
// grow, and a paragraph nears the budget of 2,000 ids).
constexpr int kLongTextCharacters = 300;

QPlainTextEdit* editor(const QString& placeholder, const QString& tip, QWidget* parent) {
    auto* e = new QPlainTextEdit(parent);
    e->setPlaceholderText(placeholder);
    e->setToolTip(tip);
    e->setTabChangesFocus(true);
    return e;
}

}  // namespace

TextPanel::TextPanel(QWidget* parent) : QWidget(parent) {
    m_transcript = editor(tr("What is said in the reference clip, word for word (optional: enables deep clone)"),
                          tr("The reference transcript. With it, MARS5 can deep clone: it continues the reference "
                             "as if the speaker went on talking, which usually matches the voice more closely."),
                          this);
    m_target = editor(tr("Type what the cloned voice should say…"), tr("The text to speak (Ctrl+Return synthesizes)"), this);
    m_transcript->setMaximumHeight(64);
    m_transcript->setMinimumHeight(40);
    m_target->setMinimumHeight(44);
    m_deepClone = new QCheckBox(tr("Deep clone"), this);
    m_deepClone->setChecked(true);
    m_deepClone->setToolTip(tr("Use the transcript to condition on the reference (slower, usually closer to the voice). "
                               "Without a transcript MARS5 uses shallow clone."));
    m_modeLabel = new QLabel(this);
    // Wraps rather than clips: a long text's hint and a script's line can make it wider than the panel.
    m_status = new WrappingLabel(this);
    QPalette quiet = m_status->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    m_status->setPalette(quiet);
    m_modeLabel->setPalette(quiet);
    // Shown while the texts hold listed words or numbers in digits (updateRewriteLinks).
    m_rewriteLinks = new QLabel(this);
    m_rewriteLinks->setObjectName(QStringLiteral("rewriteLinks"));
    m_rewriteLinks->setTextFormat(Qt::RichText);
    m_rewriteLinks->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    m_rewriteLinks->hide();
    connect(m_rewriteLinks, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link == QLatin1String("respell")) emit respellWordsRequested();
        else emit spellNumbersRequested();
    });

    auto* transcriptHeader = new QHBoxLayout;
    transcriptHeader->addWidget(new QLabel(tr("<b>Reference transcript</b>"), this));
    transcriptHeader->addStretch(1);
    transcriptHeader->addWidget(m_modeLabel);
    transcriptHeader->addWidget(m_deepClone);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(transcriptHeader);
    layout->addWidget(m_transcript);
    auto* targetHeader = new QHBoxLayout;
    targetHeader->addWidget(new QLabel(tr("<b>Text to speak</b>"), this));
    targetHeader->addStretch(1);
    targetHeader->addWidget(m_rewriteLinks);
    layout->addLayout(targetHeader);
    layout->addWidget(m_target, 1);
    layout->addWidget(m_status);

    connect(m_transcript, &QPlainTextEdit::textChanged, this, [this] { updateStatus(); emit textChanged(); });
    connect(m_target, &QPlainTextEdit::textChanged, this, [this] { updateStatus(); emit textChanged(); });
    connect(m_deepClone, &QCheckBox::toggled, this, [this](bool on) { updateStatus(); emit deepCloneToggled(on); });
    // A dropped file is read or passed on, never pasted as its path (eventFilter).
    m_target->viewport()->installEventFilter(this);
    m_transcript->viewport()->installEventFilter(this);
    updateStatus();
}

namespace {

// Characters [from, to) of the editor's text replaced by `with`, as one step of its undo history
// that typing afterwards never joins: Qt merges a typed character into the step before when that
// step ended by inserting text just before it, so the step ends with a removal instead: the new
// text goes in first, then the old goes, or where there is none (an empty box filled), a stand-in
// character put in with the new text.
void replaceAsOneStep(QPlainTextEdit* editor, int from, int to, const QString& with) {
    const int standIn = from == to ? 1 : 0;
    QTextCursor cursor(editor->document());
    cursor.beginEditBlock();
    cursor.setPosition(from);
    cursor.insertText(with);
    // Where the new text ends, as the document counts (a "\r\n" in it is one position there).
    const int afterNew = cursor.position();
    if (standIn) cursor.insertText(QString(QChar(0x200B)));
    cursor.setPosition(afterNew);
    cursor.setPosition(afterNew + (to - from) + standIn, QTextCursor::KeepAnchor);
    cursor.removeSelectedText();
    cursor.endEditBlock();
}

// The whole document replaced as one edit of the editor's own history (setPlainText would
// clear that history, and with it the way back).
bool replaceAsOneEdit(QPlainTextEdit* editor, const QString& text) {
    const QString old = editor->toPlainText();
    if (old == text) return false;
    replaceAsOneStep(editor, 0, static_cast<int>(old.size()), text);
    return true;
}

// The part of the editor's text that differs from `text` replaced, as one edit: the cursor and
// the view stay where they were when the change is elsewhere.
void replaceChangedPart(QPlainTextEdit* editor, const QString& text) {
    const QString old = editor->toPlainText();
    if (old == text) return;
    qsizetype head = 0;
    while (head < old.size() && head < text.size() && old[head] == text[head]) ++head;
    qsizetype tail = 0;
    while (tail < old.size() - head && tail < text.size() - head && old[old.size() - 1 - tail] == text[text.size() - 1 - tail]) ++tail;
    replaceAsOneStep(editor, static_cast<int>(head), static_cast<int>(old.size() - tail), text.mid(head, text.size() - head - tail));
}

// A text file's words in place of the editor's, as one edit; empty, or why not.
QString loadIntoEditor(QPlainTextEdit* editor, const QString& path) {
    const Result<std::string> text = mars5::readScriptText(QFile::encodeName(path).toStdString());
    if (!text) return errorText(text);
    replaceAsOneEdit(editor, QString::fromStdString(*text).trimmed());
    editor->setFocus();
    return {};
}
}  // namespace

Result<int> TextPanel::spellOutNumbers() {
    // Both texts first, then both edits: an error leaves neither changed.
    const Result<SpelledText> transcript = mars5::spellOutNumbers(m_transcript->toPlainText().toStdString());
    if (!transcript) return transcript.error();
    const Result<SpelledText> target = mars5::spellOutNumbers(m_target->toPlainText().toStdString());
    if (!target) return target.error();
    return putInBoth(transcript->text, transcript->numbers, target->text, target->numbers);
}

int TextPanel::putInBoth(const std::string& transcript, int inTranscript, const std::string& target, int inTarget) {
    if (inTranscript > 0) replaceChangedPart(m_transcript, QString::fromStdString(transcript));
    if (inTarget > 0) replaceChangedPart(m_target, QString::fromStdString(target));
    return inTranscript + inTarget;
}

void TextPanel::setRespellings(std::vector<Respelling> list) {
    m_respellings = std::move(list);
    updateStatus();
}

int TextPanel::respellWords() {
    const RespelledText transcript = mars5::respell(m_transcript->toPlainText().toStdString(), m_respellings);
    const RespelledText target = mars5::respell(m_target->toPlainText().toStdString(), m_respellings);
    return putInBoth(transcript.text, transcript.words, target.text, target.words);
}

QString TextPanel::loadTargetFromFile(const QString& path) { return loadIntoEditor(m_target, path); }
QString TextPanel::loadTranscriptFromFile(const QString& path) { return loadIntoEditor(m_transcript, path); }

bool TextPanel::replaceTargetText(const QString& text) { return replaceAsOneEdit(m_target, text); }
bool TextPanel::replaceTranscript(const QString& text) { return replaceAsOneEdit(m_transcript, text); }

bool TextPanel::eventFilter(QObject* watched, QEvent* event) {
    QPlainTextEdit* editor = watched == m_target->viewport()       ? m_target
                             : watched == m_transcript->viewport() ? m_transcript
                                                                   : nullptr;
    const FileDropEvent drop = editor ? takeFileDrop(event) : FileDropEvent{};
    if (!drop.handled) return QWidget::eventFilter(watched, event);  // text: the editor's own drop
    const QStringList& files = drop.dropped;
    if (files.isEmpty()) return true;  // dragged over, not dropped yet
    if (files.size() != 1 || !isTextFile(files.first())) {
        emit otherFilesDropped(files);
    } else if (const QString error = loadIntoEditor(editor, files.first()); !error.isEmpty()) {
        emit scriptRefused(error);
    }
    return true;
}

QString TextPanel::targetText() const { return m_target->toPlainText().trimmed(); }
QStringList TextPanel::targetLines() const {
    // The CLI's rule (tts --lines), so a script makes the same takes in both.
    QStringList lines;
    for (const std::string& line : mars5::scriptLines(m_target->toPlainText().toStdString())) lines << QString::fromStdString(line);
    return lines;
}

QString TextPanel::transcript() const { return m_transcript->toPlainText().trimmed(); }
void TextPanel::setTargetText(const QString& text) { m_target->setPlainText(text); }
void TextPanel::setTranscript(const QString& text) { m_transcript->setPlainText(text); }
bool TextPanel::deepCloneWanted() const { return m_deepClone->isChecked(); }
void TextPanel::setDeepCloneWanted(bool on) { m_deepClone->setChecked(on); }

void TextPanel::setLengthFactor(double factor) {
    m_lengthFactor = factor;
    updateStatus();
}

void TextPanel::setPieceLength(int pieceChars) {
    if (pieceChars == m_pieceChars) return;
    m_pieceChars = pieceChars;
    updateStatus();
}

int TextPanel::spokenPieces() const {
    mars5::InferenceConfig config;
    config.piece_chars = m_pieceChars;
    return static_cast<int>(mars5::spokenPieces(targetText().toStdString(), config).size());
}

int TextPanel::expectedTokens() const {
    // The engine counts the characters of the text as given (spec §4.1, §8 point 10).
    return static_cast<int>(std::nearbyint(m_lengthFactor * static_cast<double>(targetText().size())));
}

double TextPanel::estimatedSeconds() const { return static_cast<double>(targetText().size()) / kCharactersPerSecond; }

QString TextPanel::statusText() const { return m_status->text(); }

void TextPanel::updateRewriteLinks() {
    const std::string transcript = m_transcript->toPlainText().toStdString(), target = m_target->toPlainText().toStdString();
    const int numbers = mars5::countNumbersToSpell(transcript) + mars5::countNumbersToSpell(target);
    const int words = m_respellings.empty() ? 0 : mars5::countRespellings(transcript, m_respellings) + mars5::countRespellings(target, m_respellings);
    if (numbers == m_numbersToSpell && words == m_wordsToRespell && m_rewriteLinks->isHidden() == (numbers + words == 0)) return;
    QStringList links, tips;
    if (words > 0) {
        links << QStringLiteral("<a href=\"respell\">%1</a>").arg(tr("Respell %n word(s)", "", words).toHtmlEscaped());
        tips << tr("Words of your respellings list (Edit ▸ Respellings…) are in the texts: Respell puts in how each is said. "
                   "Edit ▸ Respell words (Ctrl+Shift+W) does the same; Ctrl+Z takes it back.");
    }
    if (numbers > 0) {
        links << QStringLiteral("<a href=\"spell\">%1</a>").arg(tr("Spell out %n number(s)", "", numbers).toHtmlEscaped());
        tips << tr("MARS5 reads digits as typed: it does not expand numbers (nor does the reference), so it may read "
                   "\"1999\" as a year, a count or neither. Spelled out, the words say how each is read: 1999 → nineteen "
                   "ninety-nine, $5 → five dollars, 3rd → third, 555-1234 → five five five, one two three four. "
                   "Edit ▸ Spell out numbers (Ctrl+Shift+N) does the same; Ctrl+Z takes it back.");
    }
    m_rewriteLinks->setText(links.join(QStringLiteral(" · ")));
    m_rewriteLinks->setToolTip(tips.join(QStringLiteral("\n\n")));
    m_rewriteLinks->setVisible(!links.isEmpty());
    if (numbers != m_numbersToSpell) {
        m_numbersToSpell = numbers;
        emit numbersToSpellChanged(numbers);
    }
    if (words != m_wordsToRespell) {
        m_wordsToRespell = words;
        emit wordsToRespellChanged(words);
    }
}

void TextPanel::updateStatus() {
    const int chars = static_cast<int>(targetText().size());
    QString hint;  // the status line's tooltip
    if (chars == 0)
        m_status->setText(tr("No text yet"));
    else
        m_status->setText(tr("%n character(s) · about %1 s of speech · the model expects about %2 tokens", "", chars)
                              .arg(QLocale().toString(std::max(0.5, estimatedSeconds()), 'f', 1))
                              .arg(expectedTokens()));
    // A long text: in how many pieces it is spoken, or where to ask for pieces (kLongTextCharacters).
    if (m_pieceChars > 0 && chars > m_pieceChars) {
        if (const int pieces = spokenPieces(); pieces > 1)
            m_status->setText(m_status->text() + QStringLiteral(" · ") + tr("spoken in %n sentence piece(s)", "", pieces));
    } else if (m_pieceChars == 0 && chars > kLongTextCharacters) {
        m_status->setText(m_status->text() + QStringLiteral(" · ") + tr("long: see Settings ▸ Long texts"));
        hint = tr("MARS5 speaks a text in one run: a long run may drift from the voice, and a paragraph can run past "
                  "the run's budget of 2,000 ids and be cut short. Settings ▸ Long texts ▸ Piece length speaks it "
                  "sentence by sentence, as one take.");
    }
    m_status->setToolTip(hint);
    // A script: say that it can be spoken line by line, one take each.
    if (const int lines = static_cast<int>(targetLines().size()); lines > 1)
        m_status->setText(m_status->text() + QStringLiteral(" · ") +
                          tr("%n line(s): Ctrl+Alt+Return makes one take per line", "", lines));
    updateRewriteLinks();
    if (!deepCloneWanted())
        m_modeLabel->setText(tr("shallow clone will be used"));
    else if (transcript().isEmpty())
        m_modeLabel->setText(tr("no transcript: shallow clone will be used"));
    else
        m_modeLabel->setText(tr("deep clone will be used"));
}

}  // namespace mars5::ui
