#include "studio/synthesis_panel.h"

#include "audio/playback_engine.h"
#include "studio/export_dialog.h"
#include "studio/take_export.h"
#include "takes/spectrogram.h"
#include "util/style_icon.h"
#include "util/time_format.h"
#include "widgets/drag_out_button.h"
#include "widgets/waveform_view.h"
#include "widgets/wrapping_label.h"

#include <qcustomplot.h>

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace mars5::ui {

namespace {

const char* const kExportFolderKey = "export/lastFolder";
const char* const kSpectrogramKey = "studio/resultAsSpectrogram";

// The first of `texts` (longest first) that the bar can show whole; the last one otherwise. A
// progress bar clips its text, and in a narrow column (German, at 1280 px) "NAR-Schritt 41 von
// 120 · noch etwa 14 s" lost its end; the whole text stays in the bar's tooltip.
QString fittingText(const QProgressBar* bar, const QStringList& texts) {
    const int room = bar->contentsRect().width() - 8;  // the style's margins around the text
    for (const QString& text : texts)
        if (bar->fontMetrics().horizontalAdvance(text) <= room) return text;
    return texts.last();
}

// In tr()'s own context (the class's full name), or the finished chain shows them untranslated.
const char* const kStageNames[] = {QT_TRANSLATE_NOOP("mars5::ui::SynthesisPanel", "Reference"),
                                   QT_TRANSLATE_NOOP("mars5::ui::SynthesisPanel", "AR tokens"),
                                   QT_TRANSLATE_NOOP("mars5::ui::SynthesisPanel", "NAR steps"),
                                   QT_TRANSLATE_NOOP("mars5::ui::SynthesisPanel", "Vocoder")};

QString seconds(double s) { return QLocale().toString(s, 'f', s < 10 ? 2 : 1); }

// How the AR ended, for the result line. The take keeps core's English words (its sidecar and
// the store are data); the line shows them in the user's language.
QString coarseStopLabel(const QString& stored) {
    static const char* const kStops[] = {QT_TRANSLATE_NOOP("mars5::ui::SynthesisPanel", "end of speech"),
                                         QT_TRANSLATE_NOOP("mars5::ui::SynthesisPanel", "length budget reached"),
                                         QT_TRANSLATE_NOOP("mars5::ui::SynthesisPanel", "stopped by the user"),
                                         QT_TRANSLATE_NOOP("mars5::ui::SynthesisPanel", "forced length reached (benchmark)")};
    for (const char* stop : kStops)
        if (stored == QLatin1String(stop)) return QCoreApplication::translate("mars5::ui::SynthesisPanel", stop);
    return stored;
}

}  // namespace

SynthesisPanel::SynthesisPanel(SynthesisController* controller, QWidget* parent)
    : QWidget(parent), m_controller(controller), m_waveform(new WaveformView(this)), m_playback(new PlaybackEngine(this)) {
    m_synthesize = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Synthesize"), this);
    m_synthesize->setToolTip(tr("Speak the text in the reference voice (Ctrl+Return). While one runs, more wait in the queue."));
    m_synthesize->setDefault(true);
    QFont bold = m_synthesize->font();
    bold.setBold(true);
    m_synthesize->setFont(bold);
    m_stop = new QPushButton(tr("Stop"), this);
    m_stop->setToolTip(tr("Stop and keep (Esc): end the token stage now, then refine and vocode what exists"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setToolTip(tr("Cancel and discard (Shift+Esc): end the run and throw it away"));
    for (QPushButton* b : {m_synthesize, m_stop, m_cancel}) b->setFocusPolicy(Qt::TabFocus);

    // Two lines in a narrow column rather than a column that cannot narrow; a WrappingLabel, so
    // that the second line gets its height from the splitter, not from the result waveform.
    m_stages = new WrappingLabel(this);
    m_stages->setTextFormat(Qt::RichText);
    m_progress = new QProgressBar(this);
    m_progress->setTextVisible(true);
    m_progress->setMaximumHeight(16);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setFormat(QString());

    m_queueLabel = new QLabel(this);
    m_clearQueue = new QToolButton(this);
    m_clearQueue->setText(tr("Clear"));
    m_clearQueue->setAutoRaise(true);
    m_clearQueue->setToolTip(tr("Remove every waiting synthesis (the running one goes on: Esc stops it, Shift+Esc cancels it)"));
    m_queue = new QListWidget(this);
    m_queue->setMaximumHeight(44);
    m_queue->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_queue->setTextElideMode(Qt::ElideRight);
    m_queue->setUniformItemSizes(true);
    m_queue->setToolTip(tr("Waiting syntheses; Delete removes the selected one"));
    m_queue->setFocusPolicy(Qt::ClickFocus);

    m_error = new WrappingLabel(this);  // its lines stay visible however the splitters squeeze the panel
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #8c1d18; background: #fdecea; border: 1px solid #f3b8b3;"
                                          " border-radius: 4px; padding: 4px 8px; }"));
    m_error->hide();

    m_waveform->setMinimumHeight(90);
    m_waveform->setEmptyHint(tr("The synthesized take appears here and plays at once"));
    m_play = new QPushButton(style()->standardIcon(QStyle::SP_MediaPlay), tr("Play take"), this);
    m_play->setToolTip(tr("Play or stop the take (Space)"));
    m_export = new QPushButton(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("Export…"), this);
    m_export->setToolTip(tr("Save the take as WAV or FLAC, at the rate and loudness you choose, with a JSON provenance file beside it (Ctrl+E)"));
    for (QPushButton* b : {m_play, m_export}) b->setFocusPolicy(Qt::TabFocus);
    // A long take's one bad sentence, spoken again without the rest: shown for takes in pieces.
    m_speakPieceAgain = new QToolButton(this);
    m_speakPieceAgain->setPopupMode(QToolButton::MenuButtonPopup);
    m_speakPieceAgain->setMenu(new QMenu(m_speakPieceAgain));
    m_speakPieceAgain->setFocusPolicy(Qt::TabFocus);
    m_speakPieceAgain->setToolTip(tr("Speak the piece under the playhead again with a new seed, the other pieces kept as they "
                                     "are: a new take, this one stays in the history. The arrow lists every piece; a right "
                                     "click on the waveform offers the piece under the mouse."));
    m_speakPieceAgain->hide();
    // Waveform or spectrogram in the same place: the panel has no height for both.
    m_spectrogram = new takes::SpectrogramView(this);
    m_spectrogram->setLogFrequency(true);  // speech: the formants and the hiss both readable
    // The waveform's minimum sets the row's; in a short window the studio squeezes the row below
    // it, and the spectrogram then shrinks with it, as the waveform does, instead of being cut off.
    m_spectrogram->setMinimumHeight(0);
    m_spectrogram->plot()->setMinimumHeight(0);
    m_resultStack = new QStackedWidget(this);
    m_resultStack->addWidget(m_waveform);
    m_resultStack->addWidget(m_spectrogram);
    m_showSpectrogram = new QToolButton(this);
    m_showSpectrogram->setText(tr("Spectrogram"));
    m_showSpectrogram->setCheckable(true);
    m_showSpectrogram->setFocusPolicy(Qt::TabFocus);
    m_showSpectrogram->setToolTip(tr("Show the take as a spectrogram (log frequency) instead of its waveform"));
    m_dragOut = new DragOutButton(this);
    m_dragOut->setText(tr("Drag out"));
    m_dragOut->setFocusPolicy(Qt::TabFocus);
    m_dragOut->setToolTip(tr("Drag the take into a folder or another program (a DAW) as a file, in the format of the last "
                             "export; or click to copy the file and paste it there"));
    connect(m_dragOut, &QToolButton::clicked, this, &SynthesisPanel::copyTakeFilesRequested);
    m_result = new WrappingLabel(this);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_synthesize);
    controls->addWidget(m_stop);
    controls->addWidget(m_cancel);
    auto* progressBox = new QVBoxLayout;
    progressBox->setSpacing(1);
    progressBox->addWidget(m_stages);
    progressBox->addWidget(m_progress);
    controls->addLayout(progressBox, 1);
    auto* queueBox = new QVBoxLayout;
    queueBox->setSpacing(1);
    auto* queueHeader = new QHBoxLayout;
    queueHeader->setContentsMargins(0, 0, 0, 0);
    queueHeader->addWidget(m_queueLabel, 1);
    queueHeader->addWidget(m_clearQueue);
    queueBox->addLayout(queueHeader);
    queueBox->addWidget(m_queue);
    controls->addLayout(queueBox);
    m_queue->setFixedWidth(170);

    auto* resultRow = new QHBoxLayout;
    resultRow->addWidget(m_play);
    resultRow->addWidget(m_export);
    resultRow->addWidget(m_dragOut);
    resultRow->addWidget(m_speakPieceAgain);
    resultRow->addWidget(m_showSpectrogram);
    resultRow->addWidget(m_result, 1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(controls);
    layout->addWidget(m_error);
    layout->addWidget(m_resultStack, 1);
    layout->addLayout(resultRow);

    connect(m_synthesize, &QPushButton::clicked, this, &SynthesisPanel::synthesizeRequested);
    connect(m_stop, &QPushButton::clicked, m_controller, &SynthesisController::stop);
    connect(m_cancel, &QPushButton::clicked, m_controller, &SynthesisController::cancel);
    connect(m_play, &QPushButton::clicked, this, &SynthesisPanel::togglePlayback);
    connect(m_export, &QPushButton::clicked, this, &SynthesisPanel::exportWithDialog);
    connect(m_controller, &SynthesisController::synthesisStarted, this, &SynthesisPanel::onStarted);
    connect(m_controller, &SynthesisController::synthesisProgress, this, &SynthesisPanel::onProgress);
    connect(m_controller, &SynthesisController::synthesisFinished, this, &SynthesisPanel::onFinished);
    connect(m_controller, &SynthesisController::queueChanged, this, &SynthesisPanel::updateQueue);
    connect(m_controller, &SynthesisController::modelStateChanged, this, &SynthesisPanel::updateButtons);
    connect(m_playback, &PlaybackEngine::positionChanged, m_waveform, &WaveformView::setPlayheadSeconds);
    connect(m_playback, &PlaybackEngine::positionChanged, m_spectrogram, &takes::SpectrogramView::setPlayheadSeconds);
    connect(m_showSpectrogram, &QToolButton::toggled, this, [this](bool on) {
        setSpectrogramShown(on);
        QSettings().setValue(QLatin1String(kSpectrogramKey), on);  // kept for the next start
    });
    connect(m_playback, &PlaybackEngine::playingChanged, this, &SynthesisPanel::updateButtons);
    connect(m_waveform, &WaveformView::positionPicked, this, [this](double s) {
        if (m_playback->isPlaying()) m_playback->play(s);
        updatePieceButton();
    });
    connect(m_playback, &PlaybackEngine::positionChanged, this, [this] {
        if (m_pieceForButton >= 0 && pieceAt(m_waveform->playheadSeconds()) != m_pieceForButton) updatePieceButton();
    });
    connect(m_speakPieceAgain, &QToolButton::clicked, this, [this] {
        if (m_pieceForButton >= 0) emit speakPieceAgainRequested(m_pieceForButton);
    });
    m_waveform->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_waveform, &QWidget::customContextMenuRequested, this, &SynthesisPanel::showWaveformMenu);
    connect(m_clearQueue, &QToolButton::clicked, m_controller, &SynthesisController::clearQueue);
    connect(m_queue, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        m_controller->cancelQueued(item->data(Qt::UserRole).toULongLong());
    });
    m_stages->setText(stageChain(kIdle));
    m_clock.start();
    setSpectrogramShown(QSettings().value(QLatin1String(kSpectrogramKey), false).toBool());
    updateQueue();
    updateButtons();
}

