#include "takes/compare_view.h"

#include "audio/loudness.h"
#include "audio/playback_engine.h"
#include "audio/shared_samples.h"
#include "takes/spectrogram.h"
#include "widgets/waveform_view.h"

#include <QAction>
#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mars5::ui::takes {

namespace {
const char* const kMatchKey = "takes/compareMatchesLoudness";

QString lufs(double value) { return QLocale().toString(value, 'f', 1).replace(QLatin1Char('-'), QChar(0x2212)); }
}  // namespace

CompareView::CompareView(QWidget* parent) : QWidget(parent), m_playback(new PlaybackEngine(this)) {
    m_labelA = new QLabel(this);
    m_labelB = new QLabel(this);
    for (QLabel* l : {m_labelA, m_labelB}) l->setTextFormat(Qt::RichText);
    m_waveA = new WaveformView(this);
    m_waveB = new WaveformView(this);
    m_specA = new SpectrogramView(this);
    m_specB = new SpectrogramView(this);
    for (WaveformView* w : {m_waveA, m_waveB}) {
        w->setMinimumHeight(60);
        w->setEmptyHint(tr("Select two takes in the history and press Compare"));
        connect(w, &WaveformView::positionPicked, this, &CompareView::seek);
    }

    m_play = new QPushButton(tr("Play"), this);
    m_play->setToolTip(tr("Play or stop the chosen take (Space)"));
    m_ab = new QPushButton(tr("Switch A/B"), this);
    m_ab->setToolTip(tr("Hear the other take from the same moment (Tab)"));
    m_log = new QCheckBox(tr("Log frequency"), this);
    m_log->setChecked(true);
    m_match = new QCheckBox(tr("Same loudness"), this);
    m_match->setToolTip(tr("Hear both takes at the same integrated loudness (EBU R128): the louder one is lowered to "
                           "the quieter one, so a setting is not judged by the level it happened to give. "
                           "The plots show the takes as made"));
    m_match->setChecked(QSettings().value(QLatin1String(kMatchKey), true).toBool());
    m_loudness = new QLabel(this);
    m_loudness->setWordWrap(true);
    connect(m_match, &QCheckBox::toggled, this, [this](bool on) {
        QSettings().setValue(QLatin1String(kMatchKey), on);
        if (!m_hasTakes) return;
        prepareListening();
        select(m_side);  // the side playing goes on from where it is, at its new level
    });
    connect(m_play, &QPushButton::clicked, this, &CompareView::togglePlay);
    connect(m_ab, &QPushButton::clicked, this, &CompareView::toggleSide);
    connect(m_log, &QCheckBox::toggled, this, [this](bool on) {
        m_specA->setLogFrequency(on);
        m_specB->setLogFrequency(on);
    });
    m_specA->setLogFrequency(true);
    m_specB->setLogFrequency(true);
    // Space plays the comparison while the keyboard is in it (event()): as a shortcut it would
    // share the key with the window's Play/Stop, and Qt runs neither of two that match.
    auto* abAction = new QAction(this);
    abAction->setShortcut(Qt::Key_Tab);
    abAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(abAction, &QAction::triggered, this, &CompareView::toggleSide);
    addAction(abAction);

    connect(m_playback, &PlaybackEngine::positionChanged, this, &CompareView::setPosition);
    connect(m_playback, &PlaybackEngine::playingChanged, this,
            [this](bool playing) { m_play->setText(playing ? tr("Stop") : tr("Play")); });

    m_diffTitle = new QLabel(tr("Settings that differ"), this);
    m_diff = new QTableWidget(0, 3, this);
    m_diff->setHorizontalHeaderLabels({tr("Setting"), tr("A"), tr("B")});
    m_diff->verticalHeader()->hide();
    m_diff->setMinimumWidth(280);  // the plots are the point; a seed elides in the middle (in full above the plots)
    m_diff->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_diff->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_diff->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_diff->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diff->setWordWrap(false);
    m_diff->setTextElideMode(Qt::ElideMiddle);  // a cut 16-digit seed still shows how it starts and ends

    auto* plots = new QGridLayout;
    plots->setContentsMargins(0, 0, 0, 0);
    plots->setVerticalSpacing(2);
    plots->addWidget(m_labelA, 0, 0, 1, 2);
    plots->addWidget(m_waveA, 1, 0);
    plots->addWidget(m_specA, 1, 1);
    plots->addWidget(m_labelB, 2, 0, 1, 2);
    plots->addWidget(m_waveB, 3, 0);
    plots->addWidget(m_specB, 3, 1);
    plots->setColumnStretch(0, 1);
    plots->setColumnStretch(1, 1);
    plots->setRowStretch(1, 1);
    plots->setRowStretch(3, 1);
    auto* controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_ab);
    controls->addWidget(m_log);
    controls->addStretch(1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(plots, 1);
    leftLayout->addLayout(controls);
    // A line of its own, the switch with what it did: beside the buttons they widened the tab
    // past the dock's width.
    auto* loudnessRow = new QHBoxLayout;
    loudnessRow->addWidget(m_match);
    loudnessRow->addWidget(m_loudness, 1);
    leftLayout->addLayout(loudnessRow);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_diffTitle);
    rightLayout->addWidget(m_diff, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({540, 280});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);
    updateSideLabels();
}

