#include "studio/reference_panel.h"

#include "audio/audio_recorder.h"
#include "audio/playback_engine.h"
#include "panels/audio_panel.h"
#include "studio/codec_preview_button.h"
#include "util/style_icon.h"
#include "util/time_format.h"
#include "widgets/undo_buttons.h"
#include "widgets/waveform_view.h"
#include "widgets/wrapping_label.h"

#include <QColor>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPalette>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QUndoCommand>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mars5::ui {

namespace {

const char* const kRecentKey = "reference/recentFiles";
const char* const kCountInKey = "reference/countInSeconds";

// The count-in's beep: 80 ms of 880 Hz at -12 dBFS with 5 ms fades (no click at its edges).
mars5::AudioBuffer countInBeep() {
    constexpr int kRate = 24000;
    constexpr int kLength = kRate * 80 / 1000, kFade = kRate * 5 / 1000;
    mars5::AudioBuffer beep;
    beep.sampleRate = kRate;
    beep.samples.resize(kLength);
    for (int i = 0; i < kLength; ++i) {
        const double fade = std::min({1.0, static_cast<double>(i) / kFade, static_cast<double>(kLength - 1 - i) / kFade});
        beep.samples[static_cast<std::size_t>(i)] = static_cast<float>(0.25 * fade * std::sin(2.0 * M_PI * 880.0 * i / kRate));
    }
    return beep;
}
const char* const kDeviceKey = "reference/inputDevice";
constexpr int kMaxRecent = 8;

QString fileSha256(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file)) return {};
    return QString::fromLatin1(hash.result().toHex());
}

const char* levelColor(ReferenceAnalysis::Level level) {
    switch (level) {
    case ReferenceAnalysis::Level::Good: return "#1e7b34";
    case ReferenceAnalysis::Level::Note: return "#8a5a00";
    case ReferenceAnalysis::Level::Warning: return "#b3261e";
    }
    return "#000";
}

QToolButton* toolButton(const QString& text, const QIcon& icon, const QString& tip, QWidget* parent) {
    auto* b = new QToolButton(parent);
    b->setText(text);
    b->setIcon(icon);
    b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    b->setToolTip(tip);
    b->setFocusPolicy(Qt::TabFocus);
    return b;
}

}  // namespace

class ReferencePanel::EditCommand : public QUndoCommand {
public:
    EditCommand(ReferencePanel* panel, const QString& text, ClipState before, ClipState after, bool alreadyApplied)
        : QUndoCommand(text), m_panel(panel), m_before(std::move(before)), m_after(std::move(after)),
          m_skipFirstRedo(alreadyApplied) {}
    void redo() override {
        if (m_skipFirstRedo) {
            m_skipFirstRedo = false;
            return;
        }
        m_panel->applyState(m_after);
    }
    void undo() override { m_panel->applyState(m_before); }

private:
    ReferencePanel* m_panel;
    ClipState m_before, m_after;
    bool m_skipFirstRedo;
};

