// A take seen from the inside: the 8 x T codebook heatmap of its codes (QCPColorMap; the
// L0 row outlined, the reference's frames shaded in deep clone), a slider that scrubs the
// NAR diffusion snapshots so the codes can be watched converging, the AR's L0 timeline,
// and listening to the parts: "Play coarse" (the L0 codes alone through Vocos) and "Play
// the first k codebooks". Vocoding runs on a pool thread, never on the GUI thread.
#pragma once

#include "takes/codebook_heatmap.h"
#include "takes/take_store.h"

#include "mars5/audio.h"

#include <QSharedPointer>
#include <QWidget>

#include <memory>

class QCustomPlot;
class QCPAxisTickerText;
class QCPColorMap;
class QCPRange;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;

namespace mars5 { class Mars5Engine; }

namespace mars5::ui {
class PlaybackEngine;
}

namespace mars5::ui::takes {

class TakeInternalsView : public QWidget {
    Q_OBJECT
public:
    explicit TakeInternalsView(QWidget* parent = nullptr);
    ~TakeInternalsView() override;

    void setTake(const TakeRecord& take, TakeInternals internals);
    // The take shown was renamed, starred or given a note: the title follows (others are ignored).
    void takeEdited(const TakeRecord& take);
    void clear();
    // The engine that vocodes "play coarse" / "first k" (null: those buttons are disabled).
    void setEngine(std::shared_ptr<mars5::Mars5Engine> engine);

    const CodebookHeatmapModel& model() const { return m_model; }
    QSlider* stepSlider() const { return m_slider; }
    QSpinBox* codebookCount() const { return m_k; }
    QString titleText() const;
    QCustomPlot* heatmapPlot() const { return m_plot; }
    // The colour map's cell for codebook q at frame t (what is drawn), for tests.
    double cellValue(int q, std::int64_t t) const;
    PlaybackEngine* playback() const { return m_playback; }

public slots:
    void playCoarse();
    void playFirstCodebooks();  // k from the spin box

signals:
    // A vocoded part is ready (and playing when a device is there); tests wait on it.
    void partAudioReady(const QString& what, const mars5::AudioBuffer& audio);
    void partFailed(const QString& message);

private:
    void showTitle();  // the take's name and note, and what the heatmap shows
    void showStep(int step);
    void updateRegionLabels(const QCPRange& visible);
    // The take's pieces when they say where their frames lie and add up to its codes; else none.
    QList<TakePiece> piecesWithFrames() const;
    void updateButtons();
    void vocodeInBackground(const QString& what, mars5::CodecCodes codes);

    CodebookHeatmapModel m_model;
    TakeInternals m_internals;
    TakeRecord m_take;
    std::shared_ptr<mars5::Mars5Engine> m_engine;
    QCustomPlot* m_plot = nullptr;
    QCPColorMap* m_map = nullptr;
    QSharedPointer<QCPAxisTickerText> m_regionTicker;  // the top axis: "reference", "generated" or "piece 1", …
    QCustomPlot* m_l0Plot = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_stepLabel = nullptr;
    QLabel* m_title = nullptr;
    QPushButton* m_playCoarse = nullptr;
    QPushButton* m_playK = nullptr;
    QSpinBox* m_k = nullptr;
    QLabel* m_partStatus = nullptr;
    PlaybackEngine* m_playback = nullptr;
    bool m_busy = false;
};

}  // namespace mars5::ui::takes
