#include "takes/take_record_file.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QObject>
#include <QSaveFile>
#include <QTemporaryFile>

#include <algorithm>
#include <cmath>

namespace mars5::ui::takes {

namespace {

enum class Kind { Text, Integer, Json };

struct Column {
    const char* name;
    Kind kind;
    bool hasDefault;  // the table's DEFAULT fills it when a record lacks it
};

// The takes table's columns but id, in its order (take_store.cpp's migrations).
constexpr Column kColumns[] = {
    {"uuid", Kind::Text, false},
    {"created_at", Kind::Text, false},
    {"name", Kind::Text, true},
    {"starred", Kind::Integer, true},
    {"deleted", Kind::Integer, true},
    {"status", Kind::Text, false},
    {"text", Kind::Text, false},
    {"transcript", Kind::Text, false},
    {"deep_clone", Kind::Integer, false},
    {"preset", Kind::Text, false},
    {"config_json", Kind::Json, false},
    {"seed", Kind::Integer, false},
    {"reference_name", Kind::Text, false},
    {"reference_file", Kind::Text, false},
    {"reference_file_sha256", Kind::Text, false},
    {"reference_audio_sha256", Kind::Text, false},
    {"reference_edited", Kind::Integer, false},
    {"reference_rate", Kind::Integer, false},
    {"reference_samples", Kind::Integer, false},
    {"models_json", Kind::Json, false},
    {"timings_json", Kind::Json, false},
    {"run_json", Kind::Json, false},
    {"sample_rate", Kind::Integer, false},
    {"samples", Kind::Integer, false},
    {"reference_frames", Kind::Integer, false},
    {"snapshot_t", Kind::Text, false},
    {"variation_group", Kind::Text, true},
    {"note", Kind::Text, true},
};

const QString kFormatKey = QStringLiteral("mars5_studio_take");
const QString kIdKey = QStringLiteral("id");
constexpr qint64 kExactInDouble = qint64(1) << 53;

// The record's key: "config_json" is written as the object "config".
QString keyOf(const Column& c) {
    const QString name = QString::fromLatin1(c.name);
    return c.kind == Kind::Json ? name.chopped(5) : name;
}

QJsonValue integerValue(qint64 v) {
    if (v >= -kExactInDouble && v <= kExactInDouble) return QJsonValue(v);
    return QJsonValue(QString::number(v));
}

bool readInteger(const QJsonValue& value, qint64* out) {
    if (value.isString()) {
        bool ok = false;
        *out = value.toString().toLongLong(&ok);
        return ok;
    }
    if (!value.isDouble()) return false;
    const double d = value.toDouble();
    if (d != std::floor(d) || std::fabs(d) > double(kExactInDouble)) return false;
    *out = static_cast<qint64>(d);
    return true;
}

Error formatError(const QString& what) { return Error{ErrorKind::Format, what.toStdString()}; }

}  // namespace

const QStringList& takeRowColumns() {
    static const QStringList list = [] {
        QStringList names;
        for (const Column& c : kColumns) names << QString::fromLatin1(c.name);
        return names;
    }();
    return list;
}

QByteArray takeRecordJson(const TakeRow& row, qint64 id) {
    QJsonObject o;
    o.insert(kFormatKey, kTakeRecordFormat);
    if (id > 0) o.insert(kIdKey, integerValue(id));
    for (const auto& [name, value] : row) {
        const auto* column = std::find_if(std::begin(kColumns), std::end(kColumns),
                                          [&](const Column& c) { return name == QLatin1String(c.name); });
        if (column == std::end(kColumns)) continue;  // a column this studio does not know
        switch (column->kind) {
        case Kind::Text: o.insert(keyOf(*column), value.toString()); break;
        case Kind::Integer: o.insert(keyOf(*column), integerValue(value.toLongLong())); break;
        case Kind::Json: o.insert(keyOf(*column), QJsonDocument::fromJson(value.toString().toUtf8()).object()); break;
        }
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<TakeRow> takeRowFromRecord(const QByteArray& json, const QString& folderUuid, qint64* id) {
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) return formatError(QObject::tr("it is not a JSON object (%1)").arg(parseError.errorString()));
    const QJsonObject o = doc.object();
    qint64 format = 0;
    if (!readInteger(o.value(kFormatKey), &format) || format < 1)
        return formatError(QObject::tr("it is not a MARS5 Studio take record"));
    if (format > kTakeRecordFormat)
        return formatError(QObject::tr("it was written by a newer MARS5 Studio (take record %1; this one reads up to %2)")
                               .arg(format)
                               .arg(kTakeRecordFormat));
    qint64 recordedId = 0;
    if (o.contains(kIdKey) && (!readInteger(o.value(kIdKey), &recordedId) || recordedId < 1))
        return formatError(QObject::tr("its id is not a positive whole number"));
    TakeRow row;
    for (const Column& c : kColumns) {
        const QString key = keyOf(c);
        const QJsonValue value = o.value(key);
        if (value.isUndefined()) {
            if (c.hasDefault) continue;
            return formatError(QObject::tr("it has no %1").arg(key));
        }
        const QString name = QString::fromLatin1(c.name);
        switch (c.kind) {
        case Kind::Text:
            if (!value.isString()) return formatError(QObject::tr("its %1 is not text").arg(key));
            row.append({name, value.toString()});
            break;
        case Kind::Integer: {
            qint64 v = 0;
            if (!readInteger(value, &v)) return formatError(QObject::tr("its %1 is not a whole number").arg(key));
            row.append({name, v});
            break;
        }
        case Kind::Json:
            if (!value.isObject()) return formatError(QObject::tr("its %1 is not an object").arg(key));
            row.append({name, QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact))});
            break;
        }
    }
    if (o.value(QStringLiteral("uuid")).toString() != folderUuid)
        return formatError(QObject::tr("it names another take (%1)").arg(o.value(QStringLiteral("uuid")).toString()));
    if (id) *id = recordedId;
    return row;
}

