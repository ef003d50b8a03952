#include "studio/shortcut_overlay.h"

#include <QAction>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace mars5::ui {

ShortcutOverlay::ShortcutOverlay(QWidget* parent) : QWidget(parent) {
    setFocusPolicy(Qt::StrongFocus);
    setAttribute(Qt::WA_NoSystemBackground);
    hide();
    parent->installEventFilter(this);
}

void ShortcutOverlay::setSections(const QList<QPair<QString, QList<QAction*>>>& sections) {
    m_sections.clear();
    for (const auto& [title, actions] : sections) {
        QList<QPair<QString, QString>> rows;
        for (QAction* a : actions) {
            // The first (primary) key of each action: alternatives would only crowd the card.
            const QString key = a->shortcut().toString(QKeySequence::NativeText);
            if (key.isEmpty()) continue;
            rows.append({a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")), key});
        }
        m_sections.append({title, rows});
    }
}

QStringList ShortcutOverlay::rows() const {
    QStringList out;
    for (const auto& section : m_sections)
        for (const auto& [what, keys] : section.second) out << what + QLatin1Char('\t') + keys;
    return out;
}

void ShortcutOverlay::showOver() {
    setGeometry(parentWidget()->rect());
    update();
    raise();
    show();
    setFocus();
}

bool ShortcutOverlay::eventFilter(QObject* watched, QEvent* event) {
    if (watched == parentWidget() && event->type() == QEvent::Resize) setGeometry(parentWidget()->rect());
    return false;
}

ShortcutOverlay::Layout ShortcutOverlay::layout() const {
    const QFontMetrics fm(font());
    const int line = fm.height() + 6;
    // A section takes its title, its rows and half a line after them.
    auto sectionHeight = [&](int i) { return line * (1 + static_cast<int>(m_sections[i].second.size())) + line / 2; };
    const int n = static_cast<int>(m_sections.size());
    // Sections 0..split-1 on the left, the rest on the right: the split whose taller column is
    // shortest (a greedy split can leave one column far taller than the card).
    int split = n, tallest = 0;
    for (int i = 0; i < n; ++i) tallest += sectionHeight(i);
    for (int k = 1; k < n; ++k) {
        int left = 0, right = 0;
        for (int i = 0; i < n; ++i) (i < k ? left : right) += sectionHeight(i);
        if (std::max(left, right) < tallest) {
            tallest = std::max(left, right);
            split = k;
        }
    }
    const int columnWidth = std::min(420, (width() - 80) / 2);
    const int top = 24 + line;  // below the title line
    const int cardHeight = std::min(height() - 20, top + tallest + 10);
    Layout out;
    out.card = QRect((width() - 2 * columnWidth - 60) / 2, (height() - cardHeight) / 2, 2 * columnWidth + 60, cardHeight);
    int y = 0;
    for (int i = 0; i < n; ++i) {
        const int x = out.card.left() + 20 + (i < split ? 0 : columnWidth + 20);
        if (i == 0 || i == split) y = out.card.top() + top;
        out.titles.emplace_back(x, y, columnWidth, line);
        y += line;
        for (int r = 0; r < m_sections[i].second.size(); ++r, y += line) out.rows.emplace_back(x, y, columnWidth, line);
        y += line / 2;
    }
    return out;
}

void ShortcutOverlay::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(15, 23, 42, 150));

    QFont heading = font();
    heading.setBold(true);
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    const Layout l = layout();
    QPainterPath path;
    path.addRoundedRect(l.card, 10, 10);
    p.fillPath(path, palette().color(QPalette::Window));

    p.setFont(title);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(l.card.adjusted(20, 14, -20, 0), Qt::AlignLeft | Qt::AlignTop, tr("Keyboard shortcuts"));
    p.setFont(font());
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(l.card.adjusted(20, 16, -20, 0), Qt::AlignRight | Qt::AlignTop, tr("F1 or any key closes"));

    // The keys' column as wide as the widest keys ("Strg+Umschalt+Leertaste" in German), the
    // names the rest: a fixed 130 px cut the longer translations' keys at the left.
    const QFontMetrics fm(font());
    int keysWidth = 130;
    for (const auto& section : m_sections)
        for (const auto& [what, keys] : section.second) keysWidth = std::max(keysWidth, fm.horizontalAdvance(keys) + 4);
    if (!l.rows.empty()) keysWidth = std::min(keysWidth, l.rows.front().width() / 2);
    std::size_t row = 0;
    for (int i = 0; i < m_sections.size(); ++i) {
        p.setFont(heading);
        p.setPen(QColor(0x3b, 0x7d, 0xd0));
        p.drawText(l.titles[i], Qt::AlignLeft | Qt::AlignVCenter, m_sections[i].first);
        p.setFont(font());
        for (const auto& [what, keys] : m_sections[i].second) {
            const QRect r = l.rows[row++];
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(r.adjusted(0, 0, -keysWidth - 8, 0), Qt::AlignLeft | Qt::AlignVCenter,
                       fm.elidedText(what, Qt::ElideRight, r.width() - keysWidth - 8));
            p.setPen(QColor(0x37, 0x41, 0x51));
            p.drawText(QRect(r.right() - keysWidth + 1, r.top() + 2, keysWidth, r.height() - 4), Qt::AlignRight | Qt::AlignVCenter, keys);
        }
    }
}

void ShortcutOverlay::mousePressEvent(QMouseEvent*) { hide(); }

void ShortcutOverlay::keyPressEvent(QKeyEvent*) { hide(); }

}  // namespace mars5::ui