void SynthesisPanel::setSpectrogramShown(bool on) {
    const QSignalBlocker block(m_showSpectrogram);
    m_showSpectrogram->setChecked(on);
    m_resultStack->setCurrentWidget(on ? static_cast<QWidget*>(m_spectrogram) : m_waveform);
    // computed when first shown, so a user who never looks pays nothing per take
    if (on && m_spectrogramStale && m_take) {
        m_spectrogram->setAudio(m_takeSamples, m_take->audio.sampleRate);
        m_spectrogramStale = false;
    }
}

QString SynthesisPanel::errorText() const { return m_error->isHidden() ? QString() : m_error->text(); }
QString SynthesisPanel::stageText() const { return m_stageText; }
QString SynthesisPanel::queueText() const { return m_queueLabel->text(); }
QString SynthesisPanel::resultText() const { return m_result->text(); }

void SynthesisPanel::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty()) emit errorShown();
}

void SynthesisPanel::onStarted(quint64) {
    if (m_queueRanDry) {
        m_queuedFailures.clear();
        m_queueRanDry = false;
    }
    if (m_queuedFailures.isEmpty()) showError({});
    m_stageText = tr("Starting…");
    m_eta.reset();
    m_textLeft.reset();
    m_progress->setRange(0, 0);  // busy until the first report
    m_progress->setFormat(QString());
    m_stages->setText(m_stageText);
    m_batch.started(m_controller->runningText().size(), now());
    updateQueueLabel();
    updateButtons();
}

