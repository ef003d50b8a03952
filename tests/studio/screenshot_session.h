// The start both screenshot programs share (studio_screenshots, takes_screenshots): test-mode
// paths, the application's names, the output folder from argv[1] (created), a private cache
// folder, no takes left from an earlier run (the test-mode data folder, never the user's), and
// the English translation the studio installs ("1 take", "3 takes" rather than "take(s)").
#pragma once

#include "takes/take_store.h"
#include "util/app_translations.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

namespace studio_test {

struct ScreenshotSession {
    QString out;          // where the PNGs go
    QTemporaryDir cache;  // XDG_CACHE_HOME for the run
};

// Null (after printing the usage) when no output folder was given. Call after QApplication.
inline std::unique_ptr<ScreenshotSession> startScreenshotSession(const char* program, int argc, char** argv) {
    QStandardPaths::setTestModeEnabled(true);
    QApplication::setOrganizationName(QStringLiteral("MARS5 Studio"));
    QApplication::setApplicationName(QStringLiteral("mars5-") + QString::fromLatin1(program).replace(u'_', u'-'));
    QApplication::setApplicationVersion(QStringLiteral("0.1.0"));
    QSettings().clear();  // the same pictures every run: nothing an earlier run or toggle left behind
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUTDIR\n", program);
        return nullptr;
    }
    auto session = std::make_unique<ScreenshotSession>();
    session->out = QString::fromLocal8Bit(argv[1]);
    QDir().mkpath(session->out);
    qputenv("XDG_CACHE_HOME", session->cache.path().toUtf8());
    QDir(QFileInfo(mars5::ui::takes::TakeStore::defaultPath()).absolutePath()).removeRecursively();
    // English unless MARS5_SCREENSHOT_LOCALE names another (e.g. "de", to check that the
    // translation fits the layout; the docs show English).
    const QLocale locale(qEnvironmentVariable("MARS5_SCREENSHOT_LOCALE", QStringLiteral("en")));
    QLocale::setDefault(locale);
    mars5::ui::installAppTranslations(qApp, locale, QStringLiteral(MARS5_STUDIO_QM_DIR));
    return session;
}

}  // namespace studio_test
