#include "util/text_file.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace mars5::ui {

namespace {

// lupdate files these free tr() calls under the enclosing namespace: look them up there.
QString tr(const char* text) { return QCoreApplication::translate("mars5::ui", text); }

}  // namespace

QString readScriptText(const QString& path, QString* error, qint64 maxBytes) {
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("%1 cannot be read: %2").arg(shown, file.errorString());
        return {};
    }
    if (file.size() > maxBytes) {
        *error = tr("%1 is %2 KiB: a script of lines is at most %3 KiB.").arg(shown).arg(file.size() / 1024).arg(maxBytes / 1024);
        return {};
    }
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.contains('\0')) {
        *error = tr("%1 is not a text file.").arg(shown);
        return {};
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (utf8.hasError()) {
        *error = tr("%1 is not UTF-8 text.").arg(shown);
        return {};
    }
    if (text.startsWith(QChar(0xFEFF))) text.remove(0, 1);
    text.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    error->clear();
    return text;
}

}  // namespace mars5::ui
