// The line that names a clip above its waveform, laid out as Qt lays it out: the name on one
// line, the details beside it or below it, and no line starting with the "·" separator.
#include "widgets/clip_description_label.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <QtTest>

using mars5::ui::ClipDescriptionLabel;

namespace {

const QString kDetails = QStringLiteral("1.00 s · 24,000 Hz · mono · WAV (Microsoft), Signed 16 bit PCM");
const QString kLongName = QStringLiteral(
    "a-take-of-the-second-paragraph-recorded-again-after-lunch-with-the-new-microphone.wav");

// The label's text split into the lines it shows at its width.
QStringList shownLines(const ClipDescriptionLabel& label) {
    QTextDocument document;
    document.setDefaultFont(label.font());
    document.setDocumentMargin(0);  // as QLabel's own document
    document.setHtml(label.text());
    document.setTextWidth(label.contentsRect().width());
    document.documentLayout()->documentSize();  // lays the blocks out, which is otherwise lazy
    QStringList lines;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const QTextLine line = layout->lineAt(i);
            QString text = block.text().mid(line.textStart(), line.textLength());
            text.replace(QChar::Nbsp, QLatin1Char(' ')).remove(QChar(0x2060));  // as the eye reads them
            lines << text.trimmed();
        }
    }
    return lines;
}

}  // namespace

class TestClipDescriptionLabel : public QObject {
    Q_OBJECT
private slots:
    void shortNameAndDetailsShareOneLine() {
        ClipDescriptionLabel label;
        label.resize(900, 60);
        label.setDescription(QStringLiteral("take.wav"), kDetails);
        const QStringList lines = shownLines(label);
        QCOMPARE(lines.size(), 1);
        QVERIFY2(lines.front().startsWith(QStringLiteral("take.wav")) && lines.front().contains(QStringLiteral("·")),
                 qPrintable(lines.front()));
    }

    // At every width from a few characters to wide: the name is never split over lines and
    // no line begins with the separator.
    void noLineStartsWithTheSeparator() {
        for (const QString& name : {QStringLiteral("take.wav"), kLongName}) {
            for (int width = 120; width <= 1000; width += 20) {
                ClipDescriptionLabel label;
                label.resize(width, 200);
                label.setDescription(name, kDetails);
                const QStringList lines = shownLines(label);
                QVERIFY(!lines.isEmpty());
                for (const QString& line : lines)
                    QVERIFY2(!line.startsWith(QStringLiteral("·")),
                             qPrintable(QStringLiteral("width %1: %2").arg(width).arg(lines.join(QStringLiteral(" | ")))));
                const QString firstLineName = lines.front().section(QStringLiteral("·"), 0, 0).trimmed();
                QVERIFY2(firstLineName == name || firstLineName.contains(QChar(0x2026)),
                         qPrintable(QStringLiteral("width %1: %2").arg(width).arg(lines.join(QStringLiteral(" | ")))));
            }
        }
    }

    void detailsAloneAndNameAlone() {
        ClipDescriptionLabel label;
        label.resize(900, 60);
        label.setDescription({}, kDetails);
        QCOMPARE(shownLines(label), QStringList{kDetails});
        label.setDescription(QStringLiteral("take.wav"), {});
        QCOMPARE(shownLines(label), QStringList{QStringLiteral("take.wav")});
    }
};

QTEST_MAIN(TestClipDescriptionLabel)
#include "test_clip_description_label.moc"
