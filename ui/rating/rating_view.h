// Judging one session, trial after trial, entirely from the keyboard:
//
//   A / B        play side A / side B (while playing: switch at the same position)
//   T or X       toggle A <-> B          Space   play / pause       Home  back to the start
//   [ and ]      loop from / to the play position          L      clear the loop
//   1 or Left    A is better (again: stronger, down to -3 when strength is asked)
//   2 or Right   B is better (again: stronger, up to +3)
//   0, N, Down   no preference (when the session allows it)
//   C            write a comment (Escape returns; Enter confirms)
//   Enter        save the judgement and go to the next trial
//   S            skip a trial whose audio cannot be played (it stays unjudged)
//
// Nothing names the systems: the listener sees "A" and "B" only. Answering is possible once
// both sides have been heard. Time from presentation to answer and how often each side was
// started are recorded with the judgement.
#pragma once

#include "rating/rating_store.h"
#include "rating/ab_player.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QList>
#include <QSet>
#include <QWidget>

#include <optional>

class QButtonGroup;
class QCPItemRect;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSlider;

namespace mars5::ui {
class WaveformView;
}

namespace mars5::ui::rating {

class RatingView : public QWidget {
    Q_OBJECT
public:
    explicit RatingView(RatingStore* store, AbPlayer::Output output = AbPlayer::Output::Device, QWidget* parent = nullptr);
    ~RatingView() override;

    // Shows the first unjudged trial of the session. False with messageText() on failure.
    bool openSession(qint64 sessionId);
    // Leaves the session (its judgements are saved already): nothing is open afterwards.
    void closeSession();
    qint64 sessionId() const { return m_session.id; }
    const SessionInfo& session() const { return m_session; }

    // For tests and the window around the view.
    bool isComplete() const { return m_current < 0 && m_session.id != 0; }
    std::optional<TrialRecord> currentTrial() const;
    bool heard(int side) const { return m_heard[side]; }
    bool canAnswer() const;
    std::optional<Choice> pendingChoice() const { return m_choice; }
    int pendingStrength() const { return m_strength; }
    int judgedCount() const;
    QString messageText() const;
    AbPlayer* player() const { return m_player; }

signals:
    void judgementSaved(qint64 trialId);
    void sessionComplete(qint64 sessionId);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildUi();
    void showTrial(int index);
    void showComplete();
    void updateState();
    void choose(Choice choice);
    void confirm();
    void skip();
    void playSide(int side);
    void toggleSide();
    void togglePlay();
    void setLoopEdge(bool start);
    void clearLoop();
    void onSideAudible(int side);
    void onPosition(double seconds);
    void showMessage(const QString& text, bool isError);
    void updateLoopRect();
    int nextUnjudged(int after) const;

    RatingStore* m_store;
    AbPlayer* m_player;
    SessionInfo m_session;
    QList<TrialRecord> m_trials;
    QSet<qint64> m_skipped;
    int m_current = -1;
    bool m_audioOk = false;
    SharedSamples m_sideSamples[2];
    int m_sideRate = 0;
    double m_loopMark = -1.0;

    // The trial being judged.
    bool m_heard[2] = {false, false};
    int m_replays[2] = {0, 0};
    std::optional<Choice> m_choice;
    int m_strength = 0;
    QDateTime m_presentedAt;
    QElapsedTimer m_elapsed;

    QLabel* m_title = nullptr;
    QLabel* m_progressLabel = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_transcript = nullptr;
    WaveformView* m_waveform = nullptr;
    QCPItemRect* m_loopRect = nullptr;
    QPushButton* m_sideButtons[2] = {nullptr, nullptr};
    QLabel* m_heardLabels[2] = {nullptr, nullptr};
    QPushButton* m_playButton = nullptr;
    QLabel* m_positionLabel = nullptr;
    QLabel* m_loopLabel = nullptr;
    QPushButton* m_choiceButtons[3] = {nullptr, nullptr, nullptr};  // A, tie, B
    QButtonGroup* m_choiceGroup = nullptr;
    QWidget* m_strengthRow = nullptr;
    QSlider* m_strengthSlider = nullptr;
    QLabel* m_strengthLabel = nullptr;
    QLineEdit* m_comment = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_nextButton = nullptr;
    QLabel* m_keys = nullptr;
    bool m_messageIsError = false;
};

}  // namespace mars5::ui::rating
