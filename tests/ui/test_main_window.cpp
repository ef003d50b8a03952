// The main window opens without any model, says so, offers the studio's menus,
// toggles playback with Space, sizes itself to the screen on the first start and remembers
// its geometry between runs.
#include "main_window.h"
#include "panels/audio_panel.h"
#include "studio/synthesis_controller.h"
#include "studio/synthesis_panel.h"
#include "util/style_icon.h"
#include "util/window_size.h"

#include "missing_glyphs.h"
#include "squeezed_widgets.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QProgressBar>
#include <QMenuBar>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QLayout>
#include <QtTest>

using mars5::ui::MainWindow;

class TestMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);  // a private QSettings location
        QCoreApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
        QCoreApplication::setApplicationName(QStringLiteral("mars5-studio-test"));
        QSettings().clear();
    }

    void opensWithoutAModel() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QStringList menus;
        for (QAction* action : window.menuBar()->actions()) menus << action->text().remove(QLatin1Char('&'));
        QCOMPARE(menus, (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("Playback"),
                                     QStringLiteral("Synthesis"), QStringLiteral("Rating"), QStringLiteral("Help")}));

        QStringList statusTexts;
        for (QLabel* label : window.statusBar()->findChildren<QLabel*>()) statusTexts << label->text();
        QVERIFY2(statusTexts.join(QLatin1Char('|')).contains(QStringLiteral("No MARS5 model loaded")),
                 qPrintable(statusTexts.join(QLatin1Char('|'))));
        QCOMPARE(window.windowTitle(), QStringLiteral("MARS5 Studio"));
        QVERIFY(window.audioPanel()->currentFile().isEmpty());

        // Every button, label and menu entry draws with the installed fonts (no empty boxes).
        const QStringList missing = mars5::test::textsWithoutGlyphs(&window);
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("; "))));
    }

    void spaceTogglesPlayback() {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.playStopAction()->shortcut(), QKeySequence(Qt::Key_Space));

        // With nothing open, Space reaches the panel, which explains why nothing plays.
        QTest::keyClick(&window, Qt::Key_Space);
        QVERIFY2(window.audioPanel()->messageText().startsWith(QStringLiteral("Nothing to play yet")),
                 qPrintable(window.audioPanel()->messageText()));
    }

    void firstStartSizeFollowsTheScreen() {
        using mars5::ui::firstRunWindowSize;
        QCOMPARE(firstRunWindowSize({1366, 738}), QSize(1280, 720));   // a laptop: the designed minimum
        QCOMPARE(firstRunWindowSize({1920, 1050}), QSize(1600, 945));  // full HD: most of it
        QCOMPARE(firstRunWindowSize({2560, 1400}), QSize(1600, 1000)); // larger: no bigger than needed
        QCOMPARE(firstRunWindowSize({1300, 700}), QSize(1280, 700));   // a little short: the design, cut to the screen
        QCOMPARE(firstRunWindowSize({1024, 600}), QSize(1024, 600));   // smaller: the whole screen (panels scroll),
                                                                       // never past its edges
        QCOMPARE(firstRunWindowSize({}), QSize(1280, 720));            // no screen reported

        using mars5::ui::fittedToScreen;
        QCOMPARE(fittedToScreen({1200, 760}, {1366, 720}), QSize(1200, 720));
        QCOMPARE(fittedToScreen({1200, 760}, {1920, 1050}), QSize(1200, 760));
        QCOMPARE(fittedToScreen({1200, 760}, {}), QSize(1200, 760));

        // Nothing saved yet: the window takes that size on the screen it opens on.
        QSettings().clear();
        MainWindow window;
        QVERIFY(window.screen());
        QCOMPARE(window.size(), firstRunWindowSize(window.screen()->availableGeometry().size()));
    }

    void geometryPersists() {
        {
            MainWindow window;
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.resize(1212, 734);
            QTRY_COMPARE(window.size(), QSize(1212, 734));
            window.close();
        }
        MainWindow restored;
        QCOMPARE(restored.size(), QSize(1212, 734));

        // Screenshots ignore the saved layout and use the documented default size, which
        // is also the smallest the layout is designed for.
        MainWindow forDocs(MainWindow::SavedLayout::Ignore);
        QCOMPARE(forDocs.size(), QSize(1280, 720));
        forDocs.show();
        QVERIFY(QTest::qWaitForWindowExposed(&forDocs));
        QVERIFY2(forDocs.minimumSizeHint().width() <= 1280 && forDocs.minimumSizeHint().height() <= 720,
                 qPrintable(QStringLiteral("%1x%2").arg(forDocs.minimumSizeHint().width()).arg(forDocs.minimumSizeHint().height())));
        QCOMPARE(forDocs.size(), QSize(1280, 720));
    }

    // At 1280x720 with the Takes dock open the studio scrolls; a message in the Synthesis
    // section (here: no model loaded) scrolls that section whole into view, the message and the
    // buttons under it included, however many layout passes its growth takes.
    void aSynthesisMessageIsScrolledIntoView() {
        MainWindow w(MainWindow::SavedLayout::Ignore);
        w.historyDock()->show();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QScrollArea* area = w.leftColumnArea();
        QTRY_VERIFY(area->verticalScrollBar()->maximum() > 0);  // the left column is taller than its area
        area->verticalScrollBar()->setValue(0);
        const auto sectionInView = [&] {
            QWidget* section = w.synthesisSection();
            const QRect inViewport(section->mapTo(area->viewport(), QPoint(0, 0)), section->size());
            return inViewport.top() >= 0 && inViewport.bottom() < area->viewport()->height();
        };
        QVERIFY(!sectionInView());  // scrolled to the top, the Synthesis section is below the fold
        QCOMPARE(w.synthesize(), quint64(0));
        QTRY_VERIFY(sectionInView());
        QTest::qWait(200);  // and it stays there once everything has settled
        QVERIFY(sectionInView());
    }

    // A panel that needs more width while the studio runs (a queue's header, "Queue
    // synthesis") widens the left column; before, the column kept the minimum it had at start,
    // and its content, wider than the area, lost its right edge and scrolled its left edge away.
    void theLeftColumnWidensForItsContent() {
        MainWindow w(MainWindow::SavedLayout::Ignore);
        w.resize(1280, 720);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QScrollArea* area = w.leftColumnArea();
        const auto contentFits = [&] {
            return area->widget()->width() <= area->viewport()->width() && area->horizontalScrollBar()->maximum() == 0;
        };
        QTRY_VERIFY(contentFits());
        const int before = area->width();
        auto* wide = new QWidget;
        wide->setMinimumWidth(before + 60);
        w.synthesisSection()->layout()->addWidget(wide);
        QTRY_VERIFY(area->width() >= before + 60);
        QTRY_VERIFY(contentFits());
        QCOMPARE(area->horizontalScrollBar()->value(), 0);
        delete wide;  // and it narrows again when the need goes
        QTRY_VERIFY(area->minimumWidth() < before);
    }

    // No widget of the left column gets less height than it asks for. The "No model loaded"
    // banner wraps onto two lines at 1280x720, and a splitter ignores height-for-width: the
    // second line used to come out of the result waveform, whose time axis was cut off.
    void nothingInTheLeftColumnIsSqueezed() {
        MainWindow w(MainWindow::SavedLayout::Ignore);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTest::qWait(100);  // the wrapping labels' second layout pass
        QStringList squeezed = mars5::test::squeezedWidgets(w.leftColumnArea()->widget());
        QVERIFY2(squeezed.isEmpty(), qPrintable(QStringLiteral("1280x720: ") + squeezed.join(QStringLiteral("; "))));

        // The narrowest window wraps the most; the Takes dock makes the column scroll.
        w.resize(w.minimumSizeHint().width(), 720);
        w.historyDock()->show();
        QTest::qWait(200);
        squeezed = mars5::test::squeezedWidgets(w.leftColumnArea()->widget());
        QVERIFY2(squeezed.isEmpty(), qPrintable(QStringLiteral("narrowest, Takes open: ") + squeezed.join(QStringLiteral("; "))));
    }

    // A progress bar clips its text: in a narrow column (German at 1280 px) the bar lost the
    // end of "NAR-Schritt 41 von 120 · noch etwa 14 s". It now shows the longest form that fits
    // (with the time left, without it, the bare count); its tooltip has the whole text.
    void theProgressTextFitsItsBar() {
        MainWindow w(MainWindow::SavedLayout::Ignore);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* bar = w.synthesisPanel()->findChild<QProgressBar*>();
        QVERIFY(bar);
        const auto fits = [bar] { return bar->fontMetrics().horizontalAdvance(bar->text()) <= bar->contentsRect().width() - 8; };
        const auto refine = int(mars5::EngineStage::Refine);
        for (const int width : {400, 130, 60}) {
            bar->setFixedWidth(width);
            for (int step = 40; step <= 44; ++step) {
                emit w.controller()->synthesisProgress(1, refine, step, 120);
                QTest::qWait(150);  // the time left needs half a second of pace
            }
            QVERIFY2(fits(), qPrintable(QStringLiteral("%1 px: \"%2\"").arg(width).arg(bar->text())));
            QVERIFY2(bar->text().contains(QStringLiteral("44")), qPrintable(bar->text()));
            QVERIFY2(bar->toolTip().startsWith(QStringLiteral("NAR step 44 of 120")), qPrintable(bar->toolTip()));
            if (width == 400) QVERIFY2(bar->text().contains(QStringLiteral("left")), qPrintable(bar->text()));
        }
    }

    // The play buttons change icon at every start and stop; each QStyle::standardIcon call made
    // a new icon and left memory behind (studio_soak_bench: ~5 KiB a take). One icon, shared.
    void aStandardIconIsMadeOnce() {
        QWidget w;
        const QIcon play = mars5::ui::styleIcon(&w, QStyle::SP_MediaPlay);
        QVERIFY(!play.isNull());
        QCOMPARE(mars5::ui::styleIcon(&w, QStyle::SP_MediaPlay).cacheKey(), play.cacheKey());
        QVERIFY(mars5::ui::styleIcon(&w, QStyle::SP_MediaStop).cacheKey() != play.cacheKey());
        QVERIFY(w.style()->standardIcon(QStyle::SP_MediaPlay).cacheKey() != play.cacheKey());  // what it saves
    }
};

QTEST_MAIN(TestMainWindow)
#include "test_main_window.moc"
