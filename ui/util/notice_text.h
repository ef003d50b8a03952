// Core's warnings (mars5::Notice) in the user's language: the pattern translated in the context
// "mars5::Notice" (core marks each one for lupdate), numbers written the locale's way.
#pragma once

#include "mars5/notice.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace mars5::ui {

QString noticeText(const mars5::Notice& notice, const QLocale& locale = QLocale());
QStringList noticeTexts(const std::vector<mars5::Notice>& notices, const QLocale& locale = QLocale());

}  // namespace mars5::ui