ReferencePanel::ReferencePanel(QWidget* parent)
    : QWidget(parent), m_audio(new AudioPanel(this)), m_recorder(new AudioRecorder(this)), m_undo(new QUndoStack(this)) {
    setAcceptDrops(false);  // the AudioPanel inside takes drops

    // Header: Open… [Recent] [Record] description
    m_recentButton = toolButton(tr("Recent"), QIcon(), tr("Reference clips opened recently"), this);
    m_recentButton->setPopupMode(QToolButton::InstantPopup);
    m_recentButton->setMenu(new QMenu(m_recentButton));
    connect(m_recentButton->menu(), &QMenu::aboutToShow, this, &ReferencePanel::rebuildRecentMenu);
    m_recordButton = toolButton(tr("Record"), style()->standardIcon(QStyle::SP_DialogNoButton),
                                tr("Record a reference through the selected input (Ctrl+Shift+R); stops by itself "
                                   "at 12 s"),
                                this);
    m_audio->addHeaderWidget(m_recentButton);
    m_audio->addHeaderWidget(m_recordButton);
    m_audio->waveformView()->setEmptyHint(tr("Open, drop or record a reference clip (2–12 s, about 6 s is best)"));

    // Recording row: input device, count-in, level meter, clock.
    m_deviceCombo = new QComboBox(this);
    m_deviceCombo->setToolTip(tr("Input: the device to record from"));
    m_deviceCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_deviceCombo->setMinimumContentsLength(12);  // a long device name is elided; the list shows it whole
    m_countIn = new QSpinBox(this);
    m_countIn->setRange(0, 5);
    m_countIn->setPrefix(tr("count-in "));
    m_countIn->setSuffix(tr(" s"));
    m_countIn->setToolTip(tr("Seconds to wait after pressing Record, so you can get ready (0: start at once)"));
    m_countIn->setValue(QSettings().value(kCountInKey, 3).toInt());
    connect(m_countIn, &QSpinBox::valueChanged, this, [](int v) { QSettings().setValue(kCountInKey, v); });
    m_level = new QProgressBar(this);
    m_level->setRange(0, 100);
    m_level->setTextVisible(false);
    m_level->setFixedHeight(10);
    m_level->setMinimumWidth(60);
    m_level->setMaximumWidth(90);
    m_level->setToolTip(tr("Input level while recording (keep the loudest parts below the end of the bar)"));
    m_recordStatus = new QLabel(this);
    m_recordStatus->setMinimumWidth(90);

    // Editing row.
    m_keepButton = toolButton(tr("Keep"), QIcon(), tr("Trim the clip to the selected region (Ctrl+T)"), this);
    m_deleteButton = toolButton(tr("Delete"), QIcon(), tr("Cut the selected region out (Ctrl+Shift+T)"), this);
    const UndoButtons history = makeUndoButtons(m_undo, this);
    m_undoButton = history.undo;
    m_redoButton = history.redo;

    auto* tools = new QHBoxLayout;
    tools->setSpacing(6);
    tools->addWidget(m_keepButton);
    tools->addWidget(m_deleteButton);
    tools->addWidget(m_undoButton);
    tools->addWidget(m_redoButton);
    auto* selectHint = new QLabel(tr("Selection:"), this);
    QPalette quiet = selectHint->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    selectHint->setPalette(quiet);
    tools->insertWidget(0, selectHint);
    tools->addWidget(m_deviceCombo, 1);  // takes the free space: a device's name shows whole where it fits
    tools->addWidget(m_countIn);
    tools->addWidget(m_level);
    tools->addWidget(m_recordStatus);

    // Wrapping labels (the three below): a plain one's extra lines at the real width came out
    // of the reference waveform above them, which the splitter had sized for one line.
    m_analysisLine = new WrappingLabel(this);
    m_analysisLine->setTextFormat(Qt::RichText);
    m_analysisLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_analysisWarnings = new WrappingLabel(this);
    m_analysisWarnings->setTextFormat(Qt::RichText);
    m_codecPreview = new CodecPreviewButton(this);
    m_codecNote = new WrappingLabel(this);
    m_codecNote->hide();
    connect(m_codecPreview, &CodecPreviewButton::noteChanged, this, [this](const QString& note, bool problem) {
        m_codecNote->setText(note);
        QPalette p = m_codecNote->palette();
        p.setColor(QPalette::WindowText, problem ? QColor(QStringLiteral("#b91c1c")) : palette().color(QPalette::PlaceholderText));
        m_codecNote->setPalette(p);
        m_codecNote->setVisible(!note.isEmpty());
    });
    // The button shares the analyser's line and no more than its height, so the panel does not
    // grow (at 1280x720 the studio has no pixel to spare); the line wraps rather than widen it.
    m_codecPreview->setAutoRaise(true);
    m_codecPreview->setStyleSheet(QStringLiteral("QToolButton { padding: 0px 6px; }"));
    m_codecPreview->setMaximumHeight(m_analysisLine->fontMetrics().height() + 4);
    auto* analysisRow = new QHBoxLayout;
    analysisRow->addWidget(m_analysisLine, 1);
    analysisRow->addWidget(m_codecPreview, 0, Qt::AlignTop);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_audio, 1);
    layout->addLayout(tools);
    layout->addLayout(analysisRow);
    layout->addWidget(m_analysisWarnings);
    layout->addWidget(m_codecNote);

    m_countInTimer = new QTimer(this);
    m_countInTimer->setInterval(1000);
    m_countInCue = new PlaybackEngine(this);
    m_countInCue->load(countInBeep());
    connect(m_countInTimer, &QTimer::timeout, this, &ReferencePanel::countInTick);

    connect(m_audio, &AudioPanel::clipChanged, this, &ReferencePanel::onAudioPanelChanged);
    connect(m_audio, &AudioPanel::clipLoaded, this, &ReferencePanel::addRecent);
    connect(m_recordButton, &QToolButton::clicked, this, &ReferencePanel::toggleRecording);
    connect(m_keepButton, &QToolButton::clicked, this, &ReferencePanel::keepSelection);
    connect(m_deleteButton, &QToolButton::clicked, this, &ReferencePanel::deleteSelection);
    connect(m_audio->waveformView(), &WaveformView::selectionChanged, this, [this] { updateRecordUi(); });
    connect(m_recorder, &AudioRecorder::levelChanged, this, [this](double peak) {
        m_level->setValue(static_cast<int>(std::lround(100.0 * std::clamp(peak, 0.0, 1.0))));
    });
    connect(m_recorder, &AudioRecorder::elapsedChanged, this, [this](double s) {
        m_recordStatus->setText(tr("● %1 / 12 s").arg(QLocale().toString(s, 'f', 1)));
    });
    connect(m_recorder, &AudioRecorder::recordingChanged, this, [this] { updateRecordUi(); });
    connect(m_recorder, &AudioRecorder::finished, this, &ReferencePanel::setRecordedClip);

    refreshDevices();
    refreshAnalysis();
    updateRecordUi();
}

