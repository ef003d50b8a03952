#include "takes/variations_view.h"

#include "audio/loudness.h"
#include "audio/playback_engine.h"
#include "audio/shared_samples.h"
#include "widgets/waveform_view.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace mars5::ui::takes {

namespace {
const char* const kMatchKey = "takes/variationsMatchLoudness";
}

VariationsView::VariationsView(QWidget* parent) : QWidget(parent), m_playback(new PlaybackEngine(this)) {
    m_header = new QLabel(this);
    m_header->setWordWrap(true);
    m_match = new QCheckBox(tr("Same loudness"), this);
    m_match->setToolTip(tr("Play each take at the quietest one's integrated loudness (EBU R128), so the seed that "
                           "happened to come out louder does not sound better for it. The plots show the takes as made"));
    m_match->setChecked(QSettings().value(QLatin1String(kMatchKey), true).toBool());
    connect(m_match, &QCheckBox::toggled, this, [](bool on) { QSettings().setValue(QLatin1String(kMatchKey), on); });
    m_row = new QHBoxLayout;
    m_row->setSpacing(6);
    auto* top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_match, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(top);
    layout->addLayout(m_row, 1);
    connect(m_playback, &PlaybackEngine::positionChanged, this, [this](double seconds) {
        for (const Column& col : m_columns)
            if (col.id == m_playingId) col.wave->setPlayheadSeconds(seconds);
    });
    updateHeader();
}

VariationsView::~VariationsView() { m_playback->stop(); }

void VariationsView::startGroup(const QString& group, int expected) {
    m_playback->stop();
    for (Column& c : m_columns) delete c.box;
    m_columns.clear();
    m_group = group;
    m_expected = expected;
    updateHeader();
}

void VariationsView::updateHeader() {
    if (m_group.isEmpty()) {
        m_header->setText(tr("<b>N takes</b> makes several takes of the same text with different seeds and lays "
                             "them out here to pick from."));
        return;
    }
    m_header->setText(tr("<b>%1 of %2 takes</b> of “%3” — star the ones to keep.")
                          .arg(m_columns.size())
                          .arg(m_expected)
                          .arg(m_columns.isEmpty() ? QString() : m_columns.front().box->property("text").toString().toHtmlEscaped()));
}

bool VariationsView::addTake(const TakeRecord& take, const mars5::AudioBuffer& audio) {
    if (m_group.isEmpty() || take.variationGroup != m_group) return false;
    Column c;
    c.id = take.id;
    c.audio = audio;
    const auto measured = measureLoudness(audio.samples, audio.sampleRate);  // 2-5 ms for a take of a few seconds
    c.lufs = measured.ok() ? measured->integratedLufs : -std::numeric_limits<double>::infinity();
    c.box = new QWidget(this);
    c.box->setProperty("text", take.text.simplified());
    auto* title = new QLabel(tr("<b>%1</b> · seed %2 · %3 s").arg(m_columns.size() + 1).arg(take.seed).arg(QLocale().toString(take.seconds(), 'f', 2)), c.box);
    c.wave = new WaveformView(c.box);
    c.wave->setMinimumHeight(70);
    c.wave->setClip(shareSamples(std::vector<float>(audio.samples)), audio.sampleRate);
    auto* play = new QPushButton(tr("Play"), c.box);
    c.star = new QPushButton(starText(take.starred), c.box);
    c.star->setCheckable(true);
    c.star->setChecked(take.starred);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(play);
    buttons->addWidget(c.star);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(c.box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(c.wave, 1);
    layout->addLayout(buttons);
    const qint64 id = take.id;
    connect(play, &QPushButton::clicked, this, [this, id] {
        for (int i = 0; i < m_columns.size(); ++i)
            if (m_columns[i].id == id) playColumn(i);
    });
    connect(c.star, &QPushButton::toggled, this, [this, id](bool on) {
        setStarred(id, on);
        emit starToggled(id, on);
        emit takeChosen(id);
    });
    m_row->addWidget(c.box, 1);
    m_columns.append(std::move(c));
    // One amplitude scale and one time axis across the takes, so the loudest one is seen as
    // the loudest and the shortest as the shortest.
    double peak = 0.0;
    double longest = 0.0;
    for (const Column& col : m_columns) {
        peak = std::max(peak, col.wave->clipPeak());
        longest = std::max(longest, col.wave->durationSeconds());
    }
    for (const Column& col : m_columns) {
        col.wave->setAmplitudeLimit(peak);
        col.wave->setTimeLimit(longest);
    }
    updateHeader();
    return true;
}

double VariationsView::playbackGain(int column) const {
    if (column < 0 || column >= m_columns.size() || !m_match->isChecked() || !std::isfinite(m_columns[column].lufs)) return 1.0;
    // Down to the quietest measurable take, never up (nothing clips).
    double quietest = m_columns[column].lufs;
    for (const Column& c : m_columns)
        if (std::isfinite(c.lufs)) quietest = std::min(quietest, c.lufs);
    return std::pow(10.0, (quietest - m_columns[column].lufs) / 20.0);
}

void VariationsView::playColumn(int column) {
    if (column < 0 || column >= m_columns.size()) return;
    const Column& col = m_columns[column];
    emit takeChosen(col.id);
    m_playback->stop();
    const double gain = playbackGain(column);
    m_playback->load(shareSamples(gain == 1.0 ? std::vector<float>(col.audio.samples) : applyGain(col.audio.samples, gain)),
                     col.audio.sampleRate);
    m_playingId = col.id;
    m_playback->play(0.0);
}

qint64 VariationsView::takeIdAt(int column) const { return column >= 0 && column < m_columns.size() ? m_columns[column].id : 0; }
WaveformView* VariationsView::waveformAt(int column) const { return column >= 0 && column < m_columns.size() ? m_columns[column].wave : nullptr; }
QPushButton* VariationsView::starButtonAt(int column) const { return column >= 0 && column < m_columns.size() ? m_columns[column].star : nullptr; }

QString VariationsView::starText(bool starred) { return starred ? tr("★ Kept") : tr("☆ Keep"); }

void VariationsView::setStarred(qint64 takeId, bool starred) {
    for (Column& c : m_columns)
        if (c.id == takeId) {
            const QSignalBlocker block(c.star);
            c.star->setChecked(starred);
            c.star->setText(starText(starred));
        }
}

}  // namespace mars5::ui::takes