QString SynthesisPanel::stageChain(int stage) const {
    if (stage == kIdle) return tr("<span style='color:#6b7280'>Reference → AR tokens → NAR steps → Vocoder</span>");
    QStringList parts;
    for (int i = 0; i < 4; ++i) {
        // A narrow column wraps the chain between stages, never inside a name ("AR | tokens").
        const QString name = tr(kStageNames[i]).toHtmlEscaped().replace(QLatin1Char(' '), QStringLiteral("&nbsp;"));
        if (i < stage)
            parts << QStringLiteral("<span style='color:#1e7b34'>✓&nbsp;%1</span>").arg(name);
        else if (i == stage)
            parts << QStringLiteral("<b>%1</b>").arg(name);
        else
            parts << QStringLiteral("<span style='color:#9aa1ab'>%1</span>").arg(name);
    }
    return parts.join(QStringLiteral(" → "));
}

void SynthesisPanel::onProgress(quint64, int stage, qint64 current, qint64 total, int piece, int pieces, double textSecondsLeft) {
    // A long text spoken in pieces runs the stages once per piece: say which, and (once a piece
    // is done and gives the rate) how long the whole text has left.
    QString pieceText;
    if (pieces > 1)
        pieceText = (textSecondsLeft > 0 ? tr("Piece %1 of %2 · ~%3 left:").arg(piece + 1).arg(pieces).arg(formatWait(textSecondsLeft))
                                         : tr("Piece %1 of %2:").arg(piece + 1).arg(pieces)) +
                    QLatin1Char(' ');
    m_stages->setText(pieceText + stageChain(stage));
    if (textSecondsLeft > 0) {
        m_textLeft = textSecondsLeft;
        m_textLeftAt = now();
    } else {
        m_textLeft.reset();
    }
    const auto s = static_cast<mars5::EngineStage>(stage);
    const std::optional<double> left = m_eta.update(stage, current, total, now());
    updateQueueLabel();  // the batch's time left follows the running run
    if (s == mars5::EngineStage::Coarse) {
        // The AR's total is the reference's estimate (it stops at end of speech), so its time
        // left is "about" twice over; the NAR's steps are fixed and evenly long.
        const QString counted = tr("AR %1 / ~%2 tokens").arg(current).arg(total);
        m_stageText = left ? tr("AR %1 / ~%2 tokens · about %3 more").arg(current).arg(total).arg(formatWait(*left)) : counted;
        m_progress->setRange(0, static_cast<int>(std::max<qint64>({1, total, current})));
        m_progress->setValue(static_cast<int>(current));
        m_progress->setFormat(fittingText(m_progress, {m_stageText, counted, QStringLiteral("%1 / ~%2").arg(current).arg(total)}));
        m_progress->setToolTip(m_stageText);
    } else if (s == mars5::EngineStage::Refine) {
        const QString counted = tr("NAR step %1 of %2").arg(current).arg(total);
        m_stageText = left ? tr("NAR step %1 of %2 · about %3 left").arg(current).arg(total).arg(formatWait(*left)) : counted;
        m_progress->setRange(0, static_cast<int>(std::max<qint64>(1, total)));
        m_progress->setValue(static_cast<int>(current));
        m_progress->setFormat(fittingText(m_progress, {m_stageText, counted, QStringLiteral("%1 / %2").arg(current).arg(total)}));
        m_progress->setToolTip(m_stageText);
    } else {
        m_stageText = s == mars5::EngineStage::EncodeReference ? tr("Encoding the reference…") : tr("Vocoding…");
        m_progress->setRange(0, 1);
        m_progress->setValue(static_cast<int>(current));
        m_progress->setFormat(m_stageText);
        m_progress->setToolTip(m_stageText);
    }
}

