// Core's warnings (mars5::Notice) and errors in the user's language: the pattern translated in
// the context "mars5::Notice" (core marks each one for lupdate), numbers written the locale's way.
#pragma once

#include "mars5/error.h"
#include "mars5/notice.h"

#include <QLocale>
#include <QString>
#include <QStringList>

#include <vector>

namespace mars5::ui {

QString noticeText(const mars5::Notice& notice, const QLocale& locale = QLocale());
QStringList noticeTexts(const std::vector<mars5::Notice>& notices, const QLocale& locale = QLocale());

// A core error said by its notice where it has one, else its English message as core wrote it
// (a file format's inner details, a library's own words).
QString errorText(const mars5::Error& error, const QLocale& locale = QLocale());

// Core's messages about a file start with its path ("/x/a.wav: is a folder, ..."); a view that
// already names the file shows the rest.
QString withoutLeadingPath(const QString& message, const QString& path);

// A failed call's error in the user's language; empty when the call succeeded.
template <class T>
QString errorText(const mars5::Result<T>& result) {
    return result.ok() ? QString() : errorText(result.error());
}

}  // namespace mars5::ui
