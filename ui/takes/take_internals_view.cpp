#include "takes/take_internals_view.h"

#include "audio/playback_engine.h"
#include "util/background_tasks.h"
#include "util/notice_text.h"

#include "mars5/engine.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace mars5::ui::takes {

namespace {
constexpr double kFramesPerSecond = 75.0;  // Encodec 24 kHz: 320 samples per frame
}

TakeInternalsView::TakeInternalsView(QWidget* parent) : QWidget(parent), m_playback(new PlaybackEngine(this)) {
    m_title = new QLabel(this);
    m_title->setWordWrap(true);

    m_plot = new QCustomPlot(this);
    m_plot->setBackground(palette().color(QPalette::Base));
    m_plot->setMinimumHeight(160);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_map = new QCPColorMap(m_plot->xAxis, m_plot->yAxis);
    QCPColorGradient gradient(QCPColorGradient::gpSpectrum);
    m_map->setGradient(gradient);
    m_map->setDataRange(QCPRange(0, 1024));
    m_map->setInterpolate(false);
    m_plot->xAxis->setLabel(tr("frame (75 per second)"));
    m_plot->yAxis->setLabel(tr("codebook"));
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    // L0's row says where it comes from in its axis label, not in a label over the codes.
    ticker->addTick(0, tr("L0 (AR)"));
    for (int q = 1; q < 8; ++q) ticker->addTick(q, QStringLiteral("L%1").arg(q));
    m_plot->yAxis->setTicker(ticker);
    m_plot->yAxis->setRangeReversed(true);  // L0 on top
    // The top axis names the parts of the time line ("reference", "generated") above the codes,
    // centred on the part of each that is in view, so no label hides a code.
    m_regionTicker = QSharedPointer<QCPAxisTickerText>::create();
    QCPAxis* top = m_plot->xAxis2;
    top->setVisible(true);
    top->setTicker(m_regionTicker);
    top->setTickLength(0, 0);
    top->setTickPen(Qt::NoPen);  // a zero-length tick still leaves a dot under the label
    top->setSubTicks(false);
    top->setBasePen(Qt::NoPen);
    top->setTickLabelColor(palette().color(QPalette::WindowText));
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this, &TakeInternalsView::updateRegionLabels);

    m_l0Plot = new QCustomPlot(this);
    m_l0Plot->setBackground(palette().color(QPalette::Base));
    m_l0Plot->setMinimumHeight(70);
    m_l0Plot->setMaximumHeight(110);
    m_l0Plot->addGraph();
    m_l0Plot->graph(0)->setLineStyle(QCPGraph::lsStepLeft);
    m_l0Plot->graph(0)->setPen(QPen(QColor(0xd9, 0x6c, 0x00), 1.2));
    m_l0Plot->yAxis->setLabel(tr("AR L0"));
    m_l0Plot->yAxis->setRange(0, 1024);
    m_l0Plot->yAxis->ticker()->setTickCount(2);
    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), m_l0Plot, [this](const QCPRange& r) {
        m_l0Plot->xAxis->setRange(r);
        m_l0Plot->replot(QCustomPlot::rpQueuedReplot);
    });

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setToolTip(tr("Scrub through the NAR diffusion: left is the first kept step (mostly noise), right the final codes"));
    m_stepLabel = new QLabel(this);
    m_stepLabel->setMinimumWidth(260);
    connect(m_slider, &QSlider::valueChanged, this, &TakeInternalsView::showStep);

    m_playCoarse = new QPushButton(tr("Play coarse (L0 only)"), this);
    m_playCoarse->setToolTip(tr("Vocode the AR's codebook-0 codes alone: what the NAR starts from"));
    m_k = new QSpinBox(this);
    m_k->setRange(1, 8);
    m_k->setValue(2);
    m_k->setPrefix(tr("first "));
    m_k->setSuffix(tr(" codebooks"));
    m_playK = new QPushButton(tr("Play"), this);
    m_playK->setToolTip(tr("Vocode only the first k codebooks of the final codes"));
    m_partStatus = new QLabel(this);
    connect(m_playCoarse, &QPushButton::clicked, this, &TakeInternalsView::playCoarse);
    connect(m_playK, &QPushButton::clicked, this, &TakeInternalsView::playFirstCodebooks);

    auto* stepRow = new QHBoxLayout;
    stepRow->addWidget(new QLabel(tr("Diffusion step:"), this));
    stepRow->addWidget(m_slider, 1);
    stepRow->addWidget(m_stepLabel);
    auto* playRow = new QHBoxLayout;
    playRow->addWidget(m_playCoarse);
    playRow->addSpacing(12);
    playRow->addWidget(m_k);
    playRow->addWidget(m_playK);
    playRow->addWidget(m_partStatus, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_title);
    layout->addWidget(m_plot, 3);
    layout->addLayout(stepRow);
    layout->addWidget(m_l0Plot, 1);
    layout->addLayout(playRow);
    clear();
}

TakeInternalsView::~TakeInternalsView() { m_playback->stop(); }

