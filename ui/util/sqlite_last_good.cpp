#include "util/sqlite_last_good.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <filesystem>
#include <system_error>

namespace mars5::ui {

QString lastGoodCopyPath(const QString& databasePath) {
    const QFileInfo info(databasePath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".last-good.sqlite"));
}

Result<void> keepLastGoodCopy(QSqlDatabase db, const QString& databasePath) {
    const QString copy = lastGoodCopyPath(databasePath);
    const QString part = copy + QStringLiteral(".part");
    QFile::remove(part);  // VACUUM INTO refuses a file that exists (one an interrupted copy left)
    const auto failed = [&](const QString& detail) -> Result<void> {
        QFile::remove(part);
        return Error{ErrorKind::Io, QObject::tr("The copy %1 of %2 was not written (%3).")
                                        .arg(QDir::toNativeSeparators(copy), QDir::toNativeSeparators(databasePath), detail)
                                        .toStdString()};
    };
    QSqlQuery query(db);
    query.prepare(QStringLiteral("VACUUM INTO ?"));
    query.addBindValue(part);
    if (!query.exec()) return failed(query.lastError().text());
    // std::filesystem::rename replaces the old copy in one step (rename(2)); QFile::rename
    // would not replace it at all.
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(part).toStdString(), QFile::encodeName(copy).toStdString(), error);
    if (error) return failed(QString::fromStdString(error.message()));
    return {};
}

QDateTime lastGoodCopyTime(const QString& databasePath) {
    const QFileInfo info(lastGoodCopyPath(databasePath));
    return info.exists() ? info.lastModified() : QDateTime();
}

}  // namespace mars5::ui
