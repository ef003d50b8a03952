// Reading a script (a plain text file the user points at) into the text to speak.
#pragma once

#include <QString>

namespace mars5::ui {

// The file's text, UTF-8 (a byte-order mark dropped, CR LF read as LF). Empty with *error set
// when it cannot be read, is larger than maxBytes, holds NUL bytes or is not valid UTF-8: a
// stray binary or a huge file never lands in the editor.
QString readScriptText(const QString& path, QString* error, qint64 maxBytes = qint64{1} << 20);

}  // namespace mars5::ui
