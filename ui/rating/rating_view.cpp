#include "rating/rating_view.h"

#include "mars5/audio.h"
#include "audio/loudness.h"
#include "util/notice_text.h"
#include "util/time_format.h"
#include "widgets/waveform_view.h"

#include <qcustomplot.h>

#include <QButtonGroup>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSlider>
#include <QVBoxLayout>

namespace mars5::ui::rating {

namespace {

constexpr int kA = AbPlayer::kSideA;
constexpr int kB = AbPlayer::kSideB;

QString sideName(int side) { return side == kA ? QStringLiteral("A") : QStringLiteral("B"); }

const char* const kSideStyle =
    "QPushButton { font-size: 28px; font-weight: 600; min-width: 120px; min-height: 64px;"
    " border: 2px solid palette(mid); border-radius: 10px; background: palette(button); }"
    "QPushButton:checked { border: 3px solid #2f7de1; background: #dbe9fb; color: #0f3d7a; }";
const char* const kChoiceStyle =
    "QPushButton { font-size: 15px; min-height: 40px; padding: 0 16px; border: 1px solid palette(mid);"
    " border-radius: 8px; background: palette(button); }"
    "QPushButton:checked { border: 2px solid #1e8a4c; background: #d9f2e3; color: #0d4d29; font-weight: 600; }"
    "QPushButton:disabled { color: palette(mid); }";

}  // namespace

RatingView::RatingView(RatingStore* store, AbPlayer::Output output, QWidget* parent)
    : QWidget(parent), m_store(store), m_player(new AbPlayer(output, this)) {
    buildUi();
    setFocusPolicy(Qt::StrongFocus);
    connect(m_player, &AbPlayer::sideAudible, this, &RatingView::onSideAudible);
    connect(m_player, &AbPlayer::positionChanged, this, &RatingView::onPosition);
    connect(m_player, &AbPlayer::playingChanged, this, [this] { updateState(); });
    updateState();
}

RatingView::~RatingView() { m_player->stop(); }

void RatingView::buildUi() {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto* header = new QHBoxLayout;
    m_title = new QLabel(this);
    m_title->setStyleSheet(QStringLiteral("font-size: 16px; font-weight: 600;"));
    m_progressLabel = new QLabel(this);
    m_progressLabel->setStyleSheet(QStringLiteral("font-size: 14px;"));
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(200);
    m_progress->setMaximumHeight(10);
    m_progress->setTextVisible(false);
    header->addWidget(m_title, 1);
    header->addWidget(m_progressLabel);
    header->addSpacing(8);
    header->addWidget(m_progress);
    layout->addLayout(header);

    m_transcript = new QLabel(this);
    m_transcript->setWordWrap(true);
    m_transcript->setStyleSheet(QStringLiteral("font-size: 15px; font-style: italic; color: palette(dark); padding: 4px 0;"));
    layout->addWidget(m_transcript);

    m_waveform = new WaveformView(this);
    m_waveform->setMinimumHeight(150);
    m_waveform->setFocusPolicy(Qt::NoFocus);
    // Nothing is opened or dropped here: clips come from the session.
    m_waveform->setEmptyHint(tr("Create a session with New session…, or choose one in the list and press Judge selected"));
    m_loopRect = new QCPItemRect(m_waveform->plot());
    m_loopRect->setPen(QPen(QColor(47, 125, 225, 160)));
    m_loopRect->setBrush(QColor(47, 125, 225, 40));
    m_loopRect->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_loopRect->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_loopRect->setVisible(false);
    connect(m_waveform, &WaveformView::positionPicked, this, [this](double s) { m_player->seek(s); });
    layout->addWidget(m_waveform, 1);

    auto* transport = new QHBoxLayout;
    transport->setSpacing(14);
    for (int side : {kA, kB}) {
        auto* column = new QVBoxLayout;
        m_sideButtons[side] = new QPushButton(sideName(side), this);
        m_sideButtons[side]->setCheckable(true);
        m_sideButtons[side]->setFocusPolicy(Qt::NoFocus);
        m_sideButtons[side]->setStyleSheet(QString::fromLatin1(kSideStyle));
        m_sideButtons[side]->setToolTip(tr("Play side %1 (key %1); while playing, switch at the same position").arg(sideName(side)));
        connect(m_sideButtons[side], &QPushButton::clicked, this, [this, side] { playSide(side); });
        m_heardLabels[side] = new QLabel(this);
        m_heardLabels[side]->setAlignment(Qt::AlignCenter);
        column->addWidget(m_sideButtons[side]);
        column->addWidget(m_heardLabels[side]);
        transport->addLayout(column);
    }
    auto* playColumn = new QVBoxLayout;
    m_playButton = new QPushButton(this);
    m_playButton->setFocusPolicy(Qt::NoFocus);
    m_playButton->setMinimumHeight(40);
    connect(m_playButton, &QPushButton::clicked, this, &RatingView::togglePlay);
    m_positionLabel = new QLabel(this);
    m_positionLabel->setAlignment(Qt::AlignCenter);
    playColumn->addWidget(m_playButton);
    playColumn->addWidget(m_positionLabel);
    transport->addLayout(playColumn);
    m_loopLabel = new QLabel(this);
    m_loopLabel->setWordWrap(true);
    transport->addWidget(m_loopLabel, 1);
    layout->addLayout(transport);

    auto* choices = new QHBoxLayout;
    m_choiceGroup = new QButtonGroup(this);
    m_choiceGroup->setExclusive(true);
    const QString labels[3] = {tr("A is better   [1]"), tr("No preference   [0]"), tr("B is better   [2]")};
    for (int i = 0; i < 3; ++i) {
        m_choiceButtons[i] = new QPushButton(labels[i], this);
        m_choiceButtons[i]->setCheckable(true);
        m_choiceButtons[i]->setFocusPolicy(Qt::NoFocus);
        m_choiceButtons[i]->setStyleSheet(QString::fromLatin1(kChoiceStyle));
        m_choiceGroup->addButton(m_choiceButtons[i], i);
        choices->addWidget(m_choiceButtons[i], 1);
    }
    connect(m_choiceButtons[0], &QPushButton::clicked, this, [this] { choose(Choice::A); });
    connect(m_choiceButtons[1], &QPushButton::clicked, this, [this] { choose(Choice::Tie); });
    connect(m_choiceButtons[2], &QPushButton::clicked, this, [this] { choose(Choice::B); });
    layout->addLayout(choices);

    m_strengthRow = new QWidget(this);
    auto* strength = new QHBoxLayout(m_strengthRow);
    strength->setContentsMargins(0, 0, 0, 0);
    auto* much = new QLabel(tr("A much better"), m_strengthRow);
    m_strengthSlider = new QSlider(Qt::Horizontal, m_strengthRow);
    m_strengthSlider->setRange(-3, 3);
    m_strengthSlider->setTickPosition(QSlider::TicksBelow);
    m_strengthSlider->setTickInterval(1);
    m_strengthSlider->setPageStep(1);
    m_strengthSlider->setFocusPolicy(Qt::NoFocus);
    connect(m_strengthSlider, &QSlider::sliderMoved, this, [this](int v) {
        if (!canAnswer()) return;
        m_strength = v;
        m_choice = v < 0 ? Choice::A : v > 0 ? Choice::B : Choice::Tie;
        if (m_choice == Choice::Tie && !m_session.allowTie) m_choice.reset();
        updateState();
    });
    auto* muchB = new QLabel(tr("B much better"), m_strengthRow);
    m_strengthLabel = new QLabel(m_strengthRow);
    m_strengthLabel->setMinimumWidth(190);
    m_strengthLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_strengthLabel->setStyleSheet(QStringLiteral("font-weight: 600; color: #0d4d29;"));
    strength->addWidget(much);
    strength->addWidget(m_strengthSlider, 1);
    strength->addWidget(muchB);
    strength->addWidget(m_strengthLabel);
    layout->addWidget(m_strengthRow);

    m_comment = new QLineEdit(this);
    m_comment->setPlaceholderText(tr("Comment (optional) — press C to write, Escape to return, Enter to save the judgement"));
    m_comment->setClearButtonEnabled(true);
    m_comment->installEventFilter(this);
    layout->addWidget(m_comment);

    auto* bottom = new QHBoxLayout;
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_nextButton = new QPushButton(tr("Save and next   [Enter]"), this);
    m_nextButton->setFocusPolicy(Qt::NoFocus);
    m_nextButton->setMinimumHeight(36);
    connect(m_nextButton, &QPushButton::clicked, this, &RatingView::confirm);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_nextButton);
    layout->addLayout(bottom);

