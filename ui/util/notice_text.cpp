#include "util/notice_text.h"

#include <QCoreApplication>

#include <string>

namespace mars5::ui {

namespace {

QString valueText(const mars5::NoticeValue& value, const QLocale& locale) {
    switch (value.kind) {
    case mars5::NoticeValue::Kind::Integer: return locale.toString(static_cast<qlonglong>(value.number));
    case mars5::NoticeValue::Kind::Real: return locale.toString(value.number, 'f', value.decimals);
    case mars5::NoticeValue::Kind::Text: break;
    }
    return QString::fromStdString(value.text);
}

}  // namespace

QString noticeText(const mars5::Notice& notice, const QLocale& locale) {
    const QString pattern = QCoreApplication::translate("mars5::Notice", notice.pattern.c_str());
    std::vector<std::string> values;
    values.reserve(notice.values.size());
    for (const mars5::NoticeValue& value : notice.values) values.push_back(valueText(value, locale).toStdString());
    // Core's filling, so that the places are read the same way in every language.
    const std::string own = mars5::fillNoticePattern(pattern.toStdString(), values);
    if (notice.pieces <= 0) return QString::fromStdString(own);
    const QString piecePattern = QCoreApplication::translate("mars5::Notice", mars5::pieceNoticePattern());
    return QString::fromStdString(mars5::fillNoticePattern(
        piecePattern.toStdString(),
        {locale.toString(static_cast<qlonglong>(notice.piece)).toStdString(), locale.toString(static_cast<qlonglong>(notice.pieces)).toStdString(), own}));
}

QString errorText(const mars5::Error& error, const QLocale& locale) {
    return error.notice.pattern.empty() ? QString::fromStdString(error.message) : noticeText(error.notice, locale);
}

QString withoutLeadingPath(const QString& message, const QString& path) {
    const QString prefix = path + QStringLiteral(": ");
    return !path.isEmpty() && message.startsWith(prefix) ? message.mid(prefix.size()) : message;
}

QStringList noticeTexts(const std::vector<mars5::Notice>& notices, const QLocale& locale) {
    QStringList texts;
    texts.reserve(static_cast<qsizetype>(notices.size()));
    for (const mars5::Notice& notice : notices) texts << noticeText(notice, locale);
    return texts;
}

}  // namespace mars5::ui
