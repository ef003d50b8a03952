#include "panels/audio_panel.h"

#include "audio/playback_engine.h"
#include "util/dropped_files.h"
#include "util/notice_text.h"
#include "util/style_icon.h"
#include "util/time_format.h"
#include "widgets/clip_description_label.h"
#include "widgets/waveform_view.h"
#include "widgets/wrapping_label.h"

#include "mars5/audio.h"

#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QUrl>
#include <QVBoxLayout>

namespace mars5::ui {

namespace {

const char* const kLastFolderKey = "audio/lastFolder";

// Core's messages start with the full path; the panel already names the file, so the
// path is dropped: "Could not open notes.txt: not a readable audio file (...)".
QString loadErrorText(const QString& path, const QString& reason) {
    return AudioPanel::tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), withoutLeadingPath(reason, path));
}

QString channelsText(int channels) {
    if (channels == 1) return AudioPanel::tr("mono");
    if (channels == 2) return AudioPanel::tr("stereo, shown and played as mono");
    return AudioPanel::tr("%1 channels, mixed to mono").arg(channels);
}

}  // namespace

AudioPanel::AudioPanel(QWidget* parent)
    : QWidget(parent),
      m_waveform(new WaveformView(this)),
      m_playback(new PlaybackEngine(this)),
      m_openButton(new QPushButton(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("Open…"), this)),
      m_playButton(new QPushButton(this)),
      m_description(new ClipDescriptionLabel(this)),
      m_message(new WrappingLabel(this)),  // an error's second line must not cut the waveform
      m_clock(new QLabel(this)) {
    setAcceptDrops(true);

    m_openButton->setToolTip(tr("Open an audio file (WAV, FLAC, OGG, MP3…); you can also drop one here"));
    m_description->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_descriptionText = tr("No audio open");
    m_description->setDescription({}, m_descriptionText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_clock->setToolTip(tr("Play position / clip length"));
    QFont clockFont = m_clock->font();
    clockFont.setFamily(QStringLiteral("monospace"));
    clockFont.setStyleHint(QFont::Monospace);
    m_clock->setFont(clockFont);
    // Space belongs to the window's Play/Stop action, not to whichever button has focus.
    m_openButton->setFocusPolicy(Qt::TabFocus);
    m_playButton->setFocusPolicy(Qt::TabFocus);

    auto* header = new QHBoxLayout;
    m_header = header;
    header->addWidget(m_openButton);
    header->addSpacing(8);
    header->addWidget(m_description, 1);

    // Wraps onto a second line where a language's words do not fit beside the clock.
    auto* hint = new WrappingLabel(this);
    hint->setText(tr("Click: position · Shift+drag: select · Wheel: zoom · Drag: scroll · Double-click: all"));
    hint->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    QPalette quiet = hint->palette();
    quiet.setColor(QPalette::WindowText, quiet.color(QPalette::PlaceholderText));
    hint->setPalette(quiet);

    auto* transport = new QHBoxLayout;
    transport->addWidget(m_playButton);
    transport->addSpacing(8);
    transport->addWidget(m_clock);
    transport->addWidget(hint, 1);  // takes the free space, right-aligned: one line where it fits

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_waveform, 1);
    layout->addWidget(m_message);
    layout->addLayout(transport);

    connect(m_openButton, &QPushButton::clicked, this, &AudioPanel::openWithDialog);
    connect(m_playButton, &QPushButton::clicked, this, &AudioPanel::togglePlayback);
    connect(m_waveform, &WaveformView::positionPicked, this, [this](double seconds) {
        m_playStartedAt = seconds;
        onPlaybackPosition(seconds);
        // While playing, a click jumps there and playing goes on.
        if (m_playback->isPlaying() && !m_playback->play(seconds)) showMessage(m_playback->lastError(), true);
    });
    connect(m_playback, &PlaybackEngine::positionChanged, this, &AudioPanel::onPlaybackPosition);
    connect(m_playback, &PlaybackEngine::playingChanged, this, &AudioPanel::updateTransport);
    connect(m_playback, &PlaybackEngine::finished, this, &AudioPanel::onPlaybackFinished);

    updateTransport();
}