    m_keys = new QLabel(tr("Keys: A / B play a side · T toggle · Space play/pause · [ ] loop · L clear loop · "
                           "1 / 2 / 0 choose · C comment · Enter save"),
                        this);
    m_keys->setStyleSheet(QStringLiteral("color: palette(dark); font-size: 11px;"));
    layout->addWidget(m_keys);
}

bool RatingView::openSession(qint64 sessionId) {
    m_player->clear();
    auto info = m_store->session(sessionId);
    if (!info.ok()) {
        showMessage(errorText(info), true);
        return false;
    }
    auto trials = m_store->trials(sessionId);
    if (!trials.ok()) {
        showMessage(errorText(trials), true);
        return false;
    }
    m_session = info.value();
    m_trials = trials.value();
    m_skipped.clear();
    m_strengthRow->setVisible(m_session.useStrength);
    m_choiceButtons[1]->setVisible(m_session.allowTie);
    const int first = nextUnjudged(-1);
    if (first < 0) showComplete();
    else showTrial(first);
    return true;
}

void RatingView::closeSession() {
    m_player->clear();
    m_session = SessionInfo{};
    m_trials.clear();
    m_skipped.clear();
    m_current = -1;
    m_audioOk = false;
    m_waveform->clear();
    m_transcript->setVisible(false);
    showMessage(tr("Judging stopped; every judgement so far is saved. Open the session again to go on."), false);
    updateState();
}

