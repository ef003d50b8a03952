// The audio panel end to end: a WAV written by core is opened (by the public load
// function and by a simulated drop), its envelope is what the plot holds, and a file that
// is not audio produces a plain-language error while the open clip stays open.
#include "panels/audio_panel.h"
#include "widgets/waveform_view.h"
#include "audio/shared_samples.h"

#include "mars5/audio.h"

#include <qcustomplot.h>

#include <QDropEvent>
#include <QMimeData>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <numbers>

using mars5::ui::AudioPanel;

namespace {

QString writeTone(const QTemporaryDir& dir, const QString& name, double hz, double amplitude, int rate,
                  double seconds) {
    mars5::AudioBuffer tone;
    tone.sampleRate = rate;
    tone.samples.resize(static_cast<std::size_t>(seconds * rate));
    for (std::size_t i = 0; i < tone.samples.size(); ++i)
        tone.samples[i] = static_cast<float>(amplitude * std::sin(2.0 * std::numbers::pi * hz * i / rate));
    const QString path = dir.filePath(name);
    const auto written = mars5::writeAudioFile(path.toStdString(), tone);
    if (!written.ok()) qFatal("writeAudioFile failed: %s", written.message().c_str());
    return path;
}

// A WaveformView of `width` x `height` showing `samples` (24 kHz), laid out and drawn, so its
// axes hold the ticks a user sees. False when the window never appeared.
bool showLaidOut(mars5::ui::WaveformView& view, int width, int height, std::vector<float> samples) {
    view.resize(width, height);
    view.setClip(mars5::ui::shareSamples(std::move(samples)), 24000);
    view.show();
    if (!QTest::qWaitForWindowExposed(&view)) return false;
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);
    view.plot()->replot(QCustomPlot::rpImmediateRefresh);  // the tick counts follow the first layout
    return true;
}

struct PlottedBand {
    double highest = -1e9;  // largest value of the upper edge
    double lowest = 1e9;    // smallest value of the lower edge
    double firstKey = 0.0;
    double lastKey = 0.0;
    int upperPoints = 0;
    int lowerPoints = 0;
};

PlottedBand plottedBand(const AudioPanel& panel) {
    QCustomPlot* plot = panel.waveformView()->plot();
    PlottedBand band;
    const auto upper = plot->graph(0)->data();
    const auto lower = plot->graph(1)->data();
    band.upperPoints = upper->size();
    band.lowerPoints = lower->size();
    if (upper->isEmpty() || lower->isEmpty()) return band;
    for (const QCPGraphData& d : *upper) band.highest = std::max(band.highest, d.value);
    for (const QCPGraphData& d : *lower) band.lowest = std::min(band.lowest, d.value);
    band.firstKey = upper->constBegin()->key;
    band.lastKey = (upper->constEnd() - 1)->key;
    return band;
}

}  // namespace