QList<WaveformMark> SynthesisPanel::pieceMarks(const SynthesisOutcome& outcome) const {
    QList<WaveformMark> marks;
    const int rate = outcome.audio.sampleRate;
    const auto& pieces = outcome.pieceList;
    if (pieces.isEmpty() || rate <= 0) return marks;  // spoken at once (a Stop may leave one piece of several)
    const int total = std::max(static_cast<int>(pieces.size()), outcome.piecesPlanned);
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        const takes::TakePiece& p = pieces[k];
        if (p.samples <= 0) continue;  // left out silent: the warnings say so
        QString text = p.text.simplified();
        if (text.size() > 120) text = text.left(118) + QStringLiteral("…");
        WaveformMark mark;
        mark.fromSeconds = double(p.startSample) / rate;
        mark.toSeconds = double(p.startSample + p.samples) / rate;
        mark.label = QString::number(k + 1);
        // One arg() for all: the words may hold a "%2" that a later arg() would fill.
        mark.toolTip = tr("Piece %1 of %2: “%3”\n%4 · seed %5 · %6 AR tokens (%7)")
                           .arg(QString::number(k + 1), QString::number(total), text,
                                formatDuration(mark.toSeconds - mark.fromSeconds), QString::number(p.seed),
                                QString::number(p.arTokens), coarseStopLabel(p.stop)) +
                       QLatin1Char('\n') + tr("Right-click to speak it again with a new seed.");
        marks.push_back(mark);
    }
    return marks;
}