int RatingView::nextUnjudged(int after) const {
    for (int i = after + 1; i < m_trials.size(); ++i)
        if (!m_trials[i].judged && !m_skipped.contains(m_trials[i].id)) return i;
    return -1;
}

int RatingView::judgedCount() const {
    return static_cast<int>(std::count_if(m_trials.begin(), m_trials.end(), [](const TrialRecord& t) { return t.judged; }));
}

std::optional<TrialRecord> RatingView::currentTrial() const {
    if (m_current < 0 || m_current >= m_trials.size()) return std::nullopt;
    return m_trials[m_current];
}

bool RatingView::canAnswer() const { return m_current >= 0 && m_audioOk && m_heard[kA] && m_heard[kB]; }

QString RatingView::messageText() const { return m_message->text(); }

void RatingView::showMessage(const QString& text, bool isError) {
    m_messageIsError = isError;
    m_message->setText(text);
    m_message->setStyleSheet(isError ? QStringLiteral("color: #b3261e; font-weight: 600;") : QString());
}

void RatingView::showTrial(int index) {
    m_player->clear();
    m_current = index;
    const TrialRecord& trial = m_trials[index];
    m_heard[kA] = m_heard[kB] = false;
    m_replays[kA] = m_replays[kB] = 0;
    m_choice.reset();
    m_strength = 0;
    m_comment->clear();
    m_loopMark = -1.0;
    m_presentedAt = QDateTime::currentDateTimeUtc();
    m_elapsed.start();
    m_transcript->setText(trial.transcript.isEmpty() ? QString() : QStringLiteral("“%1”").arg(trial.transcript));
    m_transcript->setVisible(!trial.transcript.isEmpty());
    showMessage(QString(), false);

    // Read both sides, measure them and match their loudness before anything is heard.
    m_audioOk = false;
    mars5::AudioBuffer clips[2];
    const QString files[2] = {trial.fileA, trial.fileB};
    for (int side : {kA, kB}) {
        auto read = mars5::readAudioMono(files[side].toStdString());
        if (!read.ok()) {
            showMessage(tr("Side %1 cannot be played: %2. Press S to skip this trial (it stays unjudged), or fix the "
                           "file and reopen the session.")
                            .arg(sideName(side), errorText(read)),
                        true);
            m_waveform->clear();
            updateState();
            return;
        }
        clips[side] = std::move(read.value());
    }
    auto la = measureLoudness(clips[kA].samples, clips[kA].sampleRate);
    auto lb = measureLoudness(clips[kB].samples, clips[kB].sampleRate);
    if (!la.ok() || !lb.ok()) {
        showMessage(tr("The loudness of this pair could not be measured: %1")
                        .arg(errorText(!la.ok() ? la.error() : lb.error())),
                    true);
        updateState();
        return;
    }
    const MatchedGains gains = matchLoudness(la.value(), lb.value(), m_session.loudnessTarget);
    if (!m_player->load(clips[kA], clips[kB], gains.gainA, gains.gainB)) {
        showMessage(m_player->lastError(), true);
        updateState();
        return;
    }
    m_sideRate = clips[kA].sampleRate;
    m_sideSamples[kA] = shareSamples(applyGain(clips[kA].samples, gains.gainA));
    m_sideRate = clips[kA].sampleRate;
    m_sideSamples[kB] = shareSamples(applyGain(clips[kB].samples, gains.gainB));
    // The waveform shows side A until B is heard; both are loudness-matched, so the picture
    // does not give away which side is louder.
    m_waveform->setClip(m_sideSamples[kA], clips[kA].sampleRate);
    m_waveform->setProperty("mars5SideRates", QVariantList{clips[kA].sampleRate, clips[kB].sampleRate});
    m_audioOk = true;
    showMessage(tr("Listen to both A and B, then choose."), false);
    updateLoopRect();
    updateState();
}

