#include "takes/take_file_name.h"

#include <QRegularExpression>

namespace mars5::ui::takes {

QString safeFileName(const QString& name) {
    QString s = name.simplified();
    s.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9_.-]+")), QStringLiteral("-"));
    s = s.left(40);
    while (s.endsWith(QLatin1Char('-')) || s.endsWith(QLatin1Char('.'))) s.chop(1);
    while (s.startsWith(QLatin1Char('-')) || s.startsWith(QLatin1Char('.'))) s.remove(0, 1);
    return s.isEmpty() ? QStringLiteral("take") : s;
}

QString exportFileName(const TakeRecord& take, const ExportOptions& options) {
    return QStringLiteral("%1-%2.%3")
        .arg(take.id, 4, 10, QLatin1Char('0'))
        .arg(safeFileName(take.displayName()))
        .arg(QString::fromLatin1(mars5::fileSuffix(options.format)));
}

}  // namespace mars5::ui::takes
