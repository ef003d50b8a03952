// The JSON mutator of the fuzzing build (json_mutator.cpp), checked in the normal build with a
// stand-in for libFuzzer's byte mutation: what it writes is JSON, it differs from its input,
// it stays within the size libFuzzer allows, it varies with the seed, and what is not JSON
// (a ratings CSV) goes to the byte mutation untouched.
#include <nlohmann/json.hpp>

#include <QFile>
#include <QtTest>

#include <cstdint>
#include <set>
#include <string>
#include <vector>

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t maxSize,
                                               unsigned int seed);

namespace {
int byteMutations = 0;
}

// libFuzzer's byte mutation, stood in for: it counts its calls and leaves the bytes as they are.
extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t*, std::size_t size, std::size_t) {
    ++byteMutations;
    return size;
}

class TestJsonMutator : public QObject {
    Q_OBJECT

    static std::string corpusFile(const char* name) {
        QFile f(QStringLiteral(MARS5_FUZZ_CORPUS "/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly)) return {};
        return f.readAll().toStdString();
    }

    // Runs the mutator once on `input` with `seed` and room for `maxSize` bytes.
    static std::string mutate(const std::string& input, unsigned seed, std::size_t maxSize = 8192) {
        std::vector<std::uint8_t> buffer(std::max(maxSize, input.size()));
        std::copy(input.begin(), input.end(), buffer.begin());
        const std::size_t size = LLVMFuzzerCustomMutator(buffer.data(), input.size(), maxSize, seed);
        return std::string(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(size));
    }

private Q_SLOTS:
    void writesChangedJsonForJsonInput_data() {
        QTest::addColumn<QString>("file");
        QTest::newRow("session export") << QStringLiteral("rating_import/seed-session.json");
        QTest::newRow("compact session") << QStringLiteral("rating_import/seed-session-compact.json");
        QTest::newRow("preset") << QStringLiteral("preset/seed-full.json");
    }

    void writesChangedJsonForJsonInput() {
        QFETCH(QString, file);
        const std::string seed = corpusFile(file.toUtf8().constData());
        QVERIFY(!seed.empty());
        byteMutations = 0;
        int structural = 0, unchanged = 0;
        std::set<std::string> outputs;
        for (unsigned s = 0; s < 400; ++s) {
            const int before = byteMutations;
            const std::string out = mutate(seed, s);
            if (byteMutations != before) continue;  // this draw went to the byte mutation
            ++structural;
            if (out == seed) ++unchanged;  // possible: a value replaced by its own copy
            const auto parsed = nlohmann::ordered_json::parse(out, nullptr, /*allow_exceptions=*/false);
            QVERIFY2(!parsed.is_discarded(), out.c_str());
            QVERIFY2(parsed.is_object() || parsed.is_array(), out.c_str());
            outputs.insert(out);
        }
        // About a quarter of the draws are byte mutations on purpose; the rest change the structure.
        QVERIFY2(structural > 200, qPrintable(QString::number(structural)));
        QVERIFY2(unchanged < structural / 20, qPrintable(QString::number(unchanged)));
        QVERIFY2(outputs.size() > std::size_t(structural) / 2, qPrintable(QString::number(outputs.size())));
    }

    void sameSeedSameResult() {
        const std::string seed = corpusFile("rating_import/seed-session.json");
        QCOMPARE(mutate(seed, 1234), mutate(seed, 1234));
    }

    void nonJsonGoesToTheByteMutation() {
        const std::string csv = corpusFile("rating_import/seed-judgements.csv");
        QVERIFY(!csv.empty());
        byteMutations = 0;
        for (unsigned s = 0; s < 50; ++s) QCOMPARE(mutate(csv, s), csv);
        QCOMPARE(byteMutations, 50);
    }

    void neverWritesBeyondMaxSize() {
        // Room for the seed and little more: a change that would grow past it is not written.
        const std::string seed = corpusFile("rating_import/seed-session-compact.json");
        for (unsigned s = 0; s < 400; ++s) QVERIFY(mutate(seed, s, seed.size() + 8).size() <= seed.size() + 8);
    }
};

QTEST_APPLESS_MAIN(TestJsonMutator)
#include "test_json_mutator.moc"