void RatingView::showComplete() {
    m_player->clear();
    m_current = -1;
    m_audioOk = false;
    m_waveform->clear();
    m_transcript->setVisible(false);
    if (!m_skipped.isEmpty())
        showMessage(tr("%n trial(s) were skipped because their audio could not be played; they stay unjudged "
                       "and come back when the session is reopened.", nullptr, m_skipped.size()),
                    true);
    else
        showMessage(tr("Session complete: all %n judgement(s) are saved. Open the statistics to see the result.",
                       nullptr, judgedCount()),
                    false);
    updateState();
    emit sessionComplete(m_session.id);
}

void RatingView::updateState() {
    const bool active = m_current >= 0;
    m_title->setText(m_session.id == 0 ? tr("No session open")
                                       : tr("%1 · rater %2").arg(m_session.name, m_session.rater));
    m_progress->setMaximum(std::max<int>(1, static_cast<int>(m_trials.size())));
    m_progress->setValue(active ? judgedCount() + 1 : judgedCount());
    m_progressLabel->setText(m_session.id == 0 ? QString()
                             : active ? tr("Trial %1 of %2").arg(judgedCount() + 1).arg(m_trials.size())
                                      : tr("%1 of %2 judged").arg(judgedCount()).arg(m_trials.size()));

    const bool playing = m_player->isPlaying();
    for (int side : {kA, kB}) {
        m_sideButtons[side]->setEnabled(active && m_audioOk);
        m_sideButtons[side]->setChecked(active && m_audioOk && m_player->side() == side && (playing || m_heard[side]));
        m_heardLabels[side]->setText(!active ? QString()
                                     : m_heard[side] ? tr("✓ heard (%n×)", nullptr, m_replays[side])
                                                     : tr("not heard yet"));
        m_heardLabels[side]->setStyleSheet(m_heard[side] ? QStringLiteral("color: #1e8a4c;")
                                                         : QStringLiteral("color: #b26a00;"));
    }
    m_playButton->setEnabled(active && m_audioOk);
    m_playButton->setText(playing ? tr("❚❚ Pause   [Space]") : tr("▶ Play   [Space]"));
    m_positionLabel->setText(active && m_audioOk
                                 ? QStringLiteral("%1 / %2").arg(formatClock(m_player->positionSeconds()),
                                                                 formatClock(m_player->durationSeconds()))
                                 : QString());
    m_loopLabel->setText(!active ? QString()
                         : m_player->hasLoop()
                             ? tr("Loop %1 – %2 (L clears)").arg(formatClock(m_player->loopStart()), formatClock(m_player->loopEnd()))
                         : m_loopMark >= 0 ? tr("Loop from %1 — press ] at the end").arg(formatClock(m_loopMark))
                                           : tr("No loop: [ and ] set one at the play position"));

    const bool answerable = canAnswer();
    for (auto* b : m_choiceButtons) b->setEnabled(answerable);
    m_choiceGroup->setExclusive(false);
    for (int i = 0; i < 3; ++i)
        m_choiceButtons[i]->setChecked(m_choice && ((i == 0 && *m_choice == Choice::A) ||
                                                    (i == 1 && *m_choice == Choice::Tie) || (i == 2 && *m_choice == Choice::B)));
    m_choiceGroup->setExclusive(true);
    m_strengthSlider->setEnabled(answerable);
    m_strengthSlider->setValue(m_strength);
    static const char* const names[] = {QT_TR_NOOP("A much better"), QT_TR_NOOP("A better"), QT_TR_NOOP("A slightly better"),
                                        QT_TR_NOOP("no preference"), QT_TR_NOOP("B slightly better"), QT_TR_NOOP("B better"),
                                        QT_TR_NOOP("B much better")};
    m_strengthLabel->setText(m_choice ? tr("%1 (%2%3)").arg(tr(names[m_strength + 3]), m_strength > 0 ? QStringLiteral("+") : QString()).arg(m_strength)
                                      : QString());
    m_comment->setEnabled(active);
    m_nextButton->setEnabled(answerable && m_choice.has_value());
    if (active && m_audioOk && !m_messageIsError) {
        if (!answerable)
            showMessage(!m_heard[kA] && !m_heard[kB] ? tr("Listen to both A and B, then choose.")
                        : tr("Now listen to %1 as well; answering opens once both sides were heard.")
                              .arg(sideName(m_heard[kA] ? kB : kA)),
                        false);
        else if (!m_choice)
            showMessage(m_session.allowTie ? tr("Which sounds better? 1 = A, 2 = B, 0 = no preference.")
                                           : tr("Which sounds better? 1 = A, 2 = B."),
                        false);
        else
            showMessage(tr("Enter saves this judgement and moves on."), false);
    }
}

