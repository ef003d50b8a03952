#include "util/sqlite_health.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace mars5::ui {

QString sqliteDamage(QSqlQuery& query) {
    // A page so damaged that the check itself cannot read it: never an empty text (= sound).
    if (!query.exec(QStringLiteral("PRAGMA integrity_check(1)")) || !query.next()) {
        const QString error = query.lastError().text();
        return error.isEmpty() ? QStringLiteral("integrity_check gave no answer") : error;
    }
    const QString verdict = query.value(0).toString();
    return verdict == QStringLiteral("ok") ? QString() : verdict;
}

}  // namespace mars5::ui
