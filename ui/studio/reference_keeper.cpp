#include "studio/reference_keeper.h"

#include "audio/shared_samples.h"

#include "mars5/audio.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUndoStack>

#include <filesystem>
#include <system_error>

namespace mars5::ui {

namespace {

const QString kJsonName = QStringLiteral("reference.json");
const QString kWavName = QStringLiteral("reference.wav");
const QString kFormat = QStringLiteral("mars5-studio-kept-reference");

std::string native(const QString& path) { return QFile::encodeName(path).toStdString(); }

Error ioError(const QString& text) { return Error{ErrorKind::Io, text.toStdString()}; }

}  // namespace

QString keptReferenceFolder() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(QStringLiteral("session"));
}

Result<void> keepReference(const ReferencePanel::ClipState& clip, const QString& folder) {
    const QDir dir(folder);
    const bool hasClip = clip.samples && !clip.samples->empty() && clip.rate > 0;
    if (!hasClip) {
        QFile::remove(dir.filePath(kJsonName));
        QFile::remove(dir.filePath(kWavName));
        return {};
    }
    if (!QDir().mkpath(folder)) return ioError(QObject::tr("Cannot create the folder %1.").arg(QDir::toNativeSeparators(folder)));
    // A file as it was opened comes back from the file; anything else from its own samples.
    const bool byPath = !clip.file.isEmpty() && !clip.edited;
    if (!byPath) {
        const QString part = dir.filePath(kWavName + QStringLiteral(".part"));
        mars5::AudioBuffer audio;
        audio.sampleRate = clip.rate;
        audio.samples = *clip.samples;
        if (auto w = mars5::writeAudioFile(native(part), audio, mars5::AudioFileFormat::WavFloat32); !w.ok()) {
            QFile::remove(part);
            return w.error();
        }
        // Over the previous samples in one step (rename(2)): a crash leaves the old or the new.
        std::error_code error;
        std::filesystem::rename(native(part), native(dir.filePath(kWavName)), error);
        if (error) {
            QFile::remove(part);
            return ioError(QObject::tr("Cannot write %1.").arg(QDir::toNativeSeparators(dir.filePath(kWavName))));
        }
    }
    QJsonObject o;
    o.insert(QStringLiteral("format"), kFormat);
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("name"), clip.name);
    o.insert(QStringLiteral("file"), clip.file);
    o.insert(QStringLiteral("sha256"), clip.sha256);
    o.insert(QStringLiteral("edited"), clip.edited);
    o.insert(QStringLiteral("rate"), clip.rate);
    o.insert(QStringLiteral("samples"), byPath ? QString() : kWavName);
    QSaveFile file(dir.filePath(kJsonName));
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(o).toJson()) < 0 || !file.commit())
        return ioError(QObject::tr("Cannot write %1 (%2).").arg(QDir::toNativeSeparators(file.fileName()), file.errorString()));
    // Samples of an earlier clip go only once the record no longer names them.
    if (byPath) QFile::remove(dir.filePath(kWavName));
    return {};
}

QString restoreReference(ReferencePanel* panel, const QString& folder) {
    const QDir dir(folder);
    QFile file(dir.filePath(kJsonName));
    if (!file.exists()) return {};
    if (!file.open(QIODevice::ReadOnly) || file.size() > 1024 * 1024)
        return QObject::tr("The reference from last time could not be read (%1).").arg(QDir::toNativeSeparators(file.fileName()));
    const QJsonObject o = QJsonDocument::fromJson(file.readAll()).object();
    if (o.value(QStringLiteral("format")).toString() != kFormat)
        return QObject::tr("The reference from last time could not be read (%1).").arg(QDir::toNativeSeparators(file.fileName()));
    const QString source = o.value(QStringLiteral("file")).toString();
    if (o.value(QStringLiteral("samples")).toString().isEmpty()) {
        // Kept by its path: the file is read again, as Open reads it (not an undo step).
        if (!QFileInfo::exists(source))
            return QObject::tr("The reference from last time, %1, is no longer there.").arg(QDir::toNativeSeparators(source));
        if (!panel->loadFile(source)) return {};  // the panel's message line says why
        panel->undoStack()->clear();
        return {};
    }
    auto audio = mars5::readAudioMono(native(dir.filePath(kWavName)));
    if (!audio.ok() || audio.value().samples.empty())
        return QObject::tr("The reference from last time could not be read (%1).").arg(QDir::toNativeSeparators(dir.filePath(kWavName)));
    ReferencePanel::ClipState clip;
    clip.rate = audio.value().sampleRate;
    clip.samples = shareSamples(std::move(audio.value().samples));
    clip.name = o.value(QStringLiteral("name")).toString();
    clip.file = source;
    clip.sha256 = o.value(QStringLiteral("sha256")).toString();
    clip.edited = o.value(QStringLiteral("edited")).toBool();
    panel->startWith(clip);
    return {};
}

}  // namespace mars5::ui