int SynthesisPanel::pieceAt(double seconds) const {
    if (!m_take || m_take->pieceList.isEmpty() || m_take->audio.sampleRate <= 0) return -1;
    const auto sample = static_cast<qint64>(std::floor(std::max(0.0, seconds) * m_take->audio.sampleRate));
    int piece = 0;
    for (qsizetype k = 1; k < m_take->pieceList.size(); ++k)
        if (m_take->pieceList[k].startSample <= sample) piece = static_cast<int>(k);
    return piece;
}

void SynthesisPanel::updatePieceButton() {
    const bool pieced = m_take && m_take->hasAudio() && !m_take->pieceList.isEmpty();
    m_speakPieceAgain->setVisible(pieced);
    m_pieceForButton = pieced ? pieceAt(m_waveform->playheadSeconds()) : -1;
    if (!pieced) return;
    m_speakPieceAgain->setText(tr("Speak piece %1 again").arg(m_pieceForButton + 1));
    // Every piece in the arrow's menu: a silent one (left out of the audio) is reached there.
    QMenu* menu = m_speakPieceAgain->menu();
    menu->clear();
    for (qsizetype k = 0; k < m_take->pieceList.size(); ++k) {
        const takes::TakePiece& p = m_take->pieceList[k];
        QString text = p.text.simplified();
        if (text.size() > 60) text = text.left(58) + QStringLiteral("…");
        const QString label = p.samples > 0 ? tr("Piece %1: “%2”").arg(QString::number(k + 1), text)
                                            : tr("Piece %1 (silent): “%2”").arg(QString::number(k + 1), text);
        // '&' in the words would otherwise underline the next letter as a shortcut.
        menu->addAction(QString(label).replace(QLatin1Char('&'), QStringLiteral("&&")), this,
                        [this, k] { emit speakPieceAgainRequested(static_cast<int>(k)); });
    }
}

