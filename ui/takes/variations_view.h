// "N takes": the takes of one variation run (same text, reference and settings, N seeds)
// side by side, one column each: the seed, the waveform, Play and a ★ to pick the keepers.
// Columns appear as the takes arrive. Each is played at the quietest take's loudness unless
// the user turns that off (as Compare does: the louder take would sound better for it).
#pragma once

#include "takes/take_store.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;

namespace mars5::ui {
class PlaybackEngine;
class WaveformView;
}  // namespace mars5::ui

namespace mars5::ui::takes {

class VariationsView : public QWidget {
    Q_OBJECT
public:
    explicit VariationsView(QWidget* parent = nullptr);
    ~VariationsView() override;

    // Starts a new run of `expected` takes (clears the columns).
    void startGroup(const QString& group, int expected);
    QString group() const { return m_group; }
    // Adds a column when the take belongs to the current group; false otherwise.
    bool addTake(const TakeRecord& take, const mars5::AudioBuffer& audio);
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    qint64 takeIdAt(int column) const;
    WaveformView* waveformAt(int column) const;
    QPushButton* starButtonAt(int column) const;
    void setStarred(qint64 takeId, bool starred);
    PlaybackEngine* playback() const { return m_playback; }
    // "Same loudness" (on by default, remembered).
    QCheckBox* matchLoudness() const { return m_match; }
    // Plays a column's take (as its Play button does).
    void playColumn(int column);
    // The gain a column's take is played with (1 when off, or not measurable).
    double playbackGain(int column) const;

signals:
    void starToggled(qint64 takeId, bool starred);
    // A column was played or kept: the history selects that take, so its note, Ctrl+K and
    // Ctrl+Shift+K act on the take just heard.
    void takeChosen(qint64 takeId);

private:
    struct Column {
        qint64 id = 0;
        QWidget* box = nullptr;
        WaveformView* wave = nullptr;
        QPushButton* star = nullptr;
        mars5::AudioBuffer audio;
        double lufs = 0.0;  // integrated loudness; -inf when too short or quiet to measure
    };
    void updateHeader();
    static QString starText(bool starred);

    QString m_group;
    int m_expected = 0;
    QList<Column> m_columns;
    QLabel* m_header = nullptr;
    QCheckBox* m_match = nullptr;
    QHBoxLayout* m_row = nullptr;
    PlaybackEngine* m_playback = nullptr;
    qint64 m_playingId = 0;
};

}  // namespace mars5::ui::takes
