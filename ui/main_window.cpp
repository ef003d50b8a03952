#include "main_window.h"

#include "audio/playback_engine.h"
#include "models/models_dialog.h"
#include "panels/audio_panel.h"
#include "rating/rating_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>

namespace mars5::ui {

namespace {

const char* const kGeometryKey = "mainWindow/geometry";
const char* const kStateKey = "mainWindow/state";

}  // namespace

MainWindow::MainWindow(SavedLayout savedLayout, QWidget* parent)
    : QMainWindow(parent), m_savedLayout(savedLayout), m_audioPanel(new AudioPanel(this)) {
    setCentralWidget(m_audioPanel);
    createActions();
    createMenus();
    createStatusBar();
    updateTitle();

    connect(m_audioPanel, &AudioPanel::clipLoaded, this, &MainWindow::updateTitle);

    resize(1100, 700);
    if (m_savedLayout == SavedLayout::Use) {
        QSettings settings;
        restoreGeometry(settings.value(kGeometryKey).toByteArray());
        restoreState(settings.value(kStateKey).toByteArray());
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions() {
    m_open = new QAction(tr("&Open audio…"), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, m_audioPanel, &AudioPanel::openWithDialog);

    m_quit = new QAction(tr("&Quit"), this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);

    m_playStop = new QAction(tr("&Play/Stop"), this);
    m_playStop->setShortcut(QKeySequence(Qt::Key_Space));
    m_playStop->setShortcutContext(Qt::WindowShortcut);
    connect(m_playStop, &QAction::triggered, m_audioPanel, &AudioPanel::togglePlayback);

    m_about = new QAction(tr("&About MARS5 Studio"), this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQt = new QAction(tr("About &Qt"), this);
    m_aboutQt->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus() {
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_open);
    file->addAction(tr("&Models…"), this, [this] {  // one non-modal dialog: downloads go on while you work
        auto* models = findChild<ModelsDialog*>();
        if (!models) models = new ModelsDialog(this);
        models->show();
        models->raise();
    });
    file->addSeparator();
    file->addAction(m_quit);

    QMenu* playback = menuBar()->addMenu(tr("&Playback"));
    playback->addAction(m_playStop);

    // Blind A/B preference rating opens in a window of its own (ui/rating/).
    QMenu* rating = menuBar()->addMenu(tr("&Rating"));
    rating->addAction(tr("Blind A/B &rating sessions…"), QKeySequence(Qt::CTRL | Qt::Key_R), this, [this] {
        if (!m_ratingWindow) m_ratingWindow = new rating::RatingWindow({}, rating::AbPlayer::Output::Device, this);
        m_ratingWindow->setWindowFlag(Qt::Window);
        m_ratingWindow->show();
        m_ratingWindow->raise();
    });

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_about);
    help->addAction(m_aboutQt);
}

void MainWindow::createStatusBar() {
    m_modelStatus = new QLabel(tr("No MARS5 model loaded: audio can be opened and played; synthesis needs the model files"), this);
    statusBar()->addWidget(m_modelStatus, 1);

    m_outputStatus = new QLabel(this);
    m_outputStatus->setToolTip(tr("The sound device used for playback (the system default)"));
    statusBar()->addPermanentWidget(m_outputStatus);
    updateOutputStatus();
    // The device list is read again when playback starts (a sound server may have started since).
    connect(m_audioPanel->playback(), &PlaybackEngine::playingChanged, this, &MainWindow::updateOutputStatus);
}

void MainWindow::updateOutputStatus() {
    const QString device = m_audioPanel->playback()->outputDeviceName();
    m_outputStatus->setText(device.isEmpty() ? tr("No audio output device") : tr("Output: %1").arg(device));
}

void MainWindow::updateTitle() {
    const QString file = m_audioPanel->currentFile();
    setWindowTitle(file.isEmpty() ? tr("MARS5 Studio")
                                  : tr("%1 — MARS5 Studio").arg(QFileInfo(file).fileName()));
}

void MainWindow::showAbout() {
    QMessageBox::about(
        this, tr("About MARS5 Studio"),
        tr("<h3>MARS5 Studio %1</h3>"
           "<p>A desktop studio for MARS5 voice-cloning text-to-speech: open a reference clip, "
           "listen to it, and (once a model is set up) synthesise speech in that voice.</p>"
           "<p>Licensed under the GNU Affero General Public License, version 3 or later.</p>"
           "<p>Built with Qt %2, QCustomPlot and PortAudio.</p>")
            .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
}

void MainWindow::closeEvent(QCloseEvent* event) {
    m_audioPanel->playback()->stop();
    if (m_savedLayout == SavedLayout::Use) {
        QSettings settings;
        settings.setValue(kGeometryKey, saveGeometry());
        settings.setValue(kStateKey, saveState());
    }
    QMainWindow::closeEvent(event);
}

}  // namespace mars5::ui