ReferencePanel::~ReferencePanel() { m_recorder->abort(); }

bool ReferencePanel::hasReference() const { return m_state.samples && !m_state.samples->empty() && m_state.rate > 0; }

mars5::AudioBuffer ReferencePanel::referenceAudio() const {
    mars5::AudioBuffer a;
    if (!hasReference()) return a;
    a.samples = *m_state.samples;
    a.sampleRate = m_state.rate;
    return a;
}

double ReferencePanel::durationSeconds() const {
    return hasReference() ? static_cast<double>(m_state.samples->size()) / m_state.rate : 0.0;
}

QString ReferencePanel::sourceDescription() const {
    if (!hasReference()) return {};
    const QString base = m_state.file.isEmpty() ? tr("recording") : QFileInfo(m_state.file).fileName();
    return m_state.edited ? tr("%1 (edited)").arg(base) : base;
}

QStringList ReferencePanel::recentFiles() const { return QSettings().value(kRecentKey).toStringList(); }

bool ReferencePanel::loadFile(const QString& path) { return m_audio->loadFile(path); }

void ReferencePanel::openWithDialog() { m_audio->openWithDialog(); }

void ReferencePanel::togglePlayback() { m_audio->togglePlayback(); }

ReferencePanel::ClipState ReferencePanel::currentState() const { return m_state; }

void ReferencePanel::applyState(const ClipState& state) {
    m_applying = true;
    if (state.samples && !state.samples->empty())
        m_audio->setClip(state.samples, state.rate, state.name, state.file);
    else
        m_audio->clearClip();
    m_applying = false;
    m_state = state;
    m_codecPreview->clipChanged(hasReference());
    refreshAnalysis();
    updateRecordUi();
    emit referenceChanged();
}

void ReferencePanel::startWith(const ClipState& clip) {
    applyState(clip);
    m_undo->clear();
}

QString ReferencePanel::codecNote() const { return m_codecNote->isVisible() ? m_codecNote->text() : QString(); }

bool ReferencePanel::useClip(ClipState clip, const QString& undoText) {
    if (!clip.samples || clip.samples->empty() || clip.rate <= 0) return false;
    if (hasReference() && m_state.rate == clip.rate && *m_state.samples == *clip.samples) return false;
    if (!clip.file.isEmpty() && !clip.edited && fileSha256(clip.file) != clip.sha256) clip.edited = true;
    pushEdit(undoText, std::move(clip));
    return true;
}

void ReferencePanel::pushEdit(const QString& text, ClipState after) {
    m_undo->push(new EditCommand(this, text, currentState(), std::move(after), false));
}

void ReferencePanel::onAudioPanelChanged() {
    if (m_applying) return;
    // The AudioPanel loaded a file by itself (Open, drop, recent): make it an undoable step.
    ClipState after;
    after.samples = m_audio->samples();
    after.rate = m_audio->sampleRate();
    after.file = m_audio->currentFile();
    after.name = QFileInfo(after.file).fileName();
    after.sha256 = after.file.isEmpty() ? QString() : fileSha256(after.file);
    after.edited = false;
    ClipState before = m_state;
    m_state = after;
    m_undo->push(new EditCommand(this, tr("open %1").arg(after.name), std::move(before), after, true));
    m_codecPreview->clipChanged(hasReference());
    refreshAnalysis();
    updateRecordUi();
    emit referenceChanged();
    if (!m_state.file.isEmpty()) emit fileOpened();
}