void TakeInternalsView::setEngine(std::shared_ptr<mars5::Mars5Engine> engine) {
    m_engine = std::move(engine);
    updateButtons();
}

void TakeInternalsView::clear() {
    m_take = {};
    m_internals = {};
    m_model.setCodes({}, 0);
    m_title->setText(tr("Choose a take in the history to see its codes."));
    m_map->data()->clear();
    m_plot->clearItems();
    m_regionTicker->clear();
    m_l0Plot->graph(0)->data()->clear();
    m_slider->setRange(0, 0);
    m_stepLabel->clear();
    m_plot->replot();
    m_l0Plot->replot();
    updateButtons();
}

void TakeInternalsView::showTitle() {
    const std::int64_t frames = m_model.frames();
    // A long text spoken in pieces: each piece had a diffusion of its own, and none is kept.
    const int pieces = m_take.pieces;
    const QString snapshots = pieces > 1 ? tr("spoken in %n pieces, their codes one after another", "", pieces)
                                         : tr("%1 diffusion snapshots kept").arg(m_model.snapshotCount());
    m_title->setText(tr("<b>%1</b> — %2 codebooks × %3 frames (%4 s)%5; %6")
                         .arg(m_take.displayName().toHtmlEscaped())
                         .arg(m_model.codebooks())
                         .arg(frames)
                         .arg(QLocale().toString(frames / kFramesPerSecond, 'f', 2))
                         .arg(m_model.referenceFrames() > 0 ? tr(", the first %1 frames are the reference (deep clone)").arg(m_model.referenceFrames())
                                                             : QString())
                         .arg(snapshots) +
                     // The user's own words on the take, where they judge it.
                     (m_take.note.isEmpty() ? QString() : QStringLiteral("<br>✎ <i>%1</i>").arg(m_take.note.toHtmlEscaped())));
}

QString TakeInternalsView::titleText() const { return m_title->text(); }

void TakeInternalsView::takeEdited(const TakeRecord& take) {
    if (take.id != m_take.id || m_take.id == 0) return;
    m_take.name = take.name;
    m_take.note = take.note;
    m_take.starred = take.starred;
    showTitle();
}

void TakeInternalsView::setTake(const TakeRecord& take, TakeInternals internals) {
    m_playback->stop();
    m_take = take;
    m_internals = std::move(internals);
    m_model.setCodes(m_internals.fullCodes, m_internals.referenceFrames, m_internals.snapshots, m_internals.snapshotT);
    const std::int64_t frames = m_model.frames();
    showTitle();

    m_map->data()->setSize(static_cast<int>(frames), m_model.codebooks());
    m_map->data()->setRange(QCPRange(0, static_cast<double>(std::max<std::int64_t>(frames - 1, 0))),
                            QCPRange(0, std::max(m_model.codebooks() - 1, 0)));
    m_plot->clearItems();
    if (frames > 0) {
        // L0: outlined, because the AR chose it and everything else is built on it.
        auto* l0 = new QCPItemRect(m_plot);
        l0->topLeft->setCoords(-0.5, -0.5);
        l0->bottomRight->setCoords(frames - 0.5, 0.5);
        l0->setPen(QPen(QColor(0xff, 0xff, 0xff), 2.5));
        if (m_model.referenceFrames() > 0) {
            auto* ref = new QCPItemRect(m_plot);
            ref->topLeft->setCoords(-0.5, -0.5);
            ref->bottomRight->setCoords(m_model.referenceFrames() - 0.5, m_model.codebooks() - 0.5);
            ref->setPen(QPen(Qt::white, 2, Qt::DashLine));
            ref->setBrush(QColor(255, 255, 255, 165));
        }
        // A long take's pieces: a line where each begins, so that a piece a warning names, or
        // one spoken again, is found among the frames (the top axis names them).
        const QList<TakePiece> pieces = piecesWithFrames();
        // White on black, so that it shows on codes of any colour.
        for (qsizetype k = 1; k < pieces.size(); ++k)
            for (const QPen& pen : {QPen(Qt::black, 4), QPen(Qt::white, 2)}) {
                auto* line = new QCPItemStraightLine(m_plot);
                const double x = static_cast<double>(m_model.referenceFrames() + pieces[k].startFrame) - 0.5;
                line->point1->setCoords(x, 0);
                line->point2->setCoords(x, 1);
                line->setPen(pen);
            }
    }
    m_plot->xAxis->setRange(-0.5, frames - 0.5);
    m_plot->yAxis->setRange(-0.5, m_model.codebooks() - 0.5);
    updateRegionLabels(m_plot->xAxis->range());

    QVector<double> x, y;
    for (std::int64_t i = 0; i < m_internals.l0Codes.numFrames; ++i) {
        x << static_cast<double>(m_model.referenceFrames() + i);
        y << static_cast<double>(m_internals.l0Codes.values[static_cast<std::size_t>(i)]);
    }
    m_l0Plot->graph(0)->setData(x, y, true);
    m_l0Plot->xAxis->setRange(m_plot->xAxis->range());

    const QSignalBlocker block(m_slider);
    m_slider->setRange(0, m_model.snapshotCount());
    m_slider->setValue(m_model.snapshotCount());
    showStep(m_model.snapshotCount());
    m_l0Plot->replot();
    updateButtons();
}

