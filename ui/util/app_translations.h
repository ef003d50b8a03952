// Which translations the studio installs for a language, and in what order.
//
// The source strings are English with "%n take(s)" for counts. mars5_studio_en.qm holds
// only the English plural forms of those strings ("1 take", "3 takes"), so it is installed
// first under every language: a language with its own file (German) overrides it, and a
// language without one (French, say) still gets proper English plurals rather than "(s)".
#pragma once

#include <QLocale>
#include <QObject>
#include <QString>
#include <QStringList>

namespace mars5::ui {

// Loads mars5_studio_en.qm and then mars5_studio_<language>.qm (if there is one for
// `locale`) from `directory`, plus Qt's own qtbase translation for `locale`, installs them
// into the running application with `parent` as their owner, and returns the files that
// were installed (for logs and tests). Missing files are skipped: English source text is
// always a working fallback.
QStringList installAppTranslations(QObject* parent, const QLocale& locale, const QString& directory);

}  // namespace mars5::ui
