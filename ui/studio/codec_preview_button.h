// "Hear through codec": the reference voice through Encodec and Vocos alone, as MARS5 reads and
// writes audio. What the codec keeps of a voice is the most a take can sound like it, so a
// reference that already suffers here (noise, music, a very bright voice) shows it before any
// synthesis. The button asks for the round trip (previewRequested; the studio runs it on the
// synthesis worker through SynthesisController::previewThroughCodec), keeps the result for the
// clip it was made from, and plays it on its own output stream; a second press stops it.
#pragma once

#include "audio/shared_samples.h"

#include <QString>
#include <QToolButton>

namespace mars5::ui {

class PlaybackEngine;

class CodecPreviewButton : public QToolButton {
    Q_OBJECT
public:
    enum class State { Unavailable, Idle, Encoding, Playing };

    explicit CodecPreviewButton(QWidget* parent = nullptr);

    // A model with Encodec and Vocos is loaded.
    void setModelReady(bool ready);
    // The clip changed (`present`: there is one now): a kept preview belongs to the old one.
    void clipChanged(bool present);
    // Drops the kept preview (and any answer still on its way).
    void forgetPreview();

    // The round trip waits behind a synthesis in progress (the note says so).
    void noteWaitingForSynthesis();
    // The round trip's answer (from the worker).
    void showPreview(SharedSamples samples, int sampleRate);
    void showFailure(const QString& message);

    State state() const { return m_state; }
    SharedSamples preview() const { return m_preview; }
    int previewRate() const { return m_previewRate; }
    PlaybackEngine* player() const { return m_player; }

signals:
    void previewRequested();
    // Whether a press does something now (for a menu action that mirrors the button).
    void enabledChanged(bool enabled);
    // One line for the panel to show beside the button ("" clears it); `problem` colours it.
    void noteChanged(const QString& note, bool problem);

private:
    void onClicked();
    void play();
    void setState(State state);
    void refresh();

    PlaybackEngine* m_player = nullptr;
    SharedSamples m_preview;
    int m_previewRate = 0;
    // Requests sent and answers received: the worker answers in order, so only the answer to the
    // latest request, while it is still wanted, is kept (a clip changed meanwhile makes it stale).
    int m_requests = 0, m_answers = 0;
    bool m_modelReady = false;
    bool m_clipPresent = false;
    State m_state = State::Unavailable;
};

}  // namespace mars5::ui
