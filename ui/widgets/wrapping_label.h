// A word-wrapped QLabel that asks for the height its text needs at its current width.
//
// A plain word-wrapped label reports a height-for-width, but QSplitter and the minimum size
// hints that travel up through nested layouts ignore height-for-width: a panel in a splitter
// gets the height of the label's shortest wrapping, and when the text wraps onto one or two
// more lines at the real width, the widgets beside it are squeezed below their minimum and
// cut off (the result waveform lost its time axis that way). This label folds its
// height-for-width at the current width into its minimum size hint, and asks its layout
// again whenever its width changes.
#pragma once

#include <QLabel>

namespace mars5::ui {

class WrappingLabel : public QLabel {
public:
    explicit WrappingLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
};

}  // namespace mars5::ui
