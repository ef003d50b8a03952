// The line above a waveform that names the clip: "<b>name</b> · 1.00 s · 24,000 Hz · …".
//
// A file name can be longer than the window is wide, and a label's width hint is its text's
// width: one long name opened the studio 1,695 px wide. Here the name is elided in the middle
// to the label's current width (the full path is the tooltip's job), the details go beside it
// when they fit and on the next line when they do not, and the label can always shrink to a few
// characters. No line starts with a "·": where the details wrap, the separator ends the line.
#pragma once

#include "widgets/wrapping_label.h"

namespace mars5::ui {

class ClipDescriptionLabel : public WrappingLabel {
public:
    explicit ClipDescriptionLabel(QWidget* parent = nullptr);

    // `name` in bold, then the details; either may be empty. Plain text, escaped here.
    void setDescription(const QString& name, const QString& details);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    void render();

    QString m_name;
    QString m_details;
};

}  // namespace mars5::ui
