#include "util/app_translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace mars5::ui {

namespace {

// Installs the translator if it loaded; returns its file name, or an empty string.
QString installIfLoaded(QTranslator* translator, bool loaded) {
    if (!loaded) {
        delete translator;
        return {};
    }
    QCoreApplication::installTranslator(translator);
    return translator->filePath();
}

}  // namespace

QStringList installAppTranslations(QObject* parent, const QLocale& locale, const QString& directory) {
    QStringList installed;
    auto add = [&installed](const QString& file) {
        if (!file.isEmpty()) installed << file;
    };
    // Qt's own strings (standard dialog buttons).
    auto* qt = new QTranslator(parent);
    add(installIfLoaded(qt, qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath))));
    // The English plurals first: translators installed later are searched first, so the
    // language's own file wins wherever it has a string.
    auto* plurals = new QTranslator(parent);
    add(installIfLoaded(plurals, plurals->load(QStringLiteral("mars5_studio_en"), directory)));
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        auto* language = new QTranslator(parent);
        add(installIfLoaded(language, language->load(locale, QStringLiteral("mars5_studio"), QStringLiteral("_"), directory)));
    }
    return installed;
}

}  // namespace mars5::ui
