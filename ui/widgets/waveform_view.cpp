#include "widgets/waveform_view.h"
#include "widgets/time_axis_ticks.h"

#include <qcustomplot.h>

#include <QMouseEvent>
#include <QFontMetrics>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mars5::ui {

namespace {

// A click that moves less than this is a click, not the start of a pan.
constexpr int kClickSlopPixels = 4;
// The closest zoom shows this many samples across the plot.
constexpr double kMinimumVisibleSamples = 32.0;

// One colour for fill and edge: an outline would trace every per-pixel spike and make
// the band look noisier than the sound is.
const QColor kBandColor(0x3b, 0x7d, 0xd0);
const QColor kPlayheadColor(0xe0, 0x4e, 0x1b);
const QColor kGridColor(0xe3, 0xe6, 0xea);
const QColor kAxisColor(0x6b, 0x72, 0x80);
const QColor kSelectionColor(0xf2, 0xb1, 0x34);
const QColor kMarkColor(0x4b, 0x55, 0x63);

QVector<double> toQVector(const std::vector<double>& v) { return QVector<double>(v.begin(), v.end()); }

}  // namespace

WaveformView::WaveformView(QWidget* parent) : QWidget(parent), m_plot(new QCustomPlot(this)) {
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumHeight(160);

    m_upper = m_plot->addGraph();
    m_lower = m_plot->addGraph();
    m_upper->setChannelFillGraph(m_lower);

    m_playheadLine = new QCPItemStraightLine(m_plot);
    m_emptyHint = new QCPItemText(m_plot);
    m_selectionItem = new QCPItemRect(m_plot);

    setUpAppearance();

    connect(m_plot->xAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            [this] { keepRangeInsideClip(); });
    // After the layout step the axis rect has its final width, and the plot is about
    // to be drawn: the right moment to fetch one bucket per pixel.
    connect(m_plot, &QCustomPlot::afterLayout, this, [this] { resummariseIfStale(); });
    connect(m_plot, &QCustomPlot::mousePress, this, &WaveformView::onMousePress);
    connect(m_plot, &QCustomPlot::mouseRelease, this, &WaveformView::onMouseRelease);
    connect(m_plot, &QCustomPlot::mouseMove, this, &WaveformView::onMouseMove);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { showWholeClip(); });
    m_plot->setMouseTracking(true);  // a mark's tool tip follows the mouse without a button held

    clear();
}

WaveformView::~WaveformView() = default;

void WaveformView::setUpAppearance() {
    m_plot->setBackground(palette().color(QPalette::Base));
    m_plot->setPlottingHint(QCP::phCacheLabels, true);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);

    m_upper->setPen(QPen(kBandColor, 1.0));
    m_lower->setPen(QPen(kBandColor, 1.0));
    m_upper->setBrush(QBrush(kBandColor));
    m_upper->setAdaptiveSampling(false);  // the data is already one bucket per pixel
    m_lower->setAdaptiveSampling(false);

    QFont tickFont = font();
    QFont labelFont = font();
    for (QCPAxis* axis : {m_plot->xAxis, m_plot->yAxis}) {
        axis->setBasePen(QPen(kAxisColor));
        axis->setTickPen(QPen(kAxisColor));
        axis->setSubTickPen(QPen(kAxisColor));
        axis->setTickLabelColor(palette().color(QPalette::Text));
        axis->setLabelColor(palette().color(QPalette::Text));
        axis->setTickLabelFont(tickFont);
        axis->setLabelFont(labelFont);
        axis->grid()->setPen(QPen(kGridColor, 1.0));
        axis->grid()->setZeroLinePen(QPen(kAxisColor.lighter(140), 1.0));
    }
    m_plot->xAxis->setLabel(tr("Time (s)"));
    m_plot->yAxis->ticker()->setTickCount(4);
    // Past full scale (float takes) the nicest steps can all fall outside the range, leaving only
    // the 0 label: keep the count, even at a less round step.
    m_plot->yAxis->ticker()->setTickStepStrategy(QCPAxisTicker::tssMeetTickCount);
    m_plot->yAxis->setSubTicks(false);

    m_playheadLine->setPen(QPen(kPlayheadColor, 2.0));
    m_playheadLine->setSelectable(false);
    // Above the marks added later (items draw in the order made on a layer): the playhead stays
    // the line the eye follows.
    m_playheadLine->setLayer(QStringLiteral("overlay"));

    m_emptyHint->position->setType(QCPItemPosition::ptAxisRectRatio);
    m_emptyHint->position->setCoords(0.5, 0.5);
    m_emptyHint->setPositionAlignment(Qt::AlignCenter);
    m_emptyHint->setClipToAxisRect(true);
    m_emptyHint->setText(tr("Open an audio file or drop one here"));
    m_emptyHint->setColor(kAxisColor);
    QFont hintFont = font();
    hintFont.setPointSizeF(hintFont.pointSizeF() * 1.2);
    m_emptyHint->setFont(hintFont);
    m_emptyHint->setSelectable(false);
    // A backing in the plot's colour keeps the zero line from striking through the text.
    m_emptyHint->setBrush(QBrush(palette().color(QPalette::Base)));
    m_emptyHint->setPadding(QMargins(10, 4, 10, 4));

    // The selection: a translucent band over the whole height of the plot.
    m_selectionItem->topLeft->setTypeX(QCPItemPosition::ptPlotCoords);
    m_selectionItem->topLeft->setTypeY(QCPItemPosition::ptAxisRectRatio);
    m_selectionItem->bottomRight->setTypeX(QCPItemPosition::ptPlotCoords);
    m_selectionItem->bottomRight->setTypeY(QCPItemPosition::ptAxisRectRatio);
    QColor fill = kSelectionColor;
    fill.setAlpha(70);
    m_selectionItem->setBrush(QBrush(fill));
    m_selectionItem->setPen(QPen(kSelectionColor, 1.0));
    m_selectionItem->setSelectable(false);
    m_selectionItem->setVisible(false);
}

