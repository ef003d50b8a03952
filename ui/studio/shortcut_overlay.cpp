#include "studio/shortcut_overlay.h"

#include <QAction>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

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

void ShortcutOverlay::paintEvent(QPaintEvent*) {
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), QColor(15, 23, 42, 150));

    QFont body = font();
    QFont heading = font();
    heading.setBold(true);
    QFont title = font();
    title.setBold(true);
    title.setPointSizeF(title.pointSizeF() * 1.3);
    const QFontMetrics fm(body);
    const int line = fm.height() + 6;
    int rowsCount = 0;
    for (const auto& s : m_sections) rowsCount += static_cast<int>(s.second.size()) + 2;
    // Two columns of sections.
    const int columnWidth = std::min(420, (width() - 80) / 2);
    const int half = (rowsCount + 1) / 2;
    const int cardHeight = std::min(height() - 40, (half + 3) * line + 40);
    const QRect card((width() - 2 * columnWidth - 60) / 2, (height() - cardHeight) / 2, 2 * columnWidth + 60, cardHeight);
    QPainterPath path;
    path.addRoundedRect(card, 10, 10);
    p.fillPath(path, palette().color(QPalette::Window));

    p.setFont(title);
    p.setPen(palette().color(QPalette::WindowText));
    p.drawText(card.adjusted(20, 14, -20, 0), Qt::AlignLeft | Qt::AlignTop, tr("Keyboard shortcuts"));
    p.setFont(body);
    p.setPen(palette().color(QPalette::PlaceholderText));
    p.drawText(card.adjusted(20, 16, -20, 0), Qt::AlignRight | Qt::AlignTop, tr("F1 or any key closes"));

    int x = card.left() + 20;
    int y = card.top() + 24 + line;
    int used = 0;
    for (const auto& [sectionTitle, rows] : m_sections) {
        if (used > 0 && used + static_cast<int>(rows.size()) + 2 > half + 1 && x == card.left() + 20) {
            x += columnWidth + 20;
            y = card.top() + 24 + line;
        }
        p.setFont(heading);
        p.setPen(QColor(0x3b, 0x7d, 0xd0));
        p.drawText(QRect(x, y, columnWidth, line), Qt::AlignLeft | Qt::AlignVCenter, sectionTitle);
        y += line;
        p.setFont(body);
        for (const auto& [what, keys] : rows) {
            p.setPen(palette().color(QPalette::WindowText));
            p.drawText(QRect(x, y, columnWidth - 130, line), Qt::AlignLeft | Qt::AlignVCenter, what);
            const QRect keyRect(x + columnWidth - 130, y + 2, 130, line - 4);
            p.setPen(QColor(0x37, 0x41, 0x51));
            p.drawText(keyRect, Qt::AlignRight | Qt::AlignVCenter, keys);
            y += line;
        }
        y += line / 2;
        used += static_cast<int>(rows.size()) + 2;
    }
}

void ShortcutOverlay::mousePressEvent(QMouseEvent*) { hide(); }

void ShortcutOverlay::keyPressEvent(QKeyEvent*) { hide(); }

}  // namespace mars5::ui
