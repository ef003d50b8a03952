// Where model files are downloaded from: the published URLs, or a mirror (a local server or a
// proxy-side copy that reproduces the hosts' paths, see mars5::downloadUrl). The mirror comes
// from the environment variable MARS5_MODELS_MIRROR when set, else from the studio's settings
// (QSettings key "models/mirror"). HF_ENDPOINT is honoured for Hugging Face files too.
#pragma once

#include "mars5/model_files.h"

#include <QString>
#include <QUrl>

namespace mars5::net {

inline constexpr char kMirrorEnvironmentVariable[] = "MARS5_MODELS_MIRROR";
inline constexpr char kMirrorSettingsKey[] = "models/mirror";

struct MirrorSetting {
    QString url;     // empty: the published URLs
    QString origin;  // "MARS5_MODELS_MIRROR", "settings" or "" (none)
};

// The mirror in effect (environment first, then settings).
MirrorSetting effectiveMirror();
QString mirrorFromSettings();
void saveMirrorToSettings(const QString& url);

// Empty when `url` is an acceptable mirror base (empty, or http(s) with a host); else why not.
QString checkMirrorUrl(const QString& url);

// The URL to fetch `file` from with `mirror` (empty: published URL, HF_ENDPOINT applied).
QUrl downloadUrlFor(const KnownModelFile& file, const QString& mirror);

}  // namespace mars5::net
