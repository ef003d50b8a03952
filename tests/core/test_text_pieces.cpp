// A long text in pieces (mars5/text_pieces.h): sentences kept whole and packed, abbreviations
// not taken for ends, an over-long sentence cut at a clause or evenly at words, text without
// spaces and characters outside the BMP cut safely, and nothing of the text lost.
#include "mars5/text_pieces.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QtTest>

#include <string>
#include <vector>

using namespace mars5;
using Pieces = std::vector<std::string>;

namespace {

// The text without its spaces: what every split must keep, in order.
std::string withoutSpaces(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\n' && c != '\t') out += c;
    return out;
}

std::string joined(const Pieces& pieces) {
    std::string out;
    for (const auto& p : pieces) out += p;
    return out;
}

QString shown(const Pieces& pieces) {
    QStringList list;
    for (const auto& p : pieces) list << QStringLiteral("[%1]").arg(QString::fromStdString(p));
    return list.join(QLatin1Char(' '));
}

}  // namespace

class TestTextPieces : public QObject {
    Q_OBJECT
private slots:
    void aTextThatFitsIsOnePieceWithoutTheSpacesAround() {
        QCOMPARE(splitIntoPieces("  Hello there. How are you?  ", 100), (Pieces{"Hello there. How are you?"}));
        QCOMPARE(splitIntoPieces("Line one.\nLine two.", 100), (Pieces{"Line one.\nLine two."}));
    }

    void anEmptyTextHasNoPieces() {
        QVERIFY(splitIntoPieces("", 50).empty());
        QVERIFY(splitIntoPieces(" \n\t ", 50).empty());
    }

    void sentencesArePackedWhileTheyFit() {
        QCOMPARE(splitIntoPieces("One two. Three four. Five six.", 20), (Pieces{"One two. Three four.", "Five six."}));
        QCOMPARE(splitIntoPieces("Stop! Why? Because I said so.", 10), (Pieces{"Stop! Why?", "Because I", "said so."}));
        QCOMPARE(splitIntoPieces("Line one.\nLine two.", 10), (Pieces{"Line one.", "Line two."}));
    }

    void anAbbreviationsPointEndsNoSentence() {
        // ICU's own list (Mr.) and ours (No., approx.): the piece does not end after them.
        // A wrong end after the abbreviation would pack "One two three. Mr." into the first piece.
        QCOMPARE(splitIntoPieces("One two three. Mr. Smith is here.", 18), (Pieces{"One two three.", "Mr. Smith is here."}));
        QCOMPARE(splitIntoPieces("One two three. See No. 5 for it.", 22), (Pieces{"One two three.", "See No. 5 for it."}));
        QCOMPARE(splitIntoPieces("One two three. It is approx. 5 km.", 28), (Pieces{"One two three.", "It is approx. 5 km."}));
    }

    void aLongSentenceIsCutAfterAClause() {
        QCOMPARE(splitIntoPieces("This sentence is long, and it goes on and on without a stop", 30),
                 (Pieces{"This sentence is long,", "and it goes on and", "on without a stop"}));
        QCOMPARE(splitIntoPieces("First part; second part goes on here", 25), (Pieces{"First part;", "second part goes on here"}));
    }

    void aClauseEndsInsideAQuoteAndAtASpacedHyphen() {
        QCOMPARE(splitIntoPieces("She said “wait here,” and then she walked across the bridge", 40),
                 (Pieces{"She said “wait here,”", "and then she walked across the bridge"}));
        QCOMPARE(splitIntoPieces("We waited by the gate - nobody came until the evening", 40),
                 (Pieces{"We waited by the gate -", "nobody came until the evening"}));
        // A hyphen inside a word is no clause end.
        const Pieces p = splitIntoPieces("A well-known and long-awaited event is coming to town soon", 40);
        QVERIFY2(p.size() == 2 && p[0].back() != '-', qPrintable(shown(p)));
    }

    void aClauseTooEarlyLeavesNoStub() {
        // "Yes," would be a piece of four characters: the words are cut evenly instead.
        const Pieces p = splitIntoPieces("Yes, I walked all the way to the old mill by the river", 40);
        QCOMPARE(p, (Pieces{"Yes, I walked all the way to", "the old mill by the river"}));
    }

    void wordsAreCutEvenly() {
        // 59 characters in pieces of 40: two of about 30, not 40 and 19.
        const Pieces p = splitIntoPieces("alpha bravo charlie delta echo foxtrot golf hotel india jul", 40);
        QCOMPARE(p.size(), std::size_t(2));
        QVERIFY2(pieceCharacters(p[0]) <= 40 && pieceCharacters(p[0]) >= 25, qPrintable(shown(p)));
        QVERIFY2(pieceCharacters(p[1]) >= 25, qPrintable(shown(p)));
    }

