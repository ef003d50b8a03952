#include "util/time_format.h"

#include <algorithm>
#include <cmath>

namespace mars5::ui {

namespace {

// Rounds first, so 59.996 s becomes "1:00.00" and never "0:60.00".
QString minutesAndSeconds(double seconds, int decimals, const QLocale& locale) {
    const double scale = std::pow(10.0, decimals);
    const long long units = std::llround(std::max(0.0, seconds) * scale);
    const long long perMinute = std::llround(60 * scale);
    const double rest = static_cast<double>(units % perMinute) / scale;
    const QString restText = locale.toString(rest, 'f', decimals);
    return QStringLiteral("%1:%2%3").arg(units / perMinute).arg(rest < 10.0 ? QStringLiteral("0") : QString(), restText);
}

}  // namespace

QString formatDuration(double seconds, const QLocale& locale) {
    if (seconds < 59.995) return locale.toString(std::max(0.0, seconds), 'f', 2) + QStringLiteral(" s");
    return minutesAndSeconds(seconds, 1, locale);
}

QString formatClock(double seconds, const QLocale& locale) { return minutesAndSeconds(seconds, 2, locale); }

QString formatWait(double seconds) {
    // rounded up: "0 s left" while work remains would read as done
    const long long whole = std::max(1LL, static_cast<long long>(std::ceil(std::isfinite(seconds) ? seconds : 1.0)));
    if (whole < 60) return QStringLiteral("%1 s").arg(whole);
    return QStringLiteral("%1:%2").arg(whole / 60).arg(whole % 60, 2, 10, QLatin1Char('0'));
}

}  // namespace mars5::ui