AudioPanel::~AudioPanel() = default;

double AudioPanel::durationSeconds() const { return m_waveform->durationSeconds(); }

QString AudioPanel::clipDescription() const { return m_descriptionText; }

QString AudioPanel::messageText() const { return m_message->isHidden() ? QString() : m_message->text(); }

bool AudioPanel::loadFile(const QString& path) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const std::string file = QFile::encodeName(path).toStdString();  // the file system's own bytes
    auto info = mars5::probeAudio(file);
    auto audio = info.ok() ? mars5::readAudioMono(file) : Result<mars5::AudioBuffer>(info.error());
    QApplication::restoreOverrideCursor();

    if (!audio.ok()) {
        showMessage(loadErrorText(path, errorText(audio)), true);
        return false;
    }

    mars5::AudioBuffer& clip = audio.value();
    const double duration = clip.durationSeconds();  // before the samples move out
    const SharedSamples samples = shareSamples(std::move(clip.samples));
    m_samples = samples;
    m_sampleRate = clip.sampleRate;
    m_playback->load(samples, clip.sampleRate);
    m_waveform->setClip(samples, clip.sampleRate);
    m_currentFile = QFileInfo(path).absoluteFilePath();
    m_playStartedAt = 0.0;

    const QString name = QFileInfo(path).fileName();
    const QString details = tr("%1 · %2 Hz · %3 · %4, %5")
                                .arg(formatDuration(duration), QLocale().toString(clip.sampleRate),
                                     channelsText(info->channels), QString::fromStdString(info->container),
                                     QString::fromStdString(info->encoding));
    m_descriptionText = name + QStringLiteral(" · ") + details;
    m_description->setDescription(name, details);
    m_description->setToolTip(m_currentFile);

    const QStringList warnings = noticeTexts(clip.warnings);
    if (warnings.isEmpty())
        showMessage({}, false);
    else
        showMessage(tr("Opened %1, but: %2").arg(name, warnings.join(QStringLiteral("; "))), false);

    QSettings().setValue(kLastFolderKey, QFileInfo(path).absolutePath());
    onPlaybackPosition(0.0);
    updateTransport();
    emit clipLoaded(m_currentFile);
    emit clipChanged();
    return true;
}

void AudioPanel::setClip(SharedSamples samples, int sampleRate, const QString& name, const QString& sourceFile) {
    if (!samples || samples->empty() || sampleRate <= 0) {
        clearClip();
        return;
    }
    m_samples = samples;
    m_sampleRate = sampleRate;
    m_playback->load(samples, sampleRate);
    m_waveform->setClip(samples, sampleRate);
    m_currentFile = sourceFile;
    m_playStartedAt = 0.0;
    const QString details = tr("%1 · %2 Hz · mono")
                                .arg(formatDuration(static_cast<double>(samples->size()) / sampleRate),
                                     QLocale().toString(sampleRate));
    m_descriptionText = name + QStringLiteral(" · ") + details;
    m_description->setDescription(name, details);
    m_description->setToolTip(sourceFile);
    showMessage({}, false);
    onPlaybackPosition(0.0);
    updateTransport();
    emit clipChanged();
}

void AudioPanel::clearClip() {
    m_samples.reset();
    m_sampleRate = 0;
    m_playback->clear();
    m_waveform->clear();
    m_currentFile.clear();
    m_descriptionText = tr("No audio open");
    m_description->setDescription({}, m_descriptionText);
    m_description->setToolTip({});
    onPlaybackPosition(0.0);
    updateTransport();
    emit clipChanged();
}

void AudioPanel::addHeaderWidget(QWidget* widget) {
    // After the Open button and before the description.
    m_header->insertWidget(1 + m_headerExtras++, widget);
}