bool ReferencePanel::keepSelection() {
    WaveformView* view = m_audio->waveformView();
    if (!hasReference() || !view->hasSelection()) return false;
    const auto& s = *m_state.samples;
    const auto from = std::min(s.size(), static_cast<std::size_t>(std::llround(view->selectionStart() * m_state.rate)));
    const auto to = std::min(s.size(), static_cast<std::size_t>(std::llround(view->selectionEnd() * m_state.rate)));
    if (to <= from) return false;
    ClipState after = m_state;
    after.samples = shareSamples(std::vector<float>(s.begin() + static_cast<std::ptrdiff_t>(from),
                                                    s.begin() + static_cast<std::ptrdiff_t>(to)));
    after.edited = true;
    pushEdit(tr("trim to %1").arg(formatDuration(static_cast<double>(to - from) / m_state.rate)), std::move(after));
    return true;
}

bool ReferencePanel::deleteSelection() {
    WaveformView* view = m_audio->waveformView();
    if (!hasReference() || !view->hasSelection()) return false;
    const auto& s = *m_state.samples;
    const auto from = std::min(s.size(), static_cast<std::size_t>(std::llround(view->selectionStart() * m_state.rate)));
    const auto to = std::min(s.size(), static_cast<std::size_t>(std::llround(view->selectionEnd() * m_state.rate)));
    if (to <= from || (from == 0 && to == s.size())) return false;  // nothing would be left
    std::vector<float> rest(s.begin(), s.begin() + static_cast<std::ptrdiff_t>(from));
    rest.insert(rest.end(), s.begin() + static_cast<std::ptrdiff_t>(to), s.end());
    ClipState after = m_state;
    after.samples = shareSamples(std::move(rest));
    after.edited = true;
    pushEdit(tr("delete %1").arg(formatDuration(static_cast<double>(to - from) / m_state.rate)), std::move(after));
    return true;
}

void ReferencePanel::setRecordedClip(SharedSamples samples, int sampleRate) {
    if (!samples || samples->empty() || sampleRate <= 0) {
        m_audio->showMessage(tr("Nothing was recorded: the input delivered no audio."), true);
        return;
    }
    ClipState after;
    after.samples = std::move(samples);
    after.rate = sampleRate;
    after.name = tr("Recording %1").arg(QDateTime::currentDateTime().toString(QStringLiteral("HH:mm:ss")));
    pushEdit(tr("record"), std::move(after));
}

void ReferencePanel::toggleRecording() {
    if (m_recorder->isRecording()) {
        m_recorder->stop();
        return;
    }
    if (m_countInTimer->isActive()) {  // a second press during the count-in cancels it
        m_countInTimer->stop();
        m_recordStatus->clear();
        updateRecordUi();
        return;
    }
    if (!m_deviceCombo->currentData().isValid()) {
        refreshDevices();  // a microphone plugged in since the list was made counts
        if (!m_deviceCombo->currentData().isValid()) {
            // Said now, not after a count-in that could only end in the same message.
            m_audio->showMessage(tr("No input device found: connect a microphone (or check that the sound system "
                                    "is running), then press Record again."),
                                 true);
            return;
        }
    }
    m_audio->playback()->stop();
    m_countInLeft = m_countIn->value();
    countInTick();
    if (m_countIn->value() > 0 && !m_recorder->isRecording()) m_countInTimer->start();
    updateRecordUi();
}

void ReferencePanel::countInTick() {
    if (m_countInLeft > 0) {
        m_recordStatus->setText(tr("Recording in %1…").arg(m_countInLeft));
        // the beep is a courtesy: without an output device the count-in goes on silently
        m_countInCue->stop();
        (void)m_countInCue->play(0.0);
        --m_countInLeft;
        return;
    }
    m_countInTimer->stop();
    const int device = m_deviceCombo->currentData().isValid() ? m_deviceCombo->currentData().toInt() : -1;
    if (!m_recorder->start(device, kLongestReference)) {
        m_recordStatus->clear();
        m_audio->showMessage(m_recorder->lastError(), true);
        refreshDevices();
    } else {
        QSettings().setValue(kDeviceKey, m_deviceCombo->currentText());
    }
    updateRecordUi();
}

void ReferencePanel::refreshDevices() {
    const QString wanted = QSettings().value(kDeviceKey).toString();
    m_deviceCombo->clear();
    const QList<InputDevice> devices = m_recorder->inputDevices();
    for (const InputDevice& d : devices) {
        m_deviceCombo->addItem(d.isDefault ? tr("%1 — default").arg(d.name) : d.name, d.index);
        if (d.name == wanted || (wanted.isEmpty() && d.isDefault)) m_deviceCombo->setCurrentIndex(m_deviceCombo->count() - 1);
    }
    if (devices.isEmpty()) m_deviceCombo->addItem(tr("No input device found"));
    m_deviceCombo->setEnabled(!devices.isEmpty());
}