void SynthesisPanel::showWaveformMenu(const QPoint& pos) {
    if (!m_take || !m_take->hasAudio()) return;
    QMenu menu(this);
    const QPoint inPlot = m_waveform->plot()->mapFrom(m_waveform, pos);
    const double seconds = std::clamp(m_waveform->plot()->xAxis->pixelToCoord(inPlot.x()), 0.0, m_waveform->durationSeconds());
    const int piece = pieceAt(seconds);
    // The menu waits for the user while runs go on: a take that arrives meanwhile replaces the
    // shown one, and then the piece under the mouse was another take's.
    const SynthesisOutcomePtr shown = m_take;
    if (piece >= 0) {
        menu.addAction(tr("Speak Piece %1 Again").arg(piece + 1), this, [this, piece, shown] {
            if (m_take == shown) emit speakPieceAgainRequested(piece);
        });
        menu.addAction(tr("Play from Piece %1").arg(piece + 1), this, [this, piece, shown] {
            if (m_take != shown) return;
            const double from = double(shown->pieceList[piece].startSample) / shown->audio.sampleRate;
            m_waveform->setPlayheadSeconds(from);
            m_playback->play(from);
            updatePieceButton();
        });
        menu.addSeparator();
    }
    menu.addAction(m_play->text(), m_play, &QPushButton::click);
    menu.addAction(m_export->text(), m_export, &QPushButton::click);
    menu.exec(m_waveform->mapToGlobal(pos));
}

void SynthesisPanel::onFinished(SynthesisOutcomePtr outcome) {
    m_textLeft.reset();
    m_progress->setRange(0, 1);
    using S = SynthesisOutcome::Status;
    // The controller starts the next queued run after this: is there one?
    const bool moreQueued = !m_controller->queue().isEmpty();
    m_queueRanDry = !moreQueued;
    m_batch.finished(outcome->status == S::Cancelled ? mars5::BatchProgress::Ending::Cancelled
                     : outcome->status == S::Failed  ? mars5::BatchProgress::Ending::Failed
                                                     : mars5::BatchProgress::Ending::Made,
                     outcome->wallSeconds, !moreQueued);
    // The last run of a script or of N takes: say what the whole batch made.
    const QString summary = batchSummary();
    const QString withSummary = summary.isEmpty() ? QString() : QStringLiteral(" · ") + summary;
    updateQueueLabel();
    if (outcome->status == S::Cancelled) {
        m_stageText = tr("Cancelled: nothing was kept") + withSummary;
        m_progress->setValue(0);
        // The bar says it; the line above goes back to the stages.
        m_progress->setFormat(fittingText(m_progress, {m_stageText, tr("Cancelled: nothing was kept")}));
        m_progress->setToolTip(m_stageText);
        m_stages->setText(stageChain(kIdle));
        updateButtons();
        return;
    }
    if (outcome->status == S::Failed) {
        m_stageText = tr("Failed") + withSummary;
        m_progress->setValue(0);
        m_progress->setFormat(QString());
        m_progress->setToolTip(QString());
        m_stages->setText(summary.isEmpty() ? tr("<span style='color:#b3261e'>The synthesis failed; your text and settings are kept.</span>")
                                            : QStringLiteral("<span style='color:#b3261e'>%1</span>").arg(m_stageText.toHtmlEscaped()));
        if (moreQueued || !m_queuedFailures.isEmpty()) {
            // One of several queued runs: name it, and keep the list while the others go on.
            QString text = outcome->request.text.simplified();
            if (text.size() > 60) text = text.left(58) + QStringLiteral("…");
            m_queuedFailures << QStringLiteral("“%1”: %2").arg(text, outcome->error);
            showError(tr("%n queued synthesis(es) failed (the others go on):", "", static_cast<int>(m_queuedFailures.size())) +
                      QLatin1Char('\n') + m_queuedFailures.join(QLatin1Char('\n')));
        } else {
            showError(outcome->error);
        }
        updateButtons();
        return;
    }
    m_take = outcome;
    const QString ending = outcome->status == S::Stopped ? tr("Stopped early: kept what was generated") : tr("Done");
    m_stageText = ending + withSummary;
    m_progress->setValue(1);
    // The bar says how it ended; the line above, every stage done.
    m_progress->setFormat(fittingText(m_progress, {m_stageText, ending}));
    m_progress->setToolTip(m_stageText);
    m_stages->setText(stageChain(4));
    const mars5::AudioBuffer& a = outcome->audio;
    const SharedSamples samples = shareSamples(std::vector<float>(a.samples));
    m_waveform->setClip(samples, a.sampleRate);
    m_waveform->setMarks(pieceMarks(*outcome));
    updatePieceButton();
    m_playback->load(samples, a.sampleRate);
    m_takeSamples = samples;
    m_spectrogramStale = true;
    if (m_resultStack->currentWidget() == m_spectrogram) {
        m_spectrogram->setAudio(samples, a.sampleRate);
        m_spectrogramStale = false;
    }
    QString line = tr("<b>%1</b> · seed %2 · %3 AR tokens (%4) · took %5 s (AR %6, NAR %7, vocoder %8)")
                       .arg(outcome->pieces() > 1 ? tr("%1 in %n pieces", "", outcome->pieces()).arg(formatDuration(a.durationSeconds()))
                                                : formatDuration(a.durationSeconds()))
                       .arg(outcome->seed)
                       .arg(outcome->arTokens)
                       .arg(outcome->status == S::Stopped ? tr("stopped early") : coarseStopLabel(outcome->coarseStop).toHtmlEscaped())
                       .arg(seconds(outcome->wallSeconds), seconds(outcome->timings.coarseSeconds),
                            seconds(outcome->timings.refineSeconds), seconds(outcome->timings.vocodeSeconds));
    if (!outcome->warnings.isEmpty())
        line += QStringLiteral("<br><span style='color:#8a5a00'>%1</span>").arg(outcome->warnings.join(QStringLiteral("; ")).toHtmlEscaped());
    m_result->setText(line);
    m_result->setToolTip(outcome->request.text);
    if (m_autoPlay && !m_playback->play(0.0)) {
        // No output device is not an error of the take; say it quietly.
        m_result->setText(line + QStringLiteral("<br><span style='color:#6b7280'>%1</span>").arg(m_playback->lastError().toHtmlEscaped()));
    }
    updateButtons();
    emit takeShown(outcome);
}