CompareView::~CompareView() { m_playback->stop(); }

void CompareView::setTakes(const TakeRecord& a, mars5::AudioBuffer audioA, const TakeRecord& b, mars5::AudioBuffer audioB) {
    m_playback->stop();
    m_takeA = a;
    m_takeB = b;
    m_audioA = std::move(audioA);
    m_audioB = std::move(audioB);
    m_hasTakes = true;
    // Both drawn on one time axis: the shorter take is shown padded with silence (it is
    // played as it is).
    const std::size_t length = std::max(m_audioA.samples.size(), m_audioB.samples.size());
    std::vector<float> shownA(m_audioA.samples), shownB(m_audioB.samples);
    shownA.resize(length, 0.0f);
    shownB.resize(length, 0.0f);
    auto samplesA = shareSamples(std::move(shownA));
    auto samplesB = shareSamples(std::move(shownB));
    m_waveA->setClip(samplesA, m_audioA.sampleRate);
    m_waveB->setClip(samplesB, m_audioB.sampleRate);
    // One amplitude scale for both, as for the time axis: a louder take must look louder.
    const double peak = std::max(m_waveA->clipPeak(), m_waveB->clipPeak());
    m_waveA->setAmplitudeLimit(peak);
    m_waveB->setAmplitudeLimit(peak);
    m_specA->setAudio(samplesA, m_audioA.sampleRate);
    m_specB->setAudio(samplesB, m_audioB.sampleRate);

    const QList<SettingDifference> diff = settingsDiff(a, b);
    m_diff->setRowCount(static_cast<int>(diff.size()));
    for (int i = 0; i < diff.size(); ++i) {
        auto* field = new QTableWidgetItem(diff[i].label);
        field->setToolTip(diff[i].group + QStringLiteral(" · ") + diff[i].field);
        m_diff->setItem(i, 0, field);
        m_diff->setItem(i, 1, new QTableWidgetItem(diff[i].a));
        m_diff->setItem(i, 2, new QTableWidgetItem(diff[i].b));
        m_diff->item(i, 1)->setToolTip(diff[i].a);
        m_diff->item(i, 2)->setToolTip(diff[i].b);
    }
    m_diffTitle->setText(diff.isEmpty() ? tr("The two takes were made with identical settings.")
                                        : tr("%n setting(s) differ:", nullptr, static_cast<int>(diff.size())));
    m_side = Side::A;
    prepareListening();
    m_playback->load(m_heardA, m_audioA.sampleRate);
    setPosition(0.0);
    updateSideLabels();
}

void CompareView::prepareListening() {
    m_gainA = m_gainB = 1.0;
    const auto a = measureLoudness(m_audioA.samples, m_audioA.sampleRate);
    const auto b = measureLoudness(m_audioB.samples, m_audioB.sampleRate);
    // Too short (under 0.4 s) or too quiet for the gated measure: -inf, and nothing to match.
    const bool measured = a.ok() && b.ok() && std::isfinite(a->integratedLufs) && std::isfinite(b->integratedLufs);
    if (!measured) {
        m_loudness->setText(tr("One take is too short or too quiet to measure its loudness: both are heard as made."));
    } else if (m_match->isChecked()) {
        // To the quieter one's loudness: the louder is lowered and the quieter heard as made, so no
        // peak ceiling is needed (one would lower both, and the line below would not say so).
        const MatchedGains g = mars5::ui::matchLoudness(a.value(), b.value(), std::min(a->integratedLufs, b->integratedLufs),
                                                        std::numeric_limits<double>::infinity());
        m_gainA = g.gainA;
        m_gainB = g.gainB;
        const double loweredDb = std::abs(a->integratedLufs - b->integratedLufs);
        if (loweredDb < 0.05)
            m_loudness->setText(tr("Both are at %1 LUFS already.").arg(lufs(g.targetLufs)));
        else
            m_loudness->setText(tr("Both heard at %1 LUFS: %2 lowered by %3 dB.")
                                    .arg(lufs(g.targetLufs), m_gainA < m_gainB ? QStringLiteral("A") : QStringLiteral("B"),
                                         QLocale().toString(loweredDb, 'f', 1)));
    } else {
        const double louder = std::abs(a->integratedLufs - b->integratedLufs);
        m_loudness->setText(tr("Heard as made: A %1 LUFS, B %2 LUFS (%3 louder by %4 dB).")
                                .arg(lufs(a->integratedLufs), lufs(b->integratedLufs),
                                     a->integratedLufs >= b->integratedLufs ? QStringLiteral("A") : QStringLiteral("B"),
                                     QLocale().toString(louder, 'f', 1)));
    }
    m_heardA = shareSamples(m_gainA == 1.0 ? std::vector<float>(m_audioA.samples) : applyGain(m_audioA.samples, m_gainA));
    m_heardB = shareSamples(m_gainB == 1.0 ? std::vector<float>(m_audioB.samples) : applyGain(m_audioB.samples, m_gainB));
}

