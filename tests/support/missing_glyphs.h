// Texts a user would see as empty boxes: characters that neither the widget's font nor DejaVu
// Sans (fonts-dejavu-core, which setup.sh installs and fontconfig falls back to) can draw.
// The 🎲 emoji on the seed button was one: it needs a colour-emoji font stock Debian lacks.
#pragma once

#include <QAbstractButton>
#include <QAction>
#include <QFontMetrics>
#include <QLabel>
#include <QMenu>
#include <QStringList>
#include <QWidget>

namespace mars5::test {

// Every button, label and menu entry under `root` (root included), one line per character
// that cannot be drawn.
inline QStringList textsWithoutGlyphs(const QWidget* root) {
    QStringList missing;
    const QFontMetrics fallback{QFont(QStringLiteral("DejaVu Sans"))};
    const auto check = [&](const QWidget* w, const QString& text) {
        const QFontMetrics own(w->font());
        for (const char32_t c : text.toUcs4())
            if (c > 0x7f && !own.inFontUcs4(c) && !fallback.inFontUcs4(c))
                missing << QStringLiteral("%1 \"%2\": U+%3")
                               .arg(QLatin1String(w->metaObject()->className()), text)
                               .arg(uint(c), 4, 16, QLatin1Char('0'));
    };
    QList<const QWidget*> widgets{root};
    for (const QWidget* w : root->findChildren<QWidget*>()) widgets << w;
    for (const QWidget* w : widgets) {
        if (const auto* b = qobject_cast<const QAbstractButton*>(w)) check(b, b->text());
        if (const auto* l = qobject_cast<const QLabel*>(w)) check(l, l->text());
        if (const auto* m = qobject_cast<const QMenu*>(w))
            for (const QAction* a : m->actions()) check(m, a->text());
    }
    return missing;
}

}  // namespace mars5::test