void SynthesisPanel::updateQueue() {
    m_queue->clear();
    for (const SynthesisRequest& r : m_controller->queue()) {
        QString text = r.spokenText().simplified();
        if (text.size() > 40) text = text.left(38) + QStringLiteral("…");
        if (r.pieceAgain) text = tr("Piece %1 again: %2").arg(QString::number(r.pieceAgain->piece + 1), text);  // one arg(): the words may hold a %1
        auto* item = new QListWidgetItem(text, m_queue);
        item->setData(Qt::UserRole, r.id);
        item->setToolTip(tr("Waiting: “%1” (double-click to remove)").arg(r.spokenText()));
    }
    m_clearQueue->setVisible(!m_controller->queue().isEmpty());
    updateQueueLabel();
    updateButtons();
}

void SynthesisPanel::updateQueueLabel() {
    const QList<SynthesisRequest>& queue = m_controller->queue();
    const int waiting = static_cast<int>(queue.size());
    const int total = m_batch.total(waiting);
    if (!m_batch.running() || total < 2) {
        m_queueLabel->setText(waiting == 0 ? tr("Queue: empty") : tr("Queue: %1 waiting").arg(waiting));
        m_queueLabel->setToolTip(QString());
        return;
    }
    qint64 waitingChars = 0;
    for (const SynthesisRequest& r : queue) waitingChars += r.spokenText().size();
    QString text = tr("Take %1 of %2").arg(m_batch.position()).arg(total);
    // A long text in pieces knows its own rest better than the batch's rate does.
    std::optional<double> runningLeft;
    if (m_textLeft) runningLeft = std::max(0.0, *m_textLeft - (now() - m_textLeftAt));
    if (const std::optional<double> left = m_batch.secondsLeft(waitingChars, now(), runningLeft))
        text += tr(" · ~%1 left").arg(formatWait(*left));  // short: the header shares the row with the stages
    m_queueLabel->setText(text);
    m_queueLabel->setToolTip(tr("Takes queued since the studio was last idle (a script, N takes); the time left is the "
                                "seconds per character of the takes made so far, applied to the text still to speak "
                                "(a long text spoken in pieces prices its own rest by its pieces)"));
}