void RatingView::playSide(int side) {
    if (m_current < 0 || !m_audioOk) return;
    if (!m_player->play(side)) showMessage(m_player->lastError(), true);
    updateState();
}

void RatingView::toggleSide() {
    if (m_current < 0 || !m_audioOk) return;
    if (!m_player->toggleSide()) showMessage(m_player->lastError(), true);
    updateState();
}

void RatingView::togglePlay() {
    if (m_current < 0 || !m_audioOk) return;
    if (!m_player->togglePlayPause()) showMessage(m_player->lastError(), true);
    updateState();
}

void RatingView::onSideAudible(int side) {
    m_heard[side] = true;
    ++m_replays[side];
    if (m_sideSamples[side]) {
        const QVariantList rates = m_waveform->property("mars5SideRates").toList();
        const int rate = rates.size() == 2 ? rates[side].toInt() : m_sideRate;
        m_waveform->setClip(m_sideSamples[side], rate);
        m_waveform->setPlayheadSeconds(m_player->positionSeconds());
        updateLoopRect();
    }
    updateState();
}

void RatingView::onPosition(double seconds) {
    m_waveform->setPlayheadSeconds(seconds);
    if (m_current >= 0 && m_audioOk)
        m_positionLabel->setText(QStringLiteral("%1 / %2").arg(formatClock(seconds), formatClock(m_player->durationSeconds())));
}

void RatingView::setLoopEdge(bool start) {
    if (m_current < 0 || !m_audioOk) return;
    const double at = m_player->positionSeconds();
    if (start) {
        m_loopMark = at;
        if (m_player->hasLoop() && at < m_player->loopEnd()) m_player->setLoop(at, m_player->loopEnd());
    } else {
        const double from = m_loopMark >= 0 ? m_loopMark : (m_player->hasLoop() ? m_player->loopStart() : 0.0);
        m_player->setLoop(from, at);
        m_loopMark = -1.0;
    }
    updateLoopRect();
    updateState();
}

void RatingView::clearLoop() {
    m_player->clearLoop();
    m_loopMark = -1.0;
    updateLoopRect();
    updateState();
}

