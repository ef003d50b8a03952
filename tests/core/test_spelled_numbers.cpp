// spellOutNumbers: each reading a number's context asks for, what is left as typed, and the
// count the studio shows before anything changes (mars5/spelled_numbers.h).
#include "mars5/spelled_numbers.h"

#include <QElapsedTimer>
#include <QtTest>

#include <string>

using namespace mars5;

namespace {
QString spelled(const QString& text) {
    const Result<SpelledText> r = spellOutNumbers(text.toStdString());
    if (!r) return QStringLiteral("error: ") + QString::fromStdString(r.message());
    return QString::fromStdString(r->text);
}
}  // namespace

class TestSpelledNumbers : public QObject {
    Q_OBJECT

private slots:
    void readings_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("numbers");
        auto row = [](const char* name, const char* text, const char* expected, int numbers) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected) << numbers;
        };
        row("cardinal", "I have 42 cats.", "I have forty-two cats.", 1);
        row("zero", "It scored 0 points.", "It scored zero points.", 1);
        row("thousands commas", "About 1,234,567 people.", "About one million two hundred thirty-four thousand five hundred sixty-seven people.", 1);
        row("a large count", "It has 12345 rows.", "It has twelve thousand three hundred forty-five rows.", 1);
        row("year", "Born in 1999, married in 2024.", "Born in nineteen ninety-nine, married in twenty twenty-four.", 2);
        row("year of the 2000s", "In 2005 it rained.", "In two thousand five it rained.", 1);
        row("four digits outside the years", "Room 1050 and 3000 seats.", "Room one thousand fifty and three thousand seats.", 2);
        row("a sentence starts with it", "2024 was long. 3 cats slept.", "Twenty twenty-four was long. Three cats slept.", 2);
        row("a line starts with it", "First line\n7 more", "First line\nSeven more", 1);
        row("a decimal", "Pi is 3.14 or so.", "Pi is three point one four or so.", 1);
        row("a decimal keeps its zeros", "It weighs 2.50 kg.", "It weighs two point five zero kg.", 1);
        row("minus", "It fell to -5 today (-3.5 yesterday).", "It fell to minus five today (minus three point five yesterday).", 2);
        row("a hyphen is no minus", "COVID-19 and B-52", "COVID-nineteen and B-fifty-two", 2);
        row("ordinals", "the 1st, 2nd, 3rd, 4th and 21st", "the first, second, third, fourth and twenty-first", 5);
        row("ordinal in capitals", "The 22ND time", "The twenty-second time", 1);
        row("decades", "the 1990s, the 1800's and the '60s", "the nineteen nineties, the eighteen hundreds and the sixties", 3);
        row("times", "At 10:30, 9:05, 7:00 and 14:00.", "At ten thirty, nine oh five, seven o'clock and fourteen hundred.", 4);
        row("percent", "Up 50% and 2.5%.", "Up fifty percent and two point five percent.", 2);
        row("dollars", "It costs $5, or $1.", "It costs five dollars, or one dollar.", 2);
        row("dollars and cents", "Pay $2.50, $1.01 or $0.99.", "Pay two dollars and fifty cents, one dollar and one cent or ninety-nine cents.", 3);
        row("whole dollars with cents", "Only $3.00 today.", "Only three dollars today.", 1);
        row("pounds and pence", "£2.50 and £1", "Two pounds and fifty pence and one pound", 2);
        row("euros before and after", "€20 or 20€", "Twenty euros or twenty euros", 2);
        row("money with a scale word", "Sold for $3 million and €1.5 billion.", "Sold for three million dollars and one point five billion euros.", 2);
        row("money with a scale letter", "A $5k bonus, a $2.5M deal, £3bn", "A five thousand dollars bonus, a two point five million dollars deal, three billion pounds", 3);
        row("negative money", "A loss of -$5.", "A loss of minus five dollars.", 1);
        row("small range", "Wait 2-3 days, 10–20 minutes.", "Wait two to three days, ten to twenty minutes.", 2);
        row("year range", "From 1999-2004.", "From nineteen ninety-nine to two thousand four.", 1);
        row("range in percent", "A 10-20% rise", "A ten to twenty percent rise", 1);
        row("range of large numbers", "5,000-10,000 people", "Five thousand to ten thousand people", 1);
        row("range of decimals", "weighs 3.5-4.5 kg", "weighs three point five to four point five kg", 1);
        row("phone number", "Call 555-1234 or 1-800-555-0199.", "Call five five five, one two three four or one, eight zero zero, five five five, zero one nine nine.", 2);
        row("leading zeros", "Agent 007, code 0042.", "Agent zero zero seven, code zero zero four two.", 2);
        row("a card number", "Card 1234567890123456789 here", "Card one two three four five six seven eight nine zero one two three four five six seven eight nine here", 1);
        row("quotes and brackets", "\"5\" (6) [7]", "\"Five\" (six) [seven]", 3);
        row("non-ASCII around", "naïve 3 — café 4 « 5 »", "naïve three — café four « five »", 3);
        row("a word before is fine", "chapter 12", "chapter twelve", 1);
        row("ranges of thousands", "Walk 1000-2000 steps, eat 800-1200 calories, 100-1000 times.",
            "Walk one thousand to two thousand steps, eat eight hundred to one thousand two hundred calories, one hundred to one thousand times.", 3);
        row("scores", "It ended 3-1, then 102-98.", "It ended three to one, then one hundred two to ninety-eight.", 2);
        row("round ranges of seven digits", "Write 250-1000 words, 150-2000 or 1500-2500.",
            "Write two hundred fifty to one thousand words, one hundred fifty to two thousand or one thousand five hundred to two thousand five hundred.", 3);
        row("long codes", "Ref 1234-5678, 12345-67890, 2023-10456.",
            "Ref one two three four, five six seven eight, one two three four five, six seven eight nine zero, two zero two three, one zero four five six.", 3);
        row("a currency after a range", "Pay 5-10€ or 5€-10€.", "Pay five to ten euros or five to ten euros.", 2);
        row("brackets that are no area code", "Got (100) 5 points.", "Got (one hundred) five points.", 2);
        row("money ranges", "Pay $5-10, $5-$10, $2.50-$4 or $5-10 million.",
            "Pay five to ten dollars, five to ten dollars, two dollars and fifty cents to four dollars or five to ten million dollars.", 4);
        row("hundreds and thousands", "1000s of people in the 100s and the 300s",
            "Thousands of people in the hundreds and the three hundreds", 3);
        row("am and pm", "At 10am, 10:00am, 3:30pm, 7 PM and 9:05 p.m. today; 11a.m. too.",
            "At ten a.m., ten a.m., three thirty p.m., seven p.m. and nine oh five p.m. today; eleven a.m. too.", 6);
        row("an area code", "Call (555) 123-4567 now.", "Call (five five five) one two three, four five six seven now.", 2);
        row("abbreviations end no sentence", "No. 5, e.g. 6, Dr. 7. 8 more.", "No. five, e.g. six, Dr. seven. Eight more.", 4);
        row("five-year", "a 5-year plan", "a five-year plan", 1);
    }
    void readings() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(int, numbers);
        QCOMPARE(spelled(text), expected);
        const Result<SpelledText> r = spellOutNumbers(text.toStdString());
        QVERIFY(r.ok());
        QCOMPARE(r->numbers, numbers);
        QCOMPARE(countNumbersToSpell(text.toStdString()), numbers);
    }

    // What has no single reading stays as typed, so that no part of it is said on its own.
    void leftAsTyped_data() {
        QTest::addColumn<QString>("text");
        auto row = [](const char* text) { QTest::newRow(text) << QString::fromUtf8(text); };
        row("MP3 and A4 paper");
        row("a 4K screen, 3D, 10x faster, 5G");
        row("version 1.2.3 of it");
        row("on 12/25 at 3:2 odds");
        row("1,5 in German");
        row("dial +49 now");
        row("id #3 and @5 and x_7");
        row("on 2024-12-07");
        row("1999-2 went");
        row("0,125 with a decimal comma");
        row("at 13pm or 0am");
        row("10:30:15 sharp");
        row("at 25:00");
        row("the 1.5th");
        row("$3rd");
        row("abc123def");
        row("no digits at all");
        row("");
    }
    void leftAsTyped() {
        QFETCH(QString, text);
        QCOMPARE(spelled(text), text);
        QCOMPARE(countNumbersToSpell(text.toStdString()), 0);
    }

    // Only the numbers change: the bytes between them, invalid UTF-8 included, stay as they were.
    void theRestIsKeptByteForByte() {
        const std::string text = std::string("a\xff") + " 7 \xC3(" + " 8\n\t9";
        const Result<SpelledText> r = spellOutNumbers(text);
        QVERIFY(r.ok());
        QCOMPARE(r->text, std::string("a\xff") + " seven \xC3(" + " eight\n\tNine");
        QCOMPARE(r->numbers, 3);
    }

    // A long script: every line's numbers, quickly, without a pathological case.
    void aLongScript() {
        std::string script;
        for (int i = 0; i < 20000; ++i) script += "Line " + std::to_string(i) + " costs $" + std::to_string(i % 100) + ".50.\n";
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(countNumbersToSpell(script), 40000);
        const qint64 counted = timer.restart();
        const Result<SpelledText> r = spellOutNumbers(script);
        qInfo("A %.0f KB script of 20,000 lines: counted in %lld ms (the link's count, at each keystroke), spelled in %lld ms",
              script.size() / 1024.0, static_cast<long long>(counted), static_cast<long long>(timer.elapsed()));
        QVERIFY(r.ok());
        QCOMPARE(r->numbers, 40000);
        QVERIFY(QString::fromStdString(r->text).contains(QStringLiteral("Line nineteen thousand nine hundred ninety-nine costs ninety-nine dollars and fifty cents.")));
        // Spelling twice changes nothing more: the words have no digits left.
        QCOMPARE(countNumbersToSpell(r->text), 0);
    }
};

QTEST_GUILESS_MAIN(TestSpelledNumbers)
#include "test_spelled_numbers.moc"
