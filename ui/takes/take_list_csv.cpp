#include "takes/take_list_csv.h"

#include "mars5/rating_csv.h"

#include <QDir>
#include <QLocale>
#include <QObject>
#include <QSaveFile>
#include <QStringList>

namespace mars5::ui::takes {

namespace {

// The ratings export's own quoting (mars5/rating_csv.h), so both tables read the same way.
QString field(const QString& text) { return QString::fromStdString(mars5::rating::csvField(text.toStdString())); }

}  // namespace

QByteArray takeListCsv(const QList<TakeRecord>& takes, const QString& takesFolder) {
    // Machine-readable columns: names a script can rely on, numbers in the C locale.
    QStringList lines{QStringLiteral("id,made,name,starred,note,text,transcript,preset,seed,seconds,deep_clone,reference,status,folder")};
    const QLocale c = QLocale::c();
    for (const TakeRecord& t : takes) {
        const QStringList fields{
            QString::number(t.id),
            t.createdAt.toUTC().toString(Qt::ISODate),
            field(t.name),
            t.starred ? QStringLiteral("1") : QStringLiteral("0"),
            field(t.note),
            field(t.text),
            field(t.transcript),
            field(t.presetName),
            QString::number(t.seed),
            c.toString(t.seconds(), 'f', 3),
            t.deepClone ? QStringLiteral("1") : QStringLiteral("0"),
            field(t.referenceName),
            field(t.status),
            field(QDir::toNativeSeparators(QDir(takesFolder).filePath(t.uuid))),
        };
        lines << fields.join(QLatin1Char(','));
    }
    return (lines.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n")).toUtf8();
}

Result<void> writeTakeListCsv(const QString& path, const QList<TakeRecord>& takes, const QString& takesFolder) {
    QSaveFile file(path);
    const QByteArray bytes = takeListCsv(takes, takesFolder);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Error{ErrorKind::Io,
                     QObject::tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(path), file.errorString()).toStdString()};
    return {};
}

}  // namespace mars5::ui::takes