QString CompareView::loudnessNote() const { return m_loudness->text(); }

void CompareView::updateSideLabels() {
    auto label = [](const QString& letter, const TakeRecord& t, bool active, bool has) {
        if (!has) return QStringLiteral("<b>%1</b>").arg(letter);
        // A pencil when the take has a note; the note itself is the label's tooltip.
        const QString seedAndLength = tr("seed %1, %2 s").arg(t.seed).arg(QLocale().toString(t.seconds(), 'f', 2));
        return QStringLiteral("<span style='%1'><b>%2</b> %3%4</span> <span style='color:#666'>— %5</span>")
            .arg(active ? QStringLiteral("background:#ffd54a;padding:1px 4px") : QString(), letter, t.displayName().toHtmlEscaped(),
                 t.note.isEmpty() ? QString() : QStringLiteral(" \u270E"), seedAndLength.toHtmlEscaped());
    };
    m_labelA->setText(label(QStringLiteral("A"), m_takeA, m_side == Side::A, m_hasTakes));
    m_labelB->setText(label(QStringLiteral("B"), m_takeB, m_side == Side::B, m_hasTakes));
    m_labelA->setToolTip(m_hasTakes ? m_takeA.note : QString());
    m_labelB->setToolTip(m_hasTakes ? m_takeB.note : QString());
}

QString CompareView::sideLabel(Side side) const { return (side == Side::B ? m_labelB : m_labelA)->text(); }
QString CompareView::sideNote(Side side) const { return (side == Side::B ? m_labelB : m_labelA)->toolTip(); }

void CompareView::select(Side side) {
    if (!m_hasTakes) return;
    const bool playing = m_playback->isPlaying();
    const double position = playing ? m_playback->positionSeconds() : m_position;
    m_playback->stop();
    m_side = side;
    const mars5::AudioBuffer& audio = side == Side::A ? m_audioA : m_audioB;
    m_playback->load(side == Side::A ? m_heardA : m_heardB, audio.sampleRate);
    setPosition(std::min(position, audio.durationSeconds()));
    if (playing) m_playback->play(m_position);
    updateSideLabels();
}

bool CompareView::event(QEvent* event) {
    // A child that uses Space itself (a button, a check box) has it first; otherwise it is ours.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            event->accept();
            if (event->type() == QEvent::KeyPress && !key->isAutoRepeat()) togglePlay();
            return true;
        }
    }
    return QWidget::event(event);
}

void CompareView::togglePlay() {
    if (!m_hasTakes) return;
    if (m_playback->isPlaying()) {
        m_position = m_playback->positionSeconds();
        m_playback->stop();
        return;
    }
    const double length = (m_side == Side::A ? m_audioA : m_audioB).durationSeconds();
    m_playback->play(m_position >= length - 0.01 ? 0.0 : m_position);
}

void CompareView::seek(double seconds) {
    const bool playing = m_playback->isPlaying();
    if (playing) m_playback->stop();
    setPosition(seconds);
    if (playing) m_playback->play(m_position);
}

void CompareView::setPosition(double seconds) {
    m_position = std::max(0.0, seconds);
    m_waveA->setPlayheadSeconds(m_position);
    m_waveB->setPlayheadSeconds(m_position);
    m_specA->setPlayheadSeconds(m_position);
    m_specB->setPlayheadSeconds(m_position);
}

}  // namespace mars5::ui::takes