class TestAudioPanel : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        // The panel remembers the last folder in QSettings: keep the user's settings untouched.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void loadShowsTheToneEnvelope() {
        AudioPanel panel;
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));

        const QString path = writeTone(m_dir, QStringLiteral("tone.wav"), 440.0, 0.5, 24000, 1.0);
        QVERIFY2(panel.loadFile(path), qPrintable(panel.messageText()));
        QCOMPARE(panel.messageText(), QString());
        QCOMPARE(panel.currentFile(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(panel.durationSeconds(), 1.0);
        QVERIFY2(panel.clipDescription().contains(QStringLiteral("tone.wav")), qPrintable(panel.clipDescription()));
        QVERIFY2(panel.clipDescription().contains(QStringLiteral("mono")), qPrintable(panel.clipDescription()));

        QCustomPlot* plot = panel.waveformView()->plot();
        QCOMPARE(plot->graphCount(), 2);
        const PlottedBand band = plottedBand(panel);
        // 16-bit PCM stores 0.5 as 16384/32768 give or take one step.
        QVERIFY2(std::abs(band.highest - 0.5) < 0.01, qPrintable(QString::number(band.highest)));
        QVERIFY2(std::abs(band.lowest + 0.5) < 0.01, qPrintable(QString::number(band.lowest)));
        QVERIFY2(band.firstKey >= 0.0 && band.firstKey < 0.01, qPrintable(QString::number(band.firstKey)));
        QVERIFY2(band.lastKey > 0.99 && band.lastKey <= 1.0, qPrintable(QString::number(band.lastKey)));
        QVERIFY(std::abs(plot->xAxis->range().lower) < 1e-9);
        QVERIFY(std::abs(plot->xAxis->range().upper - 1.0) < 1e-9);
        // One bucket per pixel of the plotting area: at most two points per pixel in all.
        const int pixels = plot->axisRect()->width();
        QVERIFY(pixels > 100);
        QVERIFY2(band.upperPoints <= pixels && band.lowerPoints <= pixels,
                 qPrintable(QStringLiteral("%1 points for %2 pixels").arg(band.upperPoints).arg(pixels)));
        QVERIFY(band.upperPoints >= pixels / 2);

        // Zooming in re-summarises: the visible half is covered at a finer bucket width.
        plot->xAxis->setRange(0.25, 0.5);
        plot->replot();
        const PlottedBand zoomed = plottedBand(panel);
        QVERIFY(zoomed.firstKey <= 0.26 && zoomed.lastKey >= 0.49 && zoomed.lastKey < 0.52);
        QVERIFY(zoomed.upperPoints <= pixels);
    }

    void dropOpensTheFile() {
        AudioPanel panel;
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString path = writeTone(m_dir, QStringLiteral("dropped.wav"), 220.0, 0.25, 16000, 2.0);

        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(path)});
        const QPoint centre = panel.rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&panel, &enter);
        QVERIFY2(enter.isAccepted(), "a dragged local file must be accepted");
        QDropEvent drop(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&panel, &drop);

        QCOMPARE(panel.currentFile(), QFileInfo(path).absoluteFilePath());
        QCOMPARE(panel.durationSeconds(), 2.0);
        const PlottedBand band = plottedBand(panel);
        QVERIFY2(std::abs(band.highest - 0.25) < 0.01, qPrintable(QString::number(band.highest)));
        QVERIFY2(std::abs(band.lowest + 0.25) < 0.01, qPrintable(QString::number(band.lowest)));
        QVERIFY(band.lastKey > 1.98 && band.lastKey <= 2.0);

        // Something that is not a file (a web link) is refused at the door.
        QMimeData web;
        web.setUrls({QUrl(QStringLiteral("https://example.org/voice.wav"))});
        QDragEnterEvent webEnter(centre, Qt::CopyAction, &web, Qt::LeftButton, Qt::NoModifier);
        webEnter.setAccepted(false);
        QApplication::sendEvent(&panel, &webEnter);
        QVERIFY(!webEnter.isAccepted());
    }

    void clickSetsThePlayPosition() {
        AudioPanel panel;
        panel.resize(900, 500);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.loadFile(writeTone(m_dir, QStringLiteral("click.wav"), 440.0, 0.5, 24000, 1.0)));

        mars5::ui::WaveformView* view = panel.waveformView();
        QSignalSpy picked(view, &mars5::ui::WaveformView::positionPicked);
        QCustomPlot* plot = view->plot();
        const QPoint at(qRound(plot->xAxis->coordToPixel(0.5)), plot->axisRect()->center().y());
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(picked.count(), 1);
        const double seconds = picked.at(0).at(0).toDouble();
        QVERIFY2(std::abs(seconds - 0.5) < 0.005, qPrintable(QString::number(seconds)));
        QCOMPARE(view->playheadSeconds(), seconds);

        // Loading another clip puts the playhead back at the start.
        QVERIFY(panel.loadFile(writeTone(m_dir, QStringLiteral("other.wav"), 330.0, 0.5, 24000, 1.0)));
        QCOMPARE(view->playheadSeconds(), 0.0);
    }

    // The take comparison shows two waveforms side by side in ~200 px: the time labels used to
    // run into each other there ("0 0.250.50.75 1").
    void narrowPlotsKeepTheirTimeLabelsApart() {
        for (const int width : {180, 260, 420, 900}) {
            std::vector<float> samples(static_cast<std::size_t>(1.55 * 24000));
            for (std::size_t i = 0; i < samples.size(); ++i) samples[i] = static_cast<float>(0.5 * std::sin(0.05 * i));
            mars5::ui::WaveformView view;
            QVERIFY(showLaidOut(view, width, 160, std::move(samples)));
            QCPAxis* x = view.plot()->xAxis;
            const QVector<double> ticks = x->tickVector();
            const QVector<QString> labels = x->tickVectorLabels();
            const QFontMetrics metrics(x->tickLabelFont());
            int shown = 0;
            double previousRight = -1e9;
            for (int i = 0; i < ticks.size(); ++i) {
                if (!x->range().contains(ticks[i])) continue;
                const double centre = x->coordToPixel(ticks[i]);
                const double half = metrics.horizontalAdvance(labels[i]) / 2.0;
                QVERIFY2(centre - half > previousRight + 2, qPrintable(QStringLiteral("width %1: label %2 touches the one before it")
                                                                         .arg(width).arg(labels[i])));
                previousRight = centre + half;
                ++shown;
            }
            QVERIFY2(shown >= 2, qPrintable(QStringLiteral("width %1: %2 time labels").arg(width).arg(shown)));
        }
    }

    // A float take past full scale (peak 1.45 and up) in a short plot (two amplitude labels asked
    // for) used to keep only its "0" label: the round step, 2, fell outside the plotted range.
    void loudClipsKeepTheirAmplitudeLabels() {
        for (const int height : {150, 580}) {
            for (float peak = 0.3f; peak < 4.0f; peak += 0.05f) {
                std::vector<float> samples(24000, 0.0f);
                samples[500] = peak;
                samples[900] = -peak;
                mars5::ui::WaveformView view;
                QVERIFY(showLaidOut(view, 240, height, std::move(samples)));
                QCPAxis* y = view.plot()->yAxis;
                int inRange = 0;
                for (const double tick : y->tickVector()) inRange += y->range().contains(tick) ? 1 : 0;
                QVERIFY2(inRange >= 3, qPrintable(QStringLiteral("height %1, peak %2: %3 amplitude labels")
                                                      .arg(height).arg(peak).arg(inRange)));
            }
        }
    }

    // The studio's reference plot at its smallest (90 px: a 1280x720 window with the takes
    // dock, the German hints on two lines) drew "0,8", "0" and "-0,8" on top of each other.
    // Amplitude labels are either apart or not drawn, and a plot with room for them draws them.
    void shortPlotsKeepTheirAmplitudeLabelsApart() {
        for (const int height : {70, 90, 110, 130, 150, 220}) {
            for (const float peak : {0.4f, 1.0f, 2.5f}) {
                std::vector<float> samples(24000, 0.0f);
                samples[500] = peak;
                samples[900] = -peak;
                mars5::ui::WaveformView view;
                view.setMinimumHeight(std::min(height, view.minimumHeight()));  // as the studio lets it shrink
                QVERIFY(showLaidOut(view, 400, height, std::move(samples)));
                QCoreApplication::processEvents();  // the labels follow the layout after its replot
                QCPAxis* y = view.plot()->yAxis;
                const int labelHeight = QFontMetrics(y->tickLabelFont()).height();
                if (!y->tickLabels()) {
                    QVERIFY2(view.plot()->axisRect()->height() < 4 * labelHeight,
                             qPrintable(QStringLiteral("height %1: no amplitude labels in %2 px").arg(height).arg(view.plot()->axisRect()->height())));
                    continue;
                }
                double previous = -1e9;
                for (const double tick : y->tickVector()) {
                    if (!y->range().contains(tick)) continue;
                    const double centre = -y->coordToPixel(tick);  // upwards
                    QVERIFY2(centre - previous >= labelHeight,
                             qPrintable(QStringLiteral("height %1, peak %2: label %3 touches the one below it").arg(height).arg(peak).arg(tick)));
                    previous = centre;
                }
            }
        }
    }

    // Side-by-side views give every clip the longest one's time axis: a 1 s clip then spans
    // 2.5 s, drawn up to 1 s; zoom and scroll stay inside 2.5 s; a new clip resets it.
    void aSharedTimeAxisShowsShorterClipsShorter() {
        mars5::ui::WaveformView view;
        QVERIFY(showLaidOut(view, 400, 150, std::vector<float>(24000, 0.25f)));
        QCPAxis* x = view.plot()->xAxis;
        QCOMPARE(view.timeLimit(), 1.0);
        view.setTimeLimit(2.5);
        QCOMPARE(view.timeLimit(), 2.5);
        QCOMPARE(x->range().lower, 0.0);
        QCOMPARE(x->range().upper, 2.5);
        view.plot()->replot(QCustomPlot::rpImmediateRefresh);
        const auto upper = view.plot()->graph(0)->data();
        QVERIFY(!upper->isEmpty());
        QVERIFY((upper->constEnd() - 1)->key <= 1.0);  // nothing drawn past the clip's end
        x->setRange(-1.0, 4.0);                        // zoomed out too far: clamped to the span
        QCOMPARE(x->range().lower, 0.0);
        QCOMPARE(x->range().upper, 2.5);
        x->setRange(2.0, 3.0);                         // scrolled past the end: back inside
        QCOMPARE(x->range().upper, 2.5);
        QCOMPARE(x->range().lower, 1.5);
        view.setTimeLimit(0.5);  // shorter than the clip: the clip's own duration
        QCOMPARE(view.timeLimit(), 1.0);
        QCOMPARE(x->range().upper, 1.0);
        view.setTimeLimit(3.0);
        view.setClip(mars5::ui::shareSamples(std::vector<float>(48000, 0.1f)), 24000);
        QCOMPARE(view.timeLimit(), 2.0);
        QCOMPARE(x->range().upper, 2.0);
    }

    void nonAudioFileShowsAnErrorAndKeepsTheClip() {
        AudioPanel panel;
        const QString good = writeTone(m_dir, QStringLiteral("keep.wav"), 440.0, 0.5, 24000, 1.0);
        QVERIFY(panel.loadFile(good));
        const PlottedBand before = plottedBand(panel);

        const QString notes = m_dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile file(notes);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("These are my notes about the voice, not a recording.\n");
        }
        QVERIFY(!panel.loadFile(notes));
        QVERIFY(panel.messageIsError());
        QVERIFY2(panel.messageText().startsWith(QStringLiteral("Could not open notes.txt: not a readable audio file")),
                 qPrintable(panel.messageText()));
        QVERIFY2(!panel.messageText().contains(m_dir.path()), "the message names the file, not its whole path");

        QCOMPARE(panel.currentFile(), QFileInfo(good).absoluteFilePath());
        QCOMPARE(panel.durationSeconds(), 1.0);
        const PlottedBand after = plottedBand(panel);
        QCOMPARE(after.upperPoints, before.upperPoints);
        QCOMPARE(after.highest, before.highest);
        QCOMPARE(after.lowest, before.lowest);

        QVERIFY(!panel.loadFile(m_dir.filePath(QStringLiteral("missing.wav"))));
        QVERIFY2(panel.messageText().startsWith(QStringLiteral("Could not open missing.wav: cannot open the file")),
                 qPrintable(panel.messageText()));
        QCOMPARE(panel.currentFile(), QFileInfo(good).absoluteFilePath());

        // A good file afterwards clears the error.
        QVERIFY(panel.loadFile(good));
        QCOMPARE(panel.messageText(), QString());
        QVERIFY(!panel.messageIsError());
    }

    // A long file name must not widen the panel, and with it the studio window, beyond the
    // screen (seen with a 59-character name: the window opened 1,695 px wide). The name is
    // elided in the middle to the panel's width instead; clipDescription() keeps it whole.
    void longFileNamesDoNotWidenThePanel() {
        AudioPanel panel;
        panel.resize(800, 300);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(panel.loadFile(writeTone(m_dir, QStringLiteral("short.wav"), 440.0, 0.5, 24000, 1.0)));
        QApplication::processEvents();
        const int shortNameWidth = panel.minimumSizeHint().width();

        const QString longName = QStringLiteral("a-take-of-the-second-paragraph-recorded-again-after-lunch-with-the-new-microphone"
                                                "-and-the-pop-filter-moved-closer-final-final.wav");
        QVERIFY(panel.loadFile(writeTone(m_dir, longName, 440.0, 0.5, 24000, 1.0)));
        QApplication::processEvents();
        QVERIFY2(panel.minimumSizeHint().width() <= shortNameWidth,
                 qPrintable(QStringLiteral("minimum width %1 with a long name, %2 with a short one")
                                .arg(panel.minimumSizeHint().width())
                                .arg(shortNameWidth)));
        QVERIFY2(panel.clipDescription().startsWith(longName), qPrintable(panel.clipDescription()));

        // Nor with no place to break: underscores, or one long word.
        for (const QString& name : {QString(longName).replace(QLatin1Char('-'), QLatin1Char('_')),
                                    QString(140, QLatin1Char('x')) + QStringLiteral(".wav")}) {
            QVERIFY(panel.loadFile(writeTone(m_dir, name, 440.0, 0.5, 24000, 1.0)));
            QApplication::processEvents();
            QVERIFY2(panel.minimumSizeHint().width() <= shortNameWidth,
                     qPrintable(QStringLiteral("minimum width %1 for %2").arg(panel.minimumSizeHint().width()).arg(name)));
        }
    }

private:
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestAudioPanel)
#include "test_audio_panel.moc"