void ReferencePanel::updateRecordUi() {
    const bool recording = m_recorder->isRecording();
    const bool counting = m_countInTimer->isActive();
    m_recordButton->setText(recording ? tr("Stop recording") : counting ? tr("Cancel count-in") : tr("Record"));
    m_recordButton->setIcon(styleIcon(this, recording || counting ? QStyle::SP_MediaStop : QStyle::SP_DialogNoButton));
    m_deviceCombo->setEnabled(!recording && !counting && m_deviceCombo->currentData().isValid());
    m_countIn->setEnabled(!recording && !counting);
    if (!recording && !counting) {
        m_level->setValue(0);
        if (!m_recordStatus->text().startsWith(QStringLiteral("●")) || !hasReference()) m_recordStatus->clear();
    }
    const bool selection = hasReference() && m_audio->waveformView()->hasSelection();
    m_keepButton->setEnabled(selection && !recording);
    m_deleteButton->setEnabled(selection && !recording);
}

void ReferencePanel::refreshAnalysis() {
    m_analysis = hasReference() ? analyseReference(*m_state.samples, m_state.rate) : ReferenceAnalysis{};
    if (!hasReference()) {
        m_analysisLine->setText(tr("<span style='color:#6b7280'>Analyser: no reference yet. MARS5 wants 2–12 s of "
                                   "clean speech, about 6 s is best.</span>"));
        m_analysisWarnings->hide();
        return;
    }
    const auto& a = m_analysis;
    auto part = [](const ReferenceAnalysis::Finding& f, const QString& text) {
        return QStringLiteral("<span style='color:%1'>%2</span>").arg(QLatin1String(levelColor(f.level)), text.toHtmlEscaped());
    };
    QStringList parts;
    parts << part(a.duration, tr("%1 s").arg(QLocale().toString(a.durationSeconds, 'f', 1)));
    parts << part(a.peakFinding, a.clippedSamples > 0 ? tr("peak %1 dBFS, %2 clipped").arg(QLocale().toString(a.peakDbfs, 'f', 1)).arg(a.clippedSamples)
                                                      : tr("peak %1 dBFS").arg(QLocale().toString(a.peakDbfs, 'f', 1)));
    parts << part(a.loudness, tr("RMS %1 dBFS").arg(QLocale().toString(a.rmsDbfs, 'f', 0)));
    parts << (a.silent ? part(a.noise, tr("silent"))
                       : part(a.noise, tr("noise floor %1 dBFS, SNR %2 dB")
                                           .arg(QLocale().toString(a.noiseFloorDbfs, 'f', 0), QLocale().toString(a.snrDb, 'f', 0))));
    m_analysisLine->setText(tr("<b>Analyser</b>&nbsp; %1").arg(parts.join(QStringLiteral(" &nbsp;·&nbsp; "))));
    m_analysisLine->setToolTip(tr("Duration against the 2–12 s guidance (about 6 s is best), peak level and clipped "
                                  "samples, overall loudness, and the background level estimated from the quietest "
                                  "20 ms frames"));
    // Each in its own colour: a note beside a warning is still a note, not an alarm.
    QStringList html;
    for (const ReferenceAnalysis::Finding& f : a.notable()) html << part(f, f.text);
    m_analysisWarnings->setVisible(!html.isEmpty());
    m_analysisWarnings->setText(html.join(QStringLiteral("<br>")));
}

QString ReferencePanel::analysisText() const {
    QString line = m_analysisLine->text();
    line.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    line.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
    return line;
}

void ReferencePanel::addRecent(const QString& path) {
    QStringList list = recentFiles();
    list.removeAll(path);
    list.prepend(path);
    while (list.size() > kMaxRecent) list.removeLast();
    QSettings().setValue(kRecentKey, list);
}

void ReferencePanel::rebuildRecentMenu() {
    QMenu* menu = m_recentButton->menu();
    menu->clear();
    const QStringList list = recentFiles();
    for (const QString& path : list) {
        QAction* a = menu->addAction(QFileInfo(path).fileName(), this, [this, path] { loadFile(path); });
        a->setToolTip(path);
        a->setEnabled(QFileInfo::exists(path));
    }
    if (list.isEmpty()) menu->addAction(tr("No recent clips"))->setEnabled(false);
    menu->addSeparator();
    menu->addAction(tr("Refresh input devices"), this, &ReferencePanel::refreshDevices);
}

}  // namespace mars5::ui