    void textWithoutSpacesIsCutAtTheLimit() {
        const std::string run(100, 'a');
        const Pieces p = splitIntoPieces(run, 40);
        QVERIFY(p.size() == 3);
        for (const auto& piece : p) QVERIFY(piece.size() <= 40);
        QCOMPARE(joined(p), run);
    }

    void chineseHasSentencesAndBreaksWithoutSpaces() {
        QCOMPARE(splitIntoPieces("今天天气很好。我们去公园吧。", 8), (Pieces{"今天天气很好。", "我们去公园吧。"}));
        const Pieces p = splitIntoPieces("今天天气很好我们去公园吧然后回家吃饭", 6);
        for (const auto& piece : p) QVERIFY(pieceCharacters(piece) <= 6);
        QCOMPARE(joined(p), std::string("今天天气很好我们去公园吧然后回家吃饭"));
    }

    void charactersOutsideTheBmpAreNeverHalved() {
        // Each emoji is two UTF-16 units: a cut between its halves would be invalid UTF-8.
        std::string run;
        for (int i = 0; i < 25; ++i) run += "\xF0\x9F\x99\x82";  // U+1F642
        const Pieces p = splitIntoPieces(run, 7);
        for (const auto& piece : p) {
            QVERIFY(pieceCharacters(piece) <= 7);
            QVERIFY(QString::fromStdString(piece).toUtf8() == QByteArray::fromStdString(piece));
            QVERIFY(!QString::fromStdString(piece).contains(QChar(0xFFFD)));
        }
        QCOMPARE(joined(p), run);
    }

    void charactersAreUtf16Units() {
        QCOMPARE(pieceCharacters("héllo"), std::size_t(5));
        QCOMPARE(pieceCharacters("\xF0\x9F\x99\x82"), std::size_t(2));
        QCOMPARE(pieceCharacters(""), std::size_t(0));
    }

    void invalidUtf8ReadsAsReplacementCharacters() {
        const Pieces p = splitIntoPieces(std::string("Bad \xFF byte. Fine.", 17), 100);
        QCOMPARE(p.size(), std::size_t(1));
        QVERIFY(QString::fromStdString(p[0]).contains(QChar(0xFFFD)));
    }

    void aHugeTextIsSplitQuickly() {
        // A 1 MiB script (the studio's limit for a script file) as one text.
        std::string text;
        while (text.size() < (1u << 20)) text += "The quick brown fox jumps over the lazy dog, again and again. ";
        QElapsedTimer clock;
        clock.start();
        const Pieces p = splitIntoPieces(text, 200);
        qInfo("1 MiB in %zu pieces in %lld ms", p.size(), static_cast<long long>(clock.elapsed()));
        QVERIFY(p.size() > 5000);
        QCOMPARE(withoutSpaces(joined(p)), withoutSpaces(text));
    }

    void aRunOfInitialsIsSplitQuickly() {
        // "A. B. C. …": every point is an abbreviation's, so the sentences are glued one by one;
        // each glue looks at its own sentence, not at the whole glued run again.
        std::string text;
        for (int i = 0; i < 50000; ++i) text += static_cast<char>('A' + i % 26), text += ". ";
        QElapsedTimer clock;
        clock.start();
        const Pieces p = splitIntoPieces(text, 200);
        qInfo("50,000 initials in %zu pieces in %lld ms", p.size(), static_cast<long long>(clock.elapsed()));
        QVERIFY(clock.elapsed() < 5000);
        QCOMPARE(withoutSpaces(joined(p)), withoutSpaces(text));
    }

    void randomTextsKeepEveryWordAndTheLimit() {
        // Property: any mix of words, points, commas and line breaks, at any limit, gives pieces
        // within the limit that hold the whole text in order.
        QRandomGenerator random(7);
        const std::vector<std::string> parts = {"word", "a", "Mr.", "No.", "x", "longerword", ",", ".", "!", "?", " ", " ", "\n",
                                                "—", "é", "\xF0\x9F\x99\x82", "a.m.", "U.S.", "3.14", "\"quoted.\""};
        for (int round = 0; round < 300; ++round) {
            std::string text;
            const int n = random.bounded(1, 120);
            for (int i = 0; i < n; ++i) {
                text += parts[random.bounded(static_cast<int>(parts.size()))];
                if (random.bounded(3) == 0) text += ' ';
            }
            const auto max = static_cast<std::size_t>(random.bounded(2, 80));
            const Pieces p = splitIntoPieces(text, max);
            for (const auto& piece : p) {
                QVERIFY2(!piece.empty(), text.c_str());
                QVERIFY2(pieceCharacters(piece) <= max, qPrintable(QStringLiteral("max %1: %2").arg(max).arg(shown(p))));
            }
            QVERIFY2(withoutSpaces(joined(p)) == withoutSpaces(text), text.c_str());
        }
    }
};

QTEST_GUILESS_MAIN(TestTextPieces)
#include "test_text_pieces.moc"
