// Which widgets a window gives less height than they ask for. A splitter and the minimum size
// hints that travel up through nested layouts ignore height-for-width, so a word-wrapped label
// that wraps onto more lines at its real width than its hint allowed for takes its extra height
// from a neighbour: the result waveform once lost its time axis that way.
#pragma once

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QLineEdit>
#include <QScrollBar>
#include <QStringList>
#include <QWidget>

#include <algorithm>

namespace mars5::test {

// Each visible widget under `root` shorter than its minimum, as "Class "name" height < wanted".
inline QStringList squeezedWidgets(const QWidget* root) {
    QStringList squeezed;
    for (QWidget* child : root->findChildren<QWidget*>()) {
        // The insides of compound widgets follow their owner's own minimum (a waveform view sets
        // 90 px for its plot, a spin box sizes its line edit, a view places its header, a line
        // edit its clear button), and so do Qt's own parts (a dock's title buttons: "qt_…").
        const QWidget* owner = child->parentWidget();
        if (!child->isVisible() || qobject_cast<QScrollBar*>(child) || child->objectName().startsWith(QLatin1String("qt_")) ||
            qobject_cast<const QAbstractSpinBox*>(owner) || qobject_cast<const QAbstractScrollArea*>(owner) ||
            qobject_cast<const QLineEdit*>(owner) || owner->inherits("mars5::ui::WaveformView"))
            continue;
        // What a layout grants at least, near enough to Qt's rule: an explicit minimum, else the
        // minimum hint (none for an Ignored policy), never above an explicit maximum. (Qt takes
        // the size hint for policies that cannot shrink; this check is the looser of the two,
        // so what it reports is squeezed for certain.)
        const int hint = child->sizePolicy().verticalPolicy() == QSizePolicy::Ignored ? 0 : child->minimumSizeHint().height();
        const int wanted = std::min(child->maximumHeight(), child->minimumHeight() > 0 ? child->minimumHeight() : hint);
        if (child->height() < wanted)
            squeezed << QStringLiteral("%1 \"%2\" %3 < %4")
                            .arg(QString::fromLatin1(child->metaObject()->className()), child->objectName())
                            .arg(child->height())
                            .arg(wanted);
    }
    return squeezed;
}

}  // namespace mars5::test
