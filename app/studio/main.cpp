// mars5-studio: parses the command line, installs translations and the icon, and shows
// the main window. `--screenshot FILE.png` renders the window once and quits (for docs).
#include "main_window.h"
#include "panels/audio_panel.h"
#include "util/background_tasks.h"
#include "util/app_translations.h"

#include "mars5/process_setup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLocale>
#include <QTimer>

#include <cstdio>

namespace {

// Saves the window's pixels once it has been painted for the first time, then quits.
// Deferred by one event-loop turn so queued plot replots land first.
class ScreenshotOnFirstPaint : public QObject {
public:
    ScreenshotOnFirstPaint(QWidget* window, QString path) : QObject(window), m_window(window), m_path(std::move(path)) {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override {
        if (watched == m_window && event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, this, [this] {
                if (!m_window->grab().save(m_path)) {
                    std::fprintf(stderr, "mars5-studio: could not write the screenshot %s\n", qPrintable(m_path));
                    QApplication::exit(1);
                    return;
                }
                QApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget* m_window;
    QString m_path;
    bool m_done = false;
};

}  // namespace

int main(int argc, char** argv) {
    mars5::prepareProcess(argv);  // first: it may start the program again (OpenMP wait policy)
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
    QApplication::setApplicationName(QStringLiteral("mars5-studio"));
    QApplication::setApplicationVersion(QStringLiteral(MARS5_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("mars5-studio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/mars5-studio.svg")));
    mars5::ui::installAppTranslations(&app, QLocale(), QStringLiteral(":/i18n"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Desktop studio for MARS5 voice-cloning text-to-speech."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a PNG of the window after it first appears, then quit."),
        QApplication::translate("main", "FILE.png"));
    parser.addOption(screenshot);
    parser.addPositionalArgument(QStringLiteral("audio"), QApplication::translate("main", "An audio file to open."),
                                 QStringLiteral("[audio]"));
    parser.process(app);

    const bool takingScreenshot = parser.isSet(screenshot);
    mars5::ui::MainWindow window(takingScreenshot ? mars5::ui::MainWindow::SavedLayout::Ignore
                                                  : mars5::ui::MainWindow::SavedLayout::Use);
    if (!parser.positionalArguments().isEmpty())
        window.audioPanel()->loadFile(parser.positionalArguments().constFirst());
    if (takingScreenshot) new ScreenshotOnFirstPaint(&window, parser.value(screenshot));
    window.show();
    const int status = QApplication::exec();
    // Background jobs end here, while the window and the application they report to still
    // exist, and their threads are joined before the libraries' statics are destroyed
    // (util/background_tasks.h).
    mars5::ui::BackgroundTasks::instance().drain();
    return status;
}
