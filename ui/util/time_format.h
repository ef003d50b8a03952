// Times as a voice designer reads them: "3.20 s" for short clips, "1:02.5" past a minute,
// with the decimal separator of the user's language ("3,20 s" in German).
#pragma once

#include <QLocale>
#include <QString>

namespace mars5::ui {

QString formatDuration(double seconds, const QLocale& locale = QLocale());  // "3.20 s", "1:02.5"
QString formatClock(double seconds, const QLocale& locale = QLocale());     // "0:03.20", a running position
// A wait, as a person estimates one: whole seconds rounded up ("1 s", "12 s"), "1:05" past a minute
// (core's mars5::formatTimeLeft, which `tts --lines` prints too).
QString formatWait(double seconds);

}  // namespace mars5::ui