void AudioPanel::openWithDialog() {
    const QString folder = QSettings().value(kLastFolderKey).toString();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open audio"), folder,
        tr("Audio files (*.wav *.flac *.ogg *.oga *.opus *.mp3 *.aif *.aiff *.au *.caf);;All files (*)"));
    if (!path.isEmpty()) loadFile(path);
}

void AudioPanel::togglePlayback() {
    if (m_playback->isPlaying()) {
        m_playback->stop();
        m_waveform->setPlayheadSeconds(m_playback->positionSeconds());
        return;
    }
    if (!m_waveform->hasClip()) {
        showMessage(tr("Nothing to play yet: open an audio file first."), true);
        return;
    }
    // From the playhead; from the start when the playhead sits at the very end.
    double from = m_waveform->playheadSeconds();
    if (from >= durationSeconds() - 1e-3) from = 0.0;
    m_playStartedAt = from;
    if (!m_playback->play(from)) {
        showMessage(m_playback->lastError(), true);
        return;
    }
    if (m_messageIsError) showMessage({}, false);
}

void AudioPanel::dragEnterEvent(QDragEnterEvent* event) {
    if (!droppedLocalFiles(event->mimeData()).isEmpty()) acceptAsCopy(event);
}

void AudioPanel::dropEvent(QDropEvent* event) {
    const QStringList files = droppedLocalFiles(event->mimeData());
    if (files.isEmpty()) return;
    acceptAsCopy(event);
    openDroppedFiles(files);
}

bool AudioPanel::openDroppedFiles(const QStringList& files) {
    const DroppedFiles dropped = sortDroppedFiles(files);
    if (dropped.clip.isEmpty()) {
        showMessage(tr("%1 is a text file, not audio: drop it on the transcript or on the text to speak.")
                        .arg(QFileInfo(files.value(0)).fileName()),
                    true);
        return false;
    }
    if (!loadFile(dropped.clip)) return false;
    if (dropped.otherClips > 0) {
        // after what the load had to say of the clip (its warnings), not in its place
        const QString leftOut = tr("%n other file(s) dropped with it were left out: the reference is one clip.", nullptr,
                                   dropped.otherClips);
        const QString said = messageText();
        showMessage(said.isEmpty() ? leftOut : said + QLatin1Char('\n') + leftOut, m_messageIsError);
    }
    emit clipDropped(dropped.clip, dropped.words);
    return true;
}

void AudioPanel::showMessage(const QString& text, bool isError) {
    m_messageIsError = isError && !text.isEmpty();
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setStyleSheet(isError
        ? QStringLiteral("QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f3b8b3;"
                         " border-radius: 4px; padding: 6px 8px; }")
        : QStringLiteral("QLabel { color: #6b4800; background: #fff4d6; border: 1px solid #f0d48a;"
                         " border-radius: 4px; padding: 6px 8px; }"));
}

void AudioPanel::updateTransport() {
    const bool playing = m_playback->isPlaying();
    m_playButton->setEnabled(m_waveform->hasClip());
    m_playButton->setText(playing ? tr("Stop") : tr("Play"));
    m_playButton->setIcon(styleIcon(this, playing ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    m_playButton->setToolTip(tr("Play or stop (Space)"));
    onPlaybackPosition(playing ? m_playback->positionSeconds() : m_waveform->playheadSeconds());
}

void AudioPanel::onPlaybackPosition(double seconds) {
    m_waveform->setPlayheadSeconds(seconds);
    m_clock->setText(QStringLiteral("%1 / %2").arg(formatClock(m_waveform->playheadSeconds()),
                                                   formatClock(durationSeconds())));
}

void AudioPanel::onPlaybackFinished() {
    // Back to where this playback began, so Play hears the same passage again.
    onPlaybackPosition(m_playStartedAt);
}

}  // namespace mars5::ui
