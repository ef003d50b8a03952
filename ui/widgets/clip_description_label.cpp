#include "widgets/clip_description_label.h"

#include <QFontMetrics>
#include <QResizeEvent>

#include <algorithm>

namespace mars5::ui {

namespace {
constexpr int kMinimumCharacters = 12;
}  // namespace

ClipDescriptionLabel::ClipDescriptionLabel(QWidget* parent) : WrappingLabel(parent) {
    setTextFormat(Qt::RichText);
    // The width hint would otherwise be the longest unbreakable run: the whole file name.
    setMinimumWidth(fontMetrics().averageCharWidth() * kMinimumCharacters);
}

void ClipDescriptionLabel::setDescription(const QString& name, const QString& details) {
    m_name = name;
    m_details = details;
    render();
}

void ClipDescriptionLabel::resizeEvent(QResizeEvent* event) {
    WrappingLabel::resizeEvent(event);
    if (event->size().width() != event->oldSize().width()) render();
}

void ClipDescriptionLabel::render() {
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold), plainMetrics(font());
    // Before the first layout the width is a placeholder; the layout's resize renders again.
    const int room = std::max(width() - 2 * margin(), 1);
    const QString name = boldMetrics.elidedText(m_name, Qt::ElideMiddle, room);

    // Word joiners keep the elided name one piece (Qt may break a line after "…").
    QString html = name.toHtmlEscaped();
    html.replace(QChar(0x2026), QStringLiteral("\u2060\u2026\u2060"));
    if (!html.isEmpty()) html = QStringLiteral("<b>%1</b>").arg(html);
    if (!name.isEmpty() && !m_details.isEmpty()) {
        // Beside the name when all of it fits there, else on a line of its own: a line that
        // starts with the separator reads as a stray mark.
        const bool fitsBeside = boldMetrics.horizontalAdvance(name) +
                                    plainMetrics.horizontalAdvance(QStringLiteral("  ·  ") + m_details) <=
                                room;
        html += fitsBeside ? QStringLiteral("&nbsp;&nbsp;·&nbsp; ") : QStringLiteral("<br>");
    }
    // Details that wrap break after a separator, never before one, for the same reason.
    QString details = m_details.toHtmlEscaped();
    details.replace(QStringLiteral(" · "), QStringLiteral("&nbsp;· "));
    html += details;
    setText(html);  // QLabel ignores an unchanged text, so a resize that keeps the width stops here
}

}  // namespace mars5::ui