Result<void> writeTakeRecord(const QString& folder, const TakeRow& row, qint64 id) {
    const QString path = QDir(folder).filePath(QLatin1String(kTakeRecordFileName));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(takeRecordJson(row, id)) < 0 || !file.commit())
        return Error{ErrorKind::Io, QObject::tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(path), file.errorString()).toStdString()};
    return {};
}

Result<void> writeTakeRecordIfMissing(const QString& folder, const TakeRow& row, qint64 id) {
    const QString path = QDir(folder).filePath(QLatin1String(kTakeRecordFileName));
    if (QFileInfo::exists(path)) return {};
    const auto ioError = [&](const QFileDevice& f) {
        return Error{ErrorKind::Io, QObject::tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(path), f.errorString()).toStdString()};
    };
    QTemporaryFile part(path + QStringLiteral(".XXXXXX.part"));
    if (!part.open() || part.write(takeRecordJson(row, id)) < 0 || !part.flush()) return ioError(part);
    // QFile::rename never replaces an existing file (renameat2 with RENAME_NOREPLACE on Linux).
    if (part.rename(path)) {
        part.setAutoRemove(false);
        return {};
    }
    if (QFileInfo::exists(path)) return {};  // written meanwhile: that one is newer
    return ioError(part);
}

Result<TakeRow> readTakeRecord(const QString& folder, qint64* id) {
    const QString path = QDir(folder).filePath(QLatin1String(kTakeRecordFileName));
    QFile file(path);
    if (!file.exists()) return Error{ErrorKind::Io, QObject::tr("%1 has no take record").arg(QDir::toNativeSeparators(folder)).toStdString()};
    // A record is a few kilobytes; a huge file is not one, and is not read into memory.
    constexpr qint64 kMaxRecordBytes = 4 * 1024 * 1024;
    if (file.size() > kMaxRecordBytes)
        return formatError(QObject::tr("%1 is too large to be a take record").arg(QDir::toNativeSeparators(path)));
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorKind::Io, QObject::tr("Cannot read %1 (%2).").arg(QDir::toNativeSeparators(path), file.errorString()).toStdString()};
    auto row = takeRowFromRecord(file.readAll(), QFileInfo(folder).fileName(), id);
    if (!row.ok()) return formatError(QObject::tr("%1: %2").arg(QDir::toNativeSeparators(path), QString::fromStdString(row.message())));
    return row;
}

}  // namespace mars5::ui::takes
