#include "util/time_format.h"

#include "mars5/batch_progress.h"

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

QString formatWait(double seconds) { return QString::fromStdString(mars5::formatTimeLeft(seconds)); }

}  // namespace mars5::ui
