// Two takes compared: each take's waveform and spectrogram stacked (A above B), one
// playhead over all four, instant A/B switching that keeps the position (the other take
// continues from the same second), and a table of the settings that differ (and only those).
// Both are heard at the same loudness unless the user turns that off (a louder take usually
// sounds better, so a change of a setting would be judged by its level): the louder one is
// lowered to the quieter one's integrated loudness (EBU R128). The plots show the takes as made.
#pragma once

#include "audio/shared_samples.h"
#include "takes/settings_diff.h"
#include "takes/take_store.h"

#include "mars5/audio.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace mars5::ui {
class PlaybackEngine;
class WaveformView;
}  // namespace mars5::ui

namespace mars5::ui::takes {

class SpectrogramView;

class CompareView : public QWidget {
    Q_OBJECT
public:
    enum class Side { A, B };

    explicit CompareView(QWidget* parent = nullptr);
    ~CompareView() override;

    void setTakes(const TakeRecord& a, mars5::AudioBuffer audioA, const TakeRecord& b, mars5::AudioBuffer audioB);
    bool hasTakes() const { return m_hasTakes; }
    Side current() const { return m_side; }
    PlaybackEngine* playback() const { return m_playback; }
    QTableWidget* diffTable() const { return m_diff; }
    SpectrogramView* spectrogram(Side side) const { return side == Side::A ? m_specA : m_specB; }
    WaveformView* waveform(Side side) const { return side == Side::A ? m_waveA : m_waveB; }
    QCheckBox* logFrequency() const { return m_log; }
    // "Same loudness" (on by default, remembered): playback gains matched.
    QCheckBox* matchLoudness() const { return m_match; }
    QString loudnessNote() const;  // what the line beside it says
    double playbackGain(Side side) const { return side == Side::A ? m_gainA : m_gainB; }
    double positionSeconds() const { return m_position; }
    // What a side's line says ("A Warm ✎ — seed 5, 1.25 s", rich text), and its tooltip: the
    // take's note.
    QString sideLabel(Side side) const;
    QString sideNote(Side side) const;

public slots:
    // Switches to a side; if playing, the other take carries on from the same position.
    void select(Side side);
    void toggleSide() { select(m_side == Side::A ? Side::B : Side::A); }
    void togglePlay();
    void seek(double seconds);

protected:
    bool event(QEvent* event) override;

private:
    void setPosition(double seconds);
    // Measures both takes and makes what each side plays: matched or as made.
    void prepareListening();
    void updateSideLabels();

    PlaybackEngine* m_playback = nullptr;
    WaveformView* m_waveA = nullptr;
    WaveformView* m_waveB = nullptr;
    SpectrogramView* m_specA = nullptr;
    SpectrogramView* m_specB = nullptr;
    QLabel* m_labelA = nullptr;
    QLabel* m_labelB = nullptr;
    QPushButton* m_play = nullptr;
    QPushButton* m_ab = nullptr;
    QCheckBox* m_log = nullptr;
    QCheckBox* m_match = nullptr;
    QLabel* m_loudness = nullptr;
    SharedSamples m_heardA, m_heardB;  // what each side plays
    double m_gainA = 1.0, m_gainB = 1.0;
    QTableWidget* m_diff = nullptr;
    QLabel* m_diffTitle = nullptr;
    mars5::AudioBuffer m_audioA, m_audioB;
    TakeRecord m_takeA, m_takeB;
    Side m_side = Side::A;
    double m_position = 0.0;
    bool m_hasTakes = false;
};

}  // namespace mars5::ui::takes