QString WaveformView::emptyHint() const { return m_emptyHint->text(); }

void WaveformView::setEmptyHint(const QString& text) {
    m_emptyHint->setText(text);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WaveformView::setSelection(double fromSeconds, double toSeconds) {
    const double duration = m_summary.durationSeconds();
    double from = std::clamp(std::min(fromSeconds, toSeconds), 0.0, duration);
    double to = std::clamp(std::max(fromSeconds, toSeconds), 0.0, duration);
    if (to <= from) from = to = 0.0;
    if (from == m_selectionFrom && to == m_selectionTo) return;
    m_selectionFrom = from;
    m_selectionTo = to;
    updateSelectionItem();
    emit selectionChanged(from, to);
}

void WaveformView::updateSelectionItem() {
    m_selectionItem->setVisible(hasSelection());
    m_selectionItem->topLeft->setCoords(m_selectionFrom, 0.0);
    m_selectionItem->bottomRight->setCoords(m_selectionTo, 1.0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WaveformView::setClip(SharedSamples samples, int sampleRate) {
    m_summary = WaveformSummary(std::move(samples), sampleRate);
    clearSelection();
    removeMarkItems();
    if (!hasClip()) {
        clear();
        return;
    }
    m_timeLimit = 0.0;
    const Envelope whole = m_summary.envelope(0.0, m_summary.durationSeconds(), 1);
    m_clipPeak = std::max(std::abs(whole.minimum.front()), std::abs(whole.maximum.front()));
    setAmplitudeLimit(m_clipPeak);
    m_emptyHint->setVisible(false);
    m_playheadLine->setVisible(true);
    m_summarisedPixels = -1;
    setPlayheadSeconds(0.0);
    showWholeClip();
}

void WaveformView::setAmplitudeLimit(double peak) {
    m_peak = std::max({1.0, m_clipPeak, std::isfinite(peak) ? peak : 1.0});
    m_plot->yAxis->setRange(-m_peak * 1.05, m_peak * 1.05);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WaveformView::setTimeLimit(double seconds) {
    m_timeLimit = std::isfinite(seconds) ? std::max(0.0, seconds) : 0.0;
    showWholeClip();
}

void WaveformView::clear() {
    m_summary = WaveformSummary();
    removeMarkItems();
    m_selectionFrom = m_selectionTo = 0.0;
    m_selectionItem->setVisible(false);
    m_upper->data()->clear();
    m_lower->data()->clear();
    m_summarisedPixels = -1;
    m_peak = 1.0;
    m_clipPeak = 0.0;
    m_timeLimit = 0.0;
    m_playhead = 0.0;
    m_playheadLine->setVisible(false);
    m_emptyHint->setVisible(true);
    m_plot->xAxis->setRange(0.0, 1.0);
    m_plot->yAxis->setRange(-1.05, 1.05);
    m_plot->replot();
}

void WaveformView::removeMarkItems() {
    for (QCPAbstractItem* item : std::as_const(m_markItems)) m_plot->removeItem(item);
    m_markItems.clear();
    m_marks.clear();
    m_plot->setToolTip(QString());
    // A bubble still showing would name a piece of the clip before.
    if (QToolTip::isVisible()) QToolTip::hideText();
}

void WaveformView::setMarks(const QList<WaveformMark>& marks) {
    removeMarkItems();
    const double duration = m_summary.durationSeconds();
    QFont labelFont = font();
    labelFont.setPointSizeF(labelFont.pointSizeF() * 0.85);
    // In time order, which markToolTipAt relies on (a record edited by hand may not be).
    QList<WaveformMark> ordered = marks;
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const WaveformMark& a, const WaveformMark& b) { return a.fromSeconds < b.fromSeconds; });
    for (const WaveformMark& mark : std::as_const(ordered)) {
        if (!hasClip() || !(mark.fromSeconds >= 0.0) || mark.fromSeconds >= duration) continue;
        m_marks.push_back(mark);
        if (mark.fromSeconds > 0.0) {
            // The first span starts with the clip: its edge is the axis, no line needed.
            auto* line = new QCPItemStraightLine(m_plot);
            line->setPen(QPen(kMarkColor, 1.0, Qt::DashLine));
            line->setSelectable(false);
            line->point1->setCoords(mark.fromSeconds, -1.0);
            line->point2->setCoords(mark.fromSeconds, 1.0);
            m_markItems.push_back(line);
        }
        auto* label = new QCPItemText(m_plot);
        label->position->setTypeX(QCPItemPosition::ptPlotCoords);
        label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(mark.fromSeconds, 0.0);
        label->setPositionAlignment(Qt::AlignLeft | Qt::AlignTop);
        label->setClipToAxisRect(true);
        label->setText(mark.label);
        label->setFont(labelFont);
        label->setColor(kMarkColor);
        label->setPadding(QMargins(3, 1, 3, 1));
        QColor backing = palette().color(QPalette::Base);
        backing.setAlpha(200);  // legible over a loud piece's peaks
        label->setBrush(QBrush(backing));
        label->setSelectable(false);
        m_markItems.push_back(label);
    }
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

QString WaveformView::markToolTipAt(double seconds) const {
    QString tip;
    for (const WaveformMark& mark : m_marks)
        if (mark.fromSeconds <= seconds) tip = mark.toolTip;
    return tip;
}

void WaveformView::showWholeClip() {
    if (!hasClip()) return;
    m_plot->xAxis->setRange(0.0, timeLimit());
    m_plot->replot();  // synchronous: the graphs hold the new envelope when this returns
}

void WaveformView::setPlayheadSeconds(double seconds) {
    m_playhead = std::clamp(seconds, 0.0, m_summary.durationSeconds());
    m_playheadLine->point1->setCoords(m_playhead, -1.0);
    m_playheadLine->point2->setCoords(m_playhead, 1.0);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void WaveformView::keepRangeInsideClip() {
    if (!hasClip()) return;
    const double span = timeLimit();  // zoom and scroll stay inside what showWholeClip shows
    const double minimumWidth = std::min(span, kMinimumVisibleSamples / m_summary.sampleRate());
    QCPRange range = m_plot->xAxis->range();
    double width = std::clamp(range.size(), minimumWidth, span);
    double lower = std::clamp(range.lower, 0.0, span - width);
    if (lower != range.lower || width != range.size()) m_plot->xAxis->setRange(lower, lower + width);
}

void WaveformView::resummariseIfStale() {
    // A short plot gets fewer amplitude labels and a narrow one fewer time labels, so they do
    // not run into each other. One too short for three amplitude labels (-a, 0, a) at least a
    // label's height apart gets none: the studio's reference plot at its smallest (90 px) drew
    // "0,8", "0" and "-0,8" on top of each other. Two labels ask for a step of at least a third
    // of the range, hence three label heights (and a little air) of room.
    const int room = m_plot->axisRect()->height();
    m_plot->yAxis->ticker()->setTickCount(room < 110 ? 2 : 4);
    // Changed after this replot, not during it: QCustomPlot's axis painter crashed when its
    // labels were switched between the layout and the drawing of one replot.
    const bool amplitudeLabels = room >= 3 * (QFontMetrics(m_plot->yAxis->tickLabelFont()).height() + 2);
    if (amplitudeLabels != m_plot->yAxis->tickLabels())
        QMetaObject::invokeMethod(
            this,
            [this, amplitudeLabels] {
                if (amplitudeLabels == m_plot->yAxis->tickLabels()) return;
                m_plot->yAxis->setTickLabels(amplitudeLabels);
                m_plot->replot();  // the left margin follows the labels
            },
            Qt::QueuedConnection);
    fitTimeTicksToWidth(m_plot->xAxis, m_plot->axisRect()->width());
    if (!hasClip()) return;
    const QCPRange range = m_plot->xAxis->range();
    const int pixels = std::max(1, m_plot->axisRect()->width());
    if (range.lower == m_summarisedFrom && range.upper == m_summarisedTo && pixels == m_summarisedPixels) return;

    const Envelope envelope = m_summary.envelope(range.lower, range.upper, static_cast<std::size_t>(pixels));
    const QVector<double> keys = toQVector(envelope.seconds);
    m_upper->setData(keys, toQVector(envelope.maximum), true);
    m_lower->setData(keys, toQVector(envelope.minimum), true);
    m_summarisedFrom = range.lower;
    m_summarisedTo = range.upper;
    m_summarisedPixels = pixels;
}

void WaveformView::onMousePress(QMouseEvent* event) {
    m_pressed = event->button() == Qt::LeftButton;
    m_pressPosition = event->pos();
    // Shift+drag selects instead of scrolling. QCustomPlot emits mousePress before the axis
    // rect decides whether to start a range drag, so switching it off here takes effect now.
    m_selecting = m_pressed && hasClip() && (event->modifiers() & Qt::ShiftModifier);
    if (m_selecting) {
        m_plot->setInteraction(QCP::iRangeDrag, false);
        m_selectionAnchor = std::clamp(m_plot->xAxis->pixelToCoord(event->pos().x()), 0.0, m_summary.durationSeconds());
        setSelection(m_selectionAnchor, m_selectionAnchor);
    }
}

void WaveformView::onMouseMove(QMouseEvent* event) {
    if (!m_selecting && !m_pressed && !m_marks.isEmpty()) {
        // The mark under the mouse names itself; a tip already showing follows at once.
        const QString tip = m_plot->axisRect()->rect().contains(event->pos())
                                ? markToolTipAt(m_plot->xAxis->pixelToCoord(event->pos().x()))
                                : QString();
        if (tip != m_plot->toolTip()) {
            m_plot->setToolTip(tip);
            if (QToolTip::isVisible()) QToolTip::showText(event->globalPosition().toPoint(), tip, m_plot);
        }
    }
    if (!m_selecting) return;
    setSelection(m_selectionAnchor, m_plot->xAxis->pixelToCoord(event->pos().x()));
}

void WaveformView::onMouseRelease(QMouseEvent* event) {
    const bool wasClick = m_pressed && event->button() == Qt::LeftButton &&
                          (event->pos() - m_pressPosition).manhattanLength() < kClickSlopPixels;
    m_pressed = false;
    if (m_selecting) {
        m_selecting = false;
        m_plot->setInteraction(QCP::iRangeDrag, true);
        if (!wasClick) return;  // a finished selection, not a click
        clearSelection();       // Shift+click without dragging: no selection, set the position
    }
    if (!wasClick || !hasClip() || !m_plot->axisRect()->rect().contains(event->pos())) return;
    const double seconds = std::clamp(m_plot->xAxis->pixelToCoord(event->pos().x()), 0.0, m_summary.durationSeconds());
    setPlayheadSeconds(seconds);
    emit positionPicked(seconds);
}

}  // namespace mars5::ui
