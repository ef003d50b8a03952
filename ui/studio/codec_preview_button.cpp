#include "studio/codec_preview_button.h"

#include "audio/playback_engine.h"
#include "util/style_icon.h"

#include <QLocale>
#include <QPalette>
#include <QStyle>

namespace mars5::ui {

CodecPreviewButton::CodecPreviewButton(QWidget* parent) : QToolButton(parent), m_player(new PlaybackEngine(this)) {
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setIconSize(QSize(12, 12));
    // drawn flat on a line of text: the link colour says it can be clicked
    QPalette p = palette();
    p.setColor(QPalette::ButtonText, p.color(QPalette::Link));
    setPalette(p);
    connect(this, &QToolButton::clicked, this, &CodecPreviewButton::onClicked);
    connect(m_player, &PlaybackEngine::playingChanged, this, [this](bool playing) {
        if (!playing && m_state == State::Playing) setState(State::Idle);
    });
    refresh();
}

void CodecPreviewButton::setModelReady(bool ready) {
    m_modelReady = ready;
    refresh();
}

void CodecPreviewButton::clipChanged(bool present) {
    m_clipPresent = present;
    forgetPreview();
}

void CodecPreviewButton::forgetPreview() {
    m_player->stop();
    m_player->clear();
    m_preview.reset();
    m_previewRate = 0;
    m_state = State::Idle;  // an answer still on its way is for the old clip
    emit noteChanged(QString(), false);
    refresh();
}

void CodecPreviewButton::showPreview(SharedSamples samples, int sampleRate) {
    if (++m_answers != m_requests || m_state != State::Encoding) return;  // stale
    m_preview = std::move(samples);
    m_previewRate = sampleRate;
    setState(State::Idle);
    play();
}

void CodecPreviewButton::showFailure(const QString& message) {
    if (++m_answers != m_requests || m_state != State::Encoding) return;
    setState(State::Idle);
    emit noteChanged(tr("The codec preview failed: %1").arg(message), true);
}

void CodecPreviewButton::noteWaitingForSynthesis() {
    if (m_state == State::Encoding)
        emit noteChanged(tr("Waiting for the synthesis in progress, then encoding the reference with Encodec and Vocos…"), false);
}

void CodecPreviewButton::onClicked() {
    if (m_state == State::Playing) {
        m_player->stop();
        setState(State::Idle);
        return;
    }
    if (m_state != State::Idle) return;
    if (m_preview) {
        play();
        return;
    }
    setState(State::Encoding);
    ++m_requests;
    emit noteChanged(tr("Encoding the reference with Encodec and decoding it with Vocos…"), false);
    emit previewRequested();
}

void CodecPreviewButton::play() {
    const double seconds = m_previewRate > 0 ? static_cast<double>(m_preview->size()) / m_previewRate : 0.0;
    m_player->load(m_preview, m_previewRate);
    if (m_player->play(0.0)) {
        setState(State::Playing);
        emit noteChanged(tr("Playing the reference through the codec (%1 s): the most a take can sound like this voice")
                             .arg(QLocale().toString(seconds, 'f', 1)),
                         false);
    } else {
        emit noteChanged(tr("The codec preview is ready (%1 s) but cannot play: %2")
                             .arg(QLocale().toString(seconds, 'f', 1), m_player->lastError()),
                         true);
    }
}

void CodecPreviewButton::setState(State state) {
    m_state = state;
    refresh();
}

void CodecPreviewButton::refresh() {
    if (m_state != State::Encoding && m_state != State::Playing)
        m_state = m_modelReady && m_clipPresent ? State::Idle : State::Unavailable;
    const bool enabled = m_state == State::Idle || m_state == State::Playing;
    if (enabled != isEnabled()) {
        setEnabled(enabled);
        emit enabledChanged(enabled);
    }
    setIcon(styleIcon(this, m_state == State::Playing ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    setText(m_state == State::Playing ? tr("Stop codec preview")
            : m_state == State::Encoding ? tr("Encoding…")
                                         : tr("Hear through codec"));
    setToolTip(m_modelReady
                   ? tr("Play the reference through Encodec and Vocos alone, as MARS5 reads and writes audio: what the "
                        "codec keeps of this voice is the most a take can sound like it.")
                   : tr("Hear the reference through the codec: needs the model (Encodec and Vocos). Set it up with "
                        "File ▸ Set up model…."));
}

}  // namespace mars5::ui
