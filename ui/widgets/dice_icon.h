// The seed button's die, drawn rather than typed: the 🎲 emoji needs a colour-emoji font that
// a stock Debian desktop does not have, and there it showed as an empty box.
#pragma once

#include <QIcon>

class QPalette;

namespace mars5::ui {

// A die showing five, in the palette's button-text colour, for sizes 16 to 48 px.
QIcon diceIcon(const QPalette& palette);

}  // namespace mars5::ui
