// Durations and play positions as the panel prints them.
#include "util/time_format.h"

#include <QtTest>

using mars5::ui::formatClock;
using mars5::ui::formatDuration;

class TestTimeFormat : public QObject {
    Q_OBJECT
private slots:
    void durations() {
        const QLocale c = QLocale::c();
        QCOMPARE(formatDuration(0.0, c), QStringLiteral("0.00 s"));
        QCOMPARE(formatDuration(3.2, c), QStringLiteral("3.20 s"));
        QCOMPARE(formatDuration(-1.0, c), QStringLiteral("0.00 s"));
        QCOMPARE(formatDuration(59.996, c), QStringLiteral("1:00.0"));
        QCOMPARE(formatDuration(62.54, c), QStringLiteral("1:02.5"));
        QCOMPARE(formatDuration(600.0, c), QStringLiteral("10:00.0"));
        QCOMPARE(formatDuration(3.2, QLocale(QLocale::German)), QStringLiteral("3,20 s"));
    }

    void clock() {
        const QLocale c = QLocale::c();
        QCOMPARE(formatClock(0.0, c), QStringLiteral("0:00.00"));
        QCOMPARE(formatClock(1.3, c), QStringLiteral("0:01.30"));
        QCOMPARE(formatClock(59.999, c), QStringLiteral("1:00.00"));  // rounded, never "0:60.00"
        QCOMPARE(formatClock(125.25, c), QStringLiteral("2:05.25"));
        QCOMPARE(formatClock(1.3, QLocale(QLocale::German)), QStringLiteral("0:01,30"));
    }
};

QTEST_MAIN(TestTimeFormat)
#include "test_time_format.moc"
