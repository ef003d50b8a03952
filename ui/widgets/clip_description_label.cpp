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
    // Before the first layout the width is a placeholder; the layout's resize renders again.
    const int room = std::max(width() - 2 * margin(), 1);
    const QString name = QFontMetrics(bold).elidedText(m_name, Qt::ElideMiddle, room);
    QString html;
    // Word joiners keep the elided name one piece (Qt may break a line after "…"); the plain
    // space after it is where the details go to the next line when they do not fit beside it.
    QString joined = name.toHtmlEscaped();
    joined.replace(QChar(0x2026), QStringLiteral("\u2060\u2026\u2060"));
    if (!name.isEmpty()) html = QStringLiteral("<b>%1</b>").arg(joined);
    if (!name.isEmpty() && !m_details.isEmpty()) html += QStringLiteral(" &nbsp;·&nbsp; ");
    html += m_details.toHtmlEscaped();
    setText(html);  // QLabel ignores an unchanged text, so a resize that keeps the width stops here
}

}  // namespace mars5::ui