void RatingView::updateLoopRect() {
    const bool show = m_player->hasLoop();
    m_loopRect->setVisible(show);
    if (show) {
        m_loopRect->topLeft->setCoords(m_player->loopStart(), 0.0);
        m_loopRect->bottomRight->setCoords(m_player->loopEnd(), 1.0);
    }
    m_waveform->plot()->replot(QCustomPlot::rpQueuedReplot);
}

void RatingView::choose(Choice choice) {
    if (m_current < 0) return;
    if (!canAnswer()) {
        showMessage(m_audioOk ? tr("Listen to both A and B before answering (press A, then B).")
                              : tr("This trial's audio cannot be played; press S to skip it."),
                    true);
        m_messageIsError = false;  // the hint goes away with the next state change
        return;
    }
    if (choice == Choice::Tie && !m_session.allowTie) return;
    if (m_session.useStrength) {
        if (choice == Choice::A) m_strength = m_strength >= 0 ? -1 : std::max(-3, m_strength - 1);
        else if (choice == Choice::B) m_strength = m_strength <= 0 ? 1 : std::min(3, m_strength + 1);
        else m_strength = 0;
    }
    m_choice = choice;
    updateState();
}

void RatingView::confirm() {
    if (m_current < 0) return;
    if (!canAnswer() || !m_choice) {
        showMessage(!canAnswer() ? (m_audioOk ? tr("Listen to both A and B before answering (press A, then B).")
                                              : tr("This trial's audio cannot be played; press S to skip it."))
                                 : tr("Choose first: 1 = A is better, 2 = B is better%1.")
                                       .arg(m_session.allowTie ? tr(", 0 = no preference") : QString()),
                    true);
        m_messageIsError = false;
        return;
    }
    m_player->stop();
    TrialRecord& trial = m_trials[m_current];
    JudgementRecord j;
    j.choice = *m_choice;
    if (m_session.useStrength) j.strength = m_strength;
    j.timeMs = m_elapsed.elapsed();
    j.replaysA = m_replays[kA];
    j.replaysB = m_replays[kB];
    j.comment = m_comment->text().trimmed();
    j.presentedAt = m_presentedAt;
    j.answeredAt = QDateTime::currentDateTimeUtc();
    auto saved = m_store->recordJudgement(trial.id, j);
    if (!saved.ok()) {
        showMessage(tr("The judgement was NOT saved: %1. It is still on screen; press Enter to try again.")
                        .arg(errorText(saved)),
                    true);
        return;
    }
    trial.judged = true;
    emit judgementSaved(trial.id);
    setFocus();
    const int next = nextUnjudged(m_current);
    if (next < 0) showComplete();
    else showTrial(next);
}

void RatingView::skip() {
    if (m_current < 0 || m_audioOk) return;
    m_skipped.insert(m_trials[m_current].id);
    const int next = nextUnjudged(m_current);
    if (next < 0) showComplete();
    else showTrial(next);
}

bool RatingView::eventFilter(QObject* watched, QEvent* event) {
    if (watched == m_comment && event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape) {
            setFocus();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            setFocus();
            confirm();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void RatingView::keyPressEvent(QKeyEvent* event) {
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_A: playSide(kA); break;
    case Qt::Key_B: playSide(kB); break;
    case Qt::Key_T:
    case Qt::Key_X: toggleSide(); break;
    case Qt::Key_Space: togglePlay(); break;
    case Qt::Key_Home: m_player->seek(m_player->hasLoop() ? m_player->loopStart() : 0.0); break;
    case Qt::Key_BracketLeft: setLoopEdge(true); break;
    case Qt::Key_BracketRight: setLoopEdge(false); break;
    case Qt::Key_L: clearLoop(); break;
    case Qt::Key_1:
    case Qt::Key_Left: choose(Choice::A); break;
    case Qt::Key_2:
    case Qt::Key_Right: choose(Choice::B); break;
    case Qt::Key_0:
    case Qt::Key_N:
    case Qt::Key_Down: choose(Choice::Tie); break;
    case Qt::Key_C:
        if (m_current >= 0) m_comment->setFocus();
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter: confirm(); break;
    case Qt::Key_S: skip(); break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

}  // namespace mars5::ui::rating
