#include "download_settings.h"

#include <QSettings>

namespace mars5::net {

MirrorSetting effectiveMirror() {
    const QString fromEnv = qEnvironmentVariable(kMirrorEnvironmentVariable).trimmed();
    if (!fromEnv.isEmpty()) return {fromEnv, QString::fromLatin1(kMirrorEnvironmentVariable)};
    const QString fromSettings = mirrorFromSettings();
    if (!fromSettings.isEmpty()) return {fromSettings, QStringLiteral("settings")};
    return {};
}

QString mirrorFromSettings() {
    return QSettings().value(QLatin1String(kMirrorSettingsKey)).toString().trimmed();
}

void saveMirrorToSettings(const QString& url) {
    QSettings settings;
    if (url.trimmed().isEmpty()) settings.remove(QLatin1String(kMirrorSettingsKey));
    else settings.setValue(QLatin1String(kMirrorSettingsKey), url.trimmed());
}

QString checkMirrorUrl(const QString& text) {
    const QString t = text.trimmed();
    if (t.isEmpty()) return {};
    const QUrl url(t, QUrl::StrictMode);
    if (!url.isValid()) return QStringLiteral("“%1” is not a valid URL").arg(t);
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("http") && scheme != QLatin1String("https"))
        return QStringLiteral("“%1”: a mirror must be an http:// or https:// URL").arg(t);
    if (url.host().isEmpty()) return QStringLiteral("“%1”: the URL has no host").arg(t);
    return {};
}

QUrl downloadUrlFor(const KnownModelFile& file, const QString& mirror) {
    const std::string hfEndpoint = qEnvironmentVariable("HF_ENDPOINT").toStdString();
    return QUrl(QString::fromStdString(downloadUrl(file, mirror.trimmed().toStdString(), hfEndpoint)));
}

}  // namespace mars5::net