QString SynthesisPanel::batchSummary() const {
    if (!m_batch.ended() || m_batch.position() < 2) return {};
    QString text = tr("%1 of %n queued take(s) made", "", m_batch.position()).arg(m_batch.made());
    if (m_batch.failed() > 0) text += tr(", %n failed", "", m_batch.failed());
    if (m_batch.cancelled() > 0) text += tr(", %n cancelled", "", m_batch.cancelled());
    return text;
}

void SynthesisPanel::updateButtons() {
    const bool ready = m_controller->modelState() == SynthesisController::ModelState::Ready;
    const bool busy = m_controller->isBusy();
    m_synthesize->setEnabled(ready);
    m_synthesize->setText(busy ? tr("Queue synthesis") : tr("Synthesize"));
    m_stop->setEnabled(busy);
    m_cancel->setEnabled(busy);
    const bool hasTake = m_take && m_take->hasAudio();
    m_play->setEnabled(hasTake);
    m_export->setEnabled(hasTake);
    m_dragOut->setEnabled(hasTake);
    const bool playing = m_playback->isPlaying();
    m_play->setText(playing ? tr("Stop take") : tr("Play take"));
    m_play->setIcon(styleIcon(this, playing ? QStyle::SP_MediaStop : QStyle::SP_MediaPlay));
    if (!ready)
        m_synthesize->setToolTip(tr("Synthesis needs a MARS5 model: File ▸ Set up model… (Ctrl+M)"));
    else
        m_synthesize->setToolTip(tr("Speak the text in the reference voice (Ctrl+Return). While one runs, more wait in the queue."));
}

void SynthesisPanel::togglePlayback() {
    if (m_playback->isPlaying()) {
        m_playback->stop();
        return;
    }
    if (!m_take) return;
    double from = m_waveform->playheadSeconds();
    if (from >= m_waveform->durationSeconds() - 1e-3) from = 0.0;
    if (!m_playback->play(from)) showError(m_playback->lastError());
}

QString SynthesisPanel::exportTo(const QString& path, const ExportOptions& options) {
    if (!m_take) return tr("There is no take to export yet.");
    const LoadedModelsPtr models = m_controller->models();
    const TakeExportResult result = exportTake(path, *m_take, models.get(), options, m_historyInfo ? m_historyInfo(m_take.get()) : QJsonObject());
    if (!result.ok()) {
        showError(result.error);
        return result.error;
    }
    QString line = m_result->text() + QStringLiteral("<br><span style='color:#1e7b34'>%1</span>")
                                          .arg(tr("Exported to %1 (+ .json)").arg(QFileInfo(path).fileName()).toHtmlEscaped());
    if (const QString clipped = result.clippingNote(options.format); !clipped.isEmpty())
        line += QStringLiteral(" <span style='color:#8a5a00'>%1</span>").arg(clipped.toHtmlEscaped());
    m_result->setText(line);
    return {};
}

QString SynthesisPanel::suggestedExportPath() const {
    if (!m_take) return {};
    QString suggested = m_take->request.text.simplified().left(32);
    suggested.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]")), QString());
    suggested = suggested.trimmed().replace(QLatin1Char(' '), QLatin1Char('_'));
    if (suggested.isEmpty()) suggested = QStringLiteral("take");
    QString folder = QSettings().value(kExportFolderKey).toString();
    if (folder.isEmpty()) folder = QDir::homePath();
    return QDir(folder).filePath(suggested + QStringLiteral("_seed%1.wav").arg(m_take->seed));
}

void SynthesisPanel::exportWithDialog() {
    if (!m_take) return;
    ExportDialog dialog(ExportDialog::Target::File, {m_take->audio}, suggestedExportPath(), this);
    if (dialog.exec() != QDialog::Accepted) return;
    QSettings().setValue(kExportFolderKey, QFileInfo(dialog.path()).absolutePath());
    exportTo(dialog.path(), dialog.options());
}

}  // namespace mars5::ui
