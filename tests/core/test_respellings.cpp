// Respellings (mars5/respellings.h): whole words, case, the longest match, capitals at a
// sentence's start, the count the studio shows, and the list's file with its refusals.
#include "mars5/respellings.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace mars5;

namespace {

const std::vector<Respelling> kList = {
    {"SQL", "sequel", false},
    {"Nguyen", "win", false},
    {"New York", "noo york", false},
    {"New", "gnu", true},
    {"US", "you ess", true},
    {"C++", "see plus plus", false},
    {"Dvořák", "d-vor-zhak", false},
};

QString write(const QTemporaryDir& dir, const QString& name, const QByteArray& bytes) {
    QFile f(dir.filePath(name));
    f.open(QIODevice::WriteOnly);
    f.write(bytes);
    return f.fileName();
}

}  // namespace

class TestRespellings : public QObject {
    Q_OBJECT

private slots:
    void matching_data() {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("words");
        auto row = [](const char* name, const char* text, const char* expected, int words) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected) << words;
        };
        row("a word", "We use SQL daily.", "We use sequel daily.", 1);
        row("any case", "we use sql, Sql and SQL", "we use sequel, sequel and sequel", 3);
        row("whole words only", "MySQL and SQLite and SQL_x and xSQL", "MySQL and SQLite and SQL_x and xSQL", 0);
        row("a sentence starts with it", "Nguyen called. nguyen left.\nnguyen", "Win called. Win left.\nWin", 3);
        row("the longest match wins", "In New York and New Delhi", "In noo york and gnu Delhi", 2);
        row("match case", "the US and us and Us", "the you ess and us and Us", 1);
        row("symbols in the written form", "I write C++ and C and C++11", "I write see plus plus and C and C++11", 1);
        row("non-ASCII", "Play dvořák, then DVOŘÁK.", "Play d-vor-zhak, then d-vor-zhak.", 2);
        row("the said form is not matched again", "SQL SQL", "Sequel sequel", 2);
        row("after an abbreviation", "See No. Nguyen. Nguyen", "See No. win. Win", 2);
        row("nothing to do", "No listed words here.", "No listed words here.", 0);
        row("empty", "", "", 0);
    }
    void matching() {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QFETCH(int, words);
        const RespelledText r = respell(text.toStdString(), kList);
        QCOMPARE(QString::fromStdString(r.text), expected);
        QCOMPARE(r.words, words);
        QCOMPARE(countRespellings(text.toStdString(), kList), words);
    }

    void bytesThatAreNotUtf8AreKept() {
        const std::string text = std::string("\xff SQL \xC3");
        QCOMPARE(respell(text, kList).text, std::string("\xff sequel \xC3"));
        QCOMPARE(respell("SQL", {}).text, std::string("SQL"));  // an empty list changes nothing
    }

    void problems() {
        QVERIFY(!respellingProblem({"SQL", "sequel", false}));
        QVERIFY(respellingProblem({"", "sequel", false}));
        QVERIFY(respellingProblem({"   ", "sequel", false}));
        QVERIFY(respellingProblem({"SQL", " ", false}));
        QVERIFY(respellingProblem({"SQL", "se\nquel", false}));
        QVERIFY(respellingProblem({" SQL", "sequel", false}));
        QVERIFY(respellingProblem({std::string(kMaxRespellingCharacters + 1, 'a'), "a", false}));
        // Characters, not bytes: 150 Cyrillic letters (300 bytes) are a phrase that fits.
        std::string cyrillic;
        for (int i = 0; i < 150; ++i) cyrillic += "\xD0\x96";  // Ж
        QVERIFY(!respellingProblem({"Zh", cyrillic, false}));
        QVERIFY(respellingProblem({"\xC2\xA0SQL", "sequel", false}));  // a no-break space before it
        QVERIFY(respellingProblem({"SQL", "\xff", false}));
        QCOMPARE(respellingProblem({"SQL", "", false})->text(), std::string("Write how SQL is said."));

        QVERIFY(!repeatedRespelling(kList));  // "New" (match case) and "New York" differ
        QCOMPARE(repeatedRespelling({{"SQL", "a", false}, {"x", "b", false}, {"sql", "c", false}}), std::optional<std::size_t>(2));
        QVERIFY(!repeatedRespelling({{"US", "you ess", true}, {"us", "us", true}}));  // both match case: two words
        QCOMPARE(repeatedRespelling({{"US", "you ess", true}, {"us", "us", false}}), std::optional<std::size_t>(1));
    }

    // A long list (a names database): read and checked for repeats in one pass, not pair by pair.
    void aLongListReadsQuickly() {
        std::vector<Respelling> list;
        for (int i = 0; i < 20000; ++i) list.push_back({"Name" + std::to_string(i), "name " + std::to_string(i), i % 2 == 0});
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("long.json")).toStdString();
        QVERIFY(writeRespellings(path, list).ok());
        QElapsedTimer timer;
        timer.start();
        const Result<std::vector<Respelling>> read = readRespellings(path);
        QVERIFY2(read.ok(), read.message().c_str());
        QCOMPARE(read->size(), list.size());
        qInfo("20,000 respellings read and checked in %lld ms", static_cast<long long>(timer.elapsed()));
        timer.restart();
        QCOMPARE(countRespellings("Ask Name19999 and name7.", list), 2);
        qInfo("counted against 20,000 respellings in %lld ms (the link's count, at each keystroke)", static_cast<long long>(timer.elapsed()));
        list.push_back({"NAME5", "x", false});
        QCOMPARE(repeatedRespelling(list), std::optional<std::size_t>(20000));
    }

    void theListFileRoundTrips() {
        QTemporaryDir dir;
        const std::string path = dir.filePath(QStringLiteral("respellings.json")).toStdString();
        QVERIFY(writeRespellings(path, kList).ok());
        const Result<std::vector<Respelling>> read = readRespellings(path);
        QVERIFY2(read.ok(), read.message().c_str());
        QVERIFY(*read == kList);
        QVERIFY(writeRespellings(path, {}).ok());  // an empty list is a list
        QVERIFY(readRespellings(path)->empty());
        // An unusable entry is refused, and the file keeps what it had.
        QVERIFY(!writeRespellings(path, {{"SQL", "", false}}).ok());
        QVERIFY(!writeRespellings(path, {{"SQL", "a", false}, {"sql", "b", false}}).ok());
        QVERIFY(readRespellings(path)->empty());
    }

    void badFilesAreRefusedInWords_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("why");
        QTest::newRow("not JSON") << QByteArray("SQL=sequel") << "not JSON";
        QTest::newRow("another JSON") << QByteArray(R"({"format": "mars5-studio-preset", "version": 1})") << "mars5-respellings";
        QTest::newRow("format not text") << QByteArray(R"({"format": 5})") << "mars5-respellings";
        QTest::newRow("a newer version") << QByteArray(R"({"format": "mars5-respellings", "version": 2, "respellings": []})") << "version other than 1";
        QTest::newRow("no list") << QByteArray(R"({"format": "mars5-respellings", "version": 1})") << "no \"respellings\" list";
        QTest::newRow("an entry without said")
            << QByteArray(R"({"format": "mars5-respellings", "version": 1, "respellings": [{"written": "a", "said": "b"}, {"written": "SQL"}]})")
            << "entry 2 is not a respelling";
        QTest::newRow("match_case not a bool")
            << QByteArray(R"({"format": "mars5-respellings", "version": 1, "respellings": [{"written": "a", "said": "b", "match_case": "yes"}]})")
            << "entry 1 is not a respelling";
        QTest::newRow("a word twice")
            << QByteArray(R"({"format": "mars5-respellings", "version": 1, "respellings": [{"written": "SQL", "said": "b"}, {"written": "sql", "said": "c"}]})")
            << "entry 2 is not a respelling";
        QTest::newRow("too large") << QByteArray((16 << 20) + 10, ' ') << "larger than 16 MiB";
        QTest::newRow("not UTF-8")
            << QByteArray("{\"format\": \"mars5-respellings\", \"version\": 1, \"respellings\": [{\"written\": \"\xff\", \"said\": \"b\"}]}")
            << "not";
    }
    void badFilesAreRefusedInWords() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, why);
        QTemporaryDir dir;
        const QString path = write(dir, QStringLiteral("list.json"), bytes);
        const Result<std::vector<Respelling>> read = readRespellings(path.toStdString());
        QVERIFY(!read.ok());
        const QString message = QString::fromStdString(read.message());
        QVERIFY2(message.startsWith(path) && message.contains(why), qPrintable(message));
        QVERIFY(read.error().kind != ErrorKind::Internal);
    }

    void aMissingFileIsAnIoError() {
        const Result<std::vector<Respelling>> read = readRespellings("/nonexistent/respellings.json");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, ErrorKind::Io);
    }
};

QTEST_GUILESS_MAIN(TestRespellings)
#include "test_respellings.moc"
