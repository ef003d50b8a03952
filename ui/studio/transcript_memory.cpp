#include "studio/transcript_memory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace mars5::ui {

namespace {

const char* const kKey = "reference/transcripts";

// [{"sha256": ..., "transcript": ...}, ...], the most recent first. Kept as one JSON value: a
// QSettings group per file would put 200 keys in the studio's settings file.
QJsonArray readAll() { return QJsonDocument::fromJson(QSettings().value(QLatin1String(kKey)).toByteArray()).array(); }

}  // namespace

QString TranscriptMemory::recall(const QString& fileSha256) {
    if (fileSha256.isEmpty()) return {};
    for (const QJsonValue& v : readAll()) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("sha256")).toString() == fileSha256) return o.value(QStringLiteral("transcript")).toString();
    }
    return {};
}

void TranscriptMemory::remember(const QString& fileSha256, const QString& transcript) {
    if (fileSha256.isEmpty() || transcript.isEmpty()) return;
    QJsonArray kept;
    if (transcript.size() <= kLongest)
        kept.append(QJsonObject{{QStringLiteral("sha256"), fileSha256}, {QStringLiteral("transcript"), transcript}});
    for (const QJsonValue& v : readAll()) {
        if (kept.size() >= kKept) break;
        if (v.toObject().value(QStringLiteral("sha256")).toString() != fileSha256) kept.append(v);
    }
    // Unchanged (the same clip and transcript again, take after take): no write. QSettings
    // writes the whole file, flushed to disk, after every setValue, even of the same value.
    const QByteArray json = QJsonDocument(kept).toJson(QJsonDocument::Compact);
    QSettings settings;
    if (settings.value(QLatin1String(kKey)).toByteArray() != json) settings.setValue(QLatin1String(kKey), json);
}

}  // namespace mars5::ui