void TakeInternalsView::showStep(int step) {
    m_model.setStep(step);
    const std::int64_t frames = m_model.frames();
    for (int q = 0; q < m_model.codebooks(); ++q)
        for (std::int64_t t = 0; t < frames; ++t)
            m_map->data()->setCell(static_cast<int>(t), q, static_cast<double>(m_model.value(q, t)));
    if (m_model.showingFinal())
        m_stepLabel->setText(m_model.snapshotCount() > 0 ? tr("final codes") : tr("final codes (no snapshots kept)"));
    else
        m_stepLabel->setText(tr("step %1 of %2 (t = %3): %4% of codes differ from the final")
                                 .arg(step + 1)
                                 .arg(m_model.snapshotCount())
                                 .arg(m_model.stepT(step))
                                 .arg(QLocale().toString(frames > 0 ? 100.0 * m_model.differencesFromFinal() / double(frames * m_model.codebooks()) : 0.0, 'f', 1)));
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void TakeInternalsView::updateRegionLabels(const QCPRange& visible) {
    m_plot->xAxis2->setRange(visible);
    m_regionTicker->clear();
    const double frames = static_cast<double>(m_model.frames());
    const double reference = static_cast<double>(m_model.referenceFrames());
    const auto label = [&](double from, double to, const QString& text) {
        from = std::max(from - 0.5, visible.lower);
        to = std::min(to - 0.5, visible.upper);
        if (to > from) m_regionTicker->addTick((from + to) / 2.0, text);
    };
    if (reference > 0) label(0, reference, tr("reference"));
    const QList<TakePiece> pieces = piecesWithFrames();
    if (pieces.isEmpty()) {
        label(reference, frames, tr("generated"));
        return;
    }
    for (qsizetype k = 0; k < pieces.size(); ++k)
        label(reference + static_cast<double>(pieces[k].startFrame), reference + static_cast<double>(pieces[k].startFrame + pieces[k].frames),
              tr("piece %1").arg(k + 1));
}

QList<TakePiece> TakeInternalsView::piecesWithFrames() const {
    // Takes made before the pieces' frames were kept say none: they are drawn as one.
    std::int64_t frames = 0;
    for (const TakePiece& p : m_take.pieceList) {
        if (p.startFrame != frames) return {};
        frames += p.frames;
    }
    return frames > 0 && frames + m_model.referenceFrames() == m_model.frames() ? m_take.pieceList : QList<TakePiece>{};
}

double TakeInternalsView::cellValue(int q, std::int64_t t) const { return m_map->data()->cell(static_cast<int>(t), q); }

void TakeInternalsView::updateButtons() {
    const bool ready = m_engine != nullptr && !m_busy && m_internals.codes.numFrames > 0;
    m_playCoarse->setEnabled(ready && m_internals.l0Codes.numFrames > 0);
    m_playK->setEnabled(ready);
    m_k->setEnabled(m_internals.codes.numFrames > 0);
    m_slider->setEnabled(m_model.snapshotCount() > 0);
}

void TakeInternalsView::playCoarse() { vocodeInBackground(tr("coarse (L0 only)"), m_internals.l0Codes); }

void TakeInternalsView::playFirstCodebooks() {
    const int k = m_k->value();
    vocodeInBackground(tr("the first %n codebook(s)", nullptr, k), mars5::firstCodebooks(m_internals.codes, k));
}

void TakeInternalsView::vocodeInBackground(const QString& what, mars5::CodecCodes codes) {
    if (!m_engine || m_busy || codes.numFrames == 0) return;
    m_busy = true;
    updateButtons();
    m_partStatus->setText(tr("Vocoding %1…").arg(what));
    QPointer<TakeInternalsView> self(this);
    const int bandwidth = static_cast<int>(m_take.config.vocos_bandwidth_id);
    BackgroundTasks::instance().start([self, engine = m_engine, codes = std::move(codes), what, bandwidth] {
        auto audio = engine->vocode(codes, bandwidth);
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, what, ok = audio.ok(), message = errorText(audio),
             buffer = audio.ok() ? std::move(audio).value() : mars5::AudioBuffer{}] {
                if (!self) return;
                self->m_busy = false;
                self->updateButtons();
                if (!ok) {
                    const QString text = tr("Could not vocode %1: %2").arg(what, message);
                    self->m_partStatus->setText(text);
                    emit self->partFailed(text);
                    return;
                }
                self->m_playback->load(buffer);
                const bool playing = self->m_playback->play(0.0);
                self->m_partStatus->setText(playing ? tr("Playing %1 (%2 s)").arg(what).arg(QLocale().toString(buffer.durationSeconds(), 'f', 2))
                                                    : tr("%1 is ready, but cannot play: %2").arg(what, self->m_playback->lastError()));
                emit self->partAudioReady(what, buffer);
            },
            Qt::QueuedConnection);
    });
}

}  // namespace mars5::ui::takes
