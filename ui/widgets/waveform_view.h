// The waveform of one clip: a filled min/max band drawn from a WaveformSummary, a time
// axis in seconds and a playhead. Wheel zooms and dragging pans the time axis; a click
// picks a play position; a double click shows the whole clip again. Each redraw asks the
// summary for one bucket per pixel of the visible range, so the plot never holds more
// than about two points per pixel whatever the clip's length. Shift+drag selects a time
// range (drawn as a shaded band), which the reference panel trims to. Marks name spans of the
// clip (a long take's sentence pieces): a line where each begins, its label at the top and its
// tool tip under the mouse.
#pragma once

#include "audio/shared_samples.h"
#include "audio/waveform_summary.h"

#include <QList>
#include <QPoint>
#include <QString>
#include <QWidget>

#include <algorithm>

class QCustomPlot;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QCPItemRect;
class QCPAbstractItem;
class QMouseEvent;

namespace mars5::ui {

struct WaveformMark {
    double fromSeconds = 0.0, toSeconds = 0.0;
    QString label;    // short: "2"
    QString toolTip;  // shown while the mouse is over the span (or the gap after it)
};

class WaveformView : public QWidget {
    Q_OBJECT
public:
    explicit WaveformView(QWidget* parent = nullptr);
    ~WaveformView() override;

    void setClip(SharedSamples samples, int sampleRate);
    void clear();
    bool hasClip() const { return m_summary.sampleCount() > 0; }
    double durationSeconds() const { return m_summary.durationSeconds(); }

    // The amplitude the plot spans, +-peak: the clip's own peak, at least 1 (full scale).
    // Views that show clips side by side give them all the largest one, so that a louder
    // take looks louder (setClip resets it to the clip's own).
    double amplitudeLimit() const { return m_peak; }
    double clipPeak() const { return m_clipPeak; }
    void setAmplitudeLimit(double peak);

    // The time the plot spans when the whole clip is shown: the clip's duration, or longer
    // (the rest drawn empty). Views that lay clips side by side give them all the longest
    // duration, so that a shorter take looks shorter (setClip resets it to the clip's own).
    double timeLimit() const { return std::max(m_timeLimit, durationSeconds()); }
    void setTimeLimit(double seconds);

    void setPlayheadSeconds(double seconds);
    double playheadSeconds() const { return m_playhead; }
    void showWholeClip();

    // The text shown over an empty plot ("Open an audio file or drop one here").
    void setEmptyHint(const QString& text);
    QString emptyHint() const;

    // The selected range in seconds (empty: from == to). Clamped to the clip and ordered.
    void setSelection(double fromSeconds, double toSeconds);
    void clearSelection() { setSelection(0.0, 0.0); }
    bool hasSelection() const { return m_selectionTo > m_selectionFrom; }
    double selectionStart() const { return m_selectionFrom; }
    double selectionEnd() const { return m_selectionTo; }

    // Replaces the marks (setClip and clear remove them). Marks past the clip are dropped.
    void setMarks(const QList<WaveformMark>& marks);
    const QList<WaveformMark>& marks() const { return m_marks; }
    // The tool tip of the mark at `seconds`: the last one starting at or before it ("" if none).
    QString markToolTipAt(double seconds) const;

    // The plot itself, for tests that check what is drawn: graph(0) is the band's upper
    // edge (bucket maxima), graph(1) its lower edge (bucket minima).
    QCustomPlot* plot() const { return m_plot; }

signals:
    // The user clicked the waveform at this time (already clamped to the clip).
    void positionPicked(double seconds);
    // The selection changed (by Shift+drag or setSelection).
    void selectionChanged(double fromSeconds, double toSeconds);

private:
    void setUpAppearance();
    void keepRangeInsideClip();
    void resummariseIfStale();
    void onMousePress(QMouseEvent* event);
    void onMouseRelease(QMouseEvent* event);
    void onMouseMove(QMouseEvent* event);
    void updateSelectionItem();
    void removeMarkItems();

    QCustomPlot* m_plot = nullptr;
    QCPGraph* m_upper = nullptr;
    QCPGraph* m_lower = nullptr;
    QCPItemStraightLine* m_playheadLine = nullptr;
    QCPItemText* m_emptyHint = nullptr;
    QCPItemRect* m_selectionItem = nullptr;
    QList<WaveformMark> m_marks;
    QList<QCPAbstractItem*> m_markItems;  // the marks' lines and labels, owned by the plot

    WaveformSummary m_summary;
    double m_playhead = 0.0;
    double m_peak = 1.0;      // the plotted +-amplitude: at least 1 and the clip's peak, so loud float files are not cut off
    double m_clipPeak = 0.0;  // the clip's own largest absolute sample
    double m_timeLimit = 0.0; // 0: the clip's duration (see timeLimit())

    // What the graphs currently hold, to skip redundant re-summarising.
    double m_summarisedFrom = -1.0;
    double m_summarisedTo = -1.0;
    int m_summarisedPixels = -1;

    QPoint m_pressPosition;
    bool m_pressed = false;
    bool m_selecting = false;  // a Shift+drag is in progress
    double m_selectionAnchor = 0.0;
    double m_selectionFrom = 0.0;
    double m_selectionTo = 0.0;
};

}  // namespace mars5::ui
