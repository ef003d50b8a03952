// Audio in and out: round trips, formats libsndfile reads, mono downmix, soxr
// resampling accuracy, and every kind of bad file refused with a clear message.
#include "mars5/audio.h"
#include "temp_files.h"

#include <sndfile.h>
#include <sys/stat.h>

#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <numbers>
#include <thread>

using namespace mars5;

namespace {

std::vector<float> sine(double freq, double amplitude, int rate, double seconds) {
    std::vector<float> s(static_cast<std::size_t>(std::llround(rate * seconds)));
    for (std::size_t i = 0; i < s.size(); ++i)
        s[i] = static_cast<float>(amplitude * std::sin(2 * std::numbers::pi * freq * i / rate));
    return s;
}

// Writes interleaved frames with libsndfile directly, in any format it supports.
bool writeWithSndfile(const std::string& path, int format, int rate, int channels, const std::vector<float>& interleaved) {
    SF_INFO info{};
    info.samplerate = rate;
    info.channels = channels;
    info.format = format;
    if (!sf_format_check(&info)) return false;
    SNDFILE* f = sf_open(path.c_str(), SFM_WRITE, &info);
    if (!f) return false;
    const sf_count_t frames = static_cast<sf_count_t>(interleaved.size() / channels);
    const bool ok = sf_writef_float(f, interleaved.data(), frames) == frames;
    sf_close(f);
    return ok;
}

double rms(const std::vector<float>& s, std::size_t from, std::size_t to) {
    double acc = 0;
    for (std::size_t i = from; i < to; ++i) acc += double(s[i]) * s[i];
    return std::sqrt(acc / double(to - from));
}

// Frequency from rising zero crossings, linearly interpolated, over [from, to).
double measuredFrequency(const std::vector<float>& s, int rate, std::size_t from, std::size_t to) {
    double first = -1, last = -1;
    int crossings = 0;
    for (std::size_t i = from + 1; i < to; ++i) {
        if (s[i - 1] < 0 && s[i] >= 0) {
            const double t = (i - 1) + s[i - 1] / (s[i - 1] - s[i]);
            if (first < 0) first = t;
            else ++crossings;
            last = t;
        }
    }
    return crossings * rate / (last - first);
}

bool containsAll(const std::string& text, std::initializer_list<const char*> parts) {
    for (const char* p : parts)
        if (text.find(p) == std::string::npos) return false;
    return true;
}

}  // namespace

class TestAudioIo : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::string path(const char* name) { return m_dir.filePath(name).toStdString(); }

private Q_SLOTS:
    void floatWavRoundTripIsExact() {
        AudioBuffer a{sine(440, 0.5, 24000, 0.5), 24000, {}};
        QVERIFY(writeAudioFile(path("f.wav"), a, AudioFileFormat::WavFloat32).ok());
        const auto b = readAudioMono(path("f.wav"));
        QVERIFY2(b.ok(), b.ok() ? "" : b.message().c_str());
        QCOMPARE(b->sampleRate, 24000);
        QCOMPARE(b->samples, a.samples);
        const auto info = probeAudio(path("f.wav"));
        QVERIFY(info.ok());
        QCOMPARE(info->channels, 1);
        QCOMPARE(info->frames, std::int64_t(12000));
        QVERIFY(QString::fromStdString(info->encoding).contains("float", Qt::CaseInsensitive));
    }

    void pcm16RoundTripWithinOneStep() {
        AudioBuffer a{sine(1000, 0.9, 24000, 0.25), 24000, {}};
        a.samples.push_back(1.7f);   // must clip, not wrap to a negative value
        a.samples.push_back(-1.7f);
        QVERIFY(writeAudioFile(path("p.wav"), a, AudioFileFormat::WavPcm16).ok());
        const auto b = readAudioMono(path("p.wav"));
        QVERIFY(b.ok());
        QCOMPARE(b->samples.size(), a.samples.size());
        for (std::size_t i = 0; i + 2 < a.samples.size(); ++i)
            QVERIFY(std::abs(b->samples[i] - a.samples[i]) <= 1.0f / 32768);
        QVERIFY(b->samples[b->samples.size() - 2] > 0.999f);
        QVERIFY(b->samples.back() < -0.999f);
    }

    void everyFormatRoundTripsWithinItsStep_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("container");
        QTest::addColumn<double>("step");  // the largest error a sample may carry
        QTest::addColumn<bool>("keepsPeaks");
        QTest::newRow("wav16") << int(AudioFileFormat::WavPcm16) << "WAV" << 1.0 / 32768 << false;
        QTest::newRow("wav24") << int(AudioFileFormat::WavPcm24) << "WAV" << 1.0 / 8388608 << false;
        QTest::newRow("wav-float") << int(AudioFileFormat::WavFloat32) << "WAV" << 0.0 << true;
        QTest::newRow("flac16") << int(AudioFileFormat::FlacPcm16) << "FLAC" << 1.0 / 32768 << false;
        QTest::newRow("flac24") << int(AudioFileFormat::FlacPcm24) << "FLAC" << 1.0 / 8388608 << false;
    }

    void everyFormatRoundTripsWithinItsStep() {
        QFETCH(int, format);
        QFETCH(QString, container);
        QFETCH(double, step);
        QFETCH(bool, keepsPeaks);
        const auto f = static_cast<AudioFileFormat>(format);
        QCOMPARE(keepsPeaksAboveFullScale(f), keepsPeaks);
        AudioBuffer a{sine(1000, 0.9, 48000, 0.25), 48000, {}};
        a.samples.push_back(1.7f);  // clips in the integer formats, never wraps
        const std::string file = path((std::string("rt.") + formatName(f) + "." + fileSuffix(f)).c_str());
        const auto written = writeAudioFile(file, a, f);
        QVERIFY2(written.ok(), written.message().c_str());
        const auto info = probeAudio(file);
        QVERIFY(info.ok());
        QVERIFY2(QString::fromStdString(info->container).startsWith(container), info->container.c_str());  // "FLAC (Free ...)"
        QCOMPARE(info->sampleRate, 48000);
        const auto b = readAudioMono(file);
        QVERIFY(b.ok());
        QCOMPARE(b->samples.size(), a.samples.size());
        for (std::size_t i = 0; i + 1 < a.samples.size(); ++i)
            QVERIFY2(std::abs(b->samples[i] - a.samples[i]) <= step * 1.0001, qPrintable(QString::number(i)));
        if (keepsPeaks)
            QCOMPARE(b->samples.back(), 1.7f);
        else
            QVERIFY(b->samples.back() > 0.999f && b->samples.back() <= 1.0f);
    }

    void formatNamesParse() {
        for (AudioFileFormat f : kAllAudioFileFormats) {
            const auto parsed = parseAudioFileFormat(formatName(f));
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, f);
        }
        QCOMPARE(*parseAudioFileFormat("FLAC24"), AudioFileFormat::FlacPcm24);
        const auto bad = parseAudioFileFormat("mp3");
        QVERIFY(!bad.ok());
        QVERIFY2(containsAll(bad.message(), {"\"mp3\"", "wav16", "wav24", "wav-float", "flac16", "flac24"}), bad.message().c_str());
        QCOMPARE(std::string(sampleEncodingName(AudioFileFormat::FlacPcm24)), std::string("pcm24"));
        QCOMPARE(std::string(fileSuffix(AudioFileFormat::FlacPcm16)), std::string("flac"));
    }

    void peakCountsWhatSixteenBitsClip() {
        const AudioPeak quiet = measurePeak(sine(1000, 0.9, 24000, 0.25));
        QCOMPARE(quiet.overFullScale, std::size_t(0));
        QVERIFY(std::abs(quiet.peak - 0.9f) < 1e-3f);
        QVERIFY(std::abs(quiet.peakDbfs() - 20.0 * std::log10(0.9)) < 1e-2);
        // Exactly 1.0 still fits a 16-bit file; only |x| > 1 clips.
        const AudioPeak loud = measurePeak({0.5f, 1.0f, -1.0f, 1.7f, -2.0f, 0.0f});
        QCOMPARE(loud.overFullScale, std::size_t(2));
        QCOMPARE(loud.peak, 2.0f);
        QVERIFY(std::abs(loud.peakDbfs() - 6.0206) < 1e-3);
        const AudioPeak silent = measurePeak(std::vector<float>(100, 0.0f));
        QCOMPARE(silent.peak, 0.0f);
        QVERIFY(std::isinf(silent.peakDbfs()) && silent.peakDbfs() < 0);
        QCOMPARE(measurePeak({}).overFullScale, std::size_t(0));
    }

    void readsFixtureFloatWav() {
        const auto b = readAudioMono(mars5::test::fixture("codec/input.wav"));
        QVERIFY(b.ok());
        QCOMPARE(b->samples.size(), std::size_t(31211));
        QCOMPARE(b->sampleRate, 24000);
    }

    void stereo24BitIsMixedDown() {
        const auto left = sine(300, 0.6, 44100, 0.2);
        std::vector<float> interleaved;
        for (float v : left) { interleaved.push_back(v); interleaved.push_back(0.2f); }
        QVERIFY(writeWithSndfile(path("s24.wav"), SF_FORMAT_WAV | SF_FORMAT_PCM_24, 44100, 2, interleaved));
        const auto b = readAudioMono(path("s24.wav"));
        QVERIFY(b.ok());
        QCOMPARE(b->sampleRate, 44100);
        QCOMPARE(b->samples.size(), left.size());
        for (std::size_t i = 0; i < left.size(); ++i)
            QVERIFY(std::abs(b->samples[i] - (left[i] + 0.2f) / 2) < 1e-6f);
    }

    void readsCompressedFormats_data() {
        QTest::addColumn<int>("format");
        QTest::addColumn<double>("tolerance");
        QTest::newRow("FLAC 16-bit") << int(SF_FORMAT_FLAC | SF_FORMAT_PCM_16) << 1.0 / 16384;
        QTest::newRow("OGG Vorbis") << int(SF_FORMAT_OGG | SF_FORMAT_VORBIS) << 0.05;
        QTest::newRow("MP3") << int(SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III) << 0.08;
    }

    void readsCompressedFormats() {
        QFETCH(int, format);
        QFETCH(double, tolerance);
        const auto s = sine(440, 0.5, 48000, 1.0);
        const std::string file = path("c.bin");
        if (!writeWithSndfile(file, format, 48000, 1, s))
            QSKIP("this libsndfile build cannot write the format, so the read cannot be tested here");
        const auto b = readAudioMono(file);
        QVERIFY2(b.ok(), b.ok() ? "" : b.message().c_str());
        QCOMPARE(b->sampleRate, 48000);
        // Lossy codecs add delay and noise: compare levels, not samples.
        const std::size_t n = std::min(b->samples.size(), s.size());
        QVERIFY(n > 40000);
        QVERIFY(std::abs(rms(b->samples, 4800, n - 4800) - rms(s, 4800, n - 4800)) < tolerance);
    }

    // A 1 kHz sine at 44.1 kHz, resampled to 24 kHz, keeps its frequency within 0.01 Hz
    // and its level within 0.01 dB away from the edges (soxr VHQ passband is flat to 0.9 Nyquist).
    void resamplingKeepsFrequencyAndLevel() {
        AudioBuffer in{sine(1000, 0.5, 44100, 2.0), 44100, {}};
        const auto out = resample(in, kModelSampleRate);
        QVERIFY(out.ok());
        QCOMPARE(out->sampleRate, 24000);
        QCOMPARE(out->samples.size(), std::size_t(48000));
        const std::size_t from = 2400, to = out->samples.size() - 2400;
        const double freq = measuredFrequency(out->samples, 24000, from, to);
        const double levelDb = 20 * std::log10(rms(out->samples, from, to) / (0.5 / std::sqrt(2.0)));
        qInfo("resampled 1 kHz sine: %.5f Hz, level error %.5f dB", freq, levelDb);
        QVERIFY(std::abs(freq - 1000.0) < 0.01);
        QVERIFY(std::abs(levelDb) < 0.01);
    }

    void loadForModelResamplesTo24k() {
        AudioBuffer a{sine(200, 0.3, 16000, 0.5), 16000, {}};
        QVERIFY(writeAudioFile(path("16k.wav"), a, AudioFileFormat::WavFloat32).ok());
        const auto b = loadAudioForModel(path("16k.wav"));
        QVERIFY(b.ok());
        QCOMPARE(b->sampleRate, kModelSampleRate);
        QCOMPARE(b->samples.size(), std::size_t(12000));
    }

    void missingFile() {
        const auto r = readAudioMono(path("nope.wav"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Io);
        QVERIFY(containsAll(r.message(), {"nope.wav", "cannot open"}));

        // A folder (dropped on the reference panel, or given as --ref) is said to be one.
        const auto folder = readAudioMono(m_dir.path().toStdString());
        QVERIFY(!folder.ok());
        QCOMPARE(folder.message(), m_dir.path().toStdString() + ": is a folder, not an audio file");
    }

    void notAudio() {
        mars5::test::writeBytes(m_dir.filePath("text.wav"), "this is not a sound file at all, just words");
        const auto r = readAudioMono(path("text.wav"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Format);
        QVERIFY(containsAll(r.message(), {"text.wav", "not a readable audio file"}));
    }

    void zeroSamples() {
        QVERIFY(writeWithSndfile(path("empty.wav"), SF_FORMAT_WAV | SF_FORMAT_PCM_16, 24000, 1, {}));
        const auto r = readAudioMono(path("empty.wav"));
        QVERIFY(!r.ok());
        QVERIFY(containsAll(r.message(), {"empty.wav", "no audio samples"}));
    }

    // Found by fuzz_audio: soxr crashed when the output had no sample (one sample at 96 kHz, or
    // 48 samples of a header's 10.9 MHz). The samples come back empty; a reference is refused.
    void shorterThanOneOutputSample() {
        const auto none = resample(AudioBuffer{{0.5f}, 96000, {}}, kModelSampleRate);
        QVERIFY(none.ok());
        QCOMPARE(none->sampleRate, kModelSampleRate);
        QVERIFY(none->samples.empty());

        QVERIFY(writeWithSndfile(path("blip.wav"), SF_FORMAT_WAV | SF_FORMAT_FLOAT, 10926976, 2, std::vector<float>(96, 0.25f)));
        const auto r = loadAudioForModel(path("blip.wav"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Format);
        QCOMPARE(r.message(), path("blip.wav") + ": the audio is shorter than one sample at 24 kHz (48 samples at 10926976 Hz)");
        QCOMPARE(r.error().notice.values.size(), std::size_t(3));
    }

    // Found by fuzz_audio: a float WAV of 3.4e38 samples loaded, and resampling made them
    // infinite. Such a file is refused when read; resample() refuses such samples too.
    void samplesBeyondAnyLevel() {
        std::vector<float> loud(480, 0.1f);
        loud[100] = 3.4e38f;
        QVERIFY(writeWithSndfile(path("huge.wav"), SF_FORMAT_WAV | SF_FORMAT_FLOAT, 48000, 1, loud));
        const auto r = loadAudioForModel(path("huge.wav"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Format);
        QCOMPARE(r.message(), path("huge.wav") + ": sample 100 (at 0.002 s) is 3.4e+38, far beyond any audio level (at "
                                                 "most 1e30): the file is corrupt");

        // Integer-valued float files (+187 dBFS) are still read: they are loud, not corrupt.
        loud[100] = 2147483647.0f;
        QVERIFY(writeWithSndfile(path("int32-as-float.wav"), SF_FORMAT_WAV | SF_FORMAT_FLOAT, 48000, 1, loud));
        const auto ok = loadAudioForModel(path("int32-as-float.wav"));
        QVERIFY2(ok.ok(), ok.message().c_str());
        for (float s : ok->samples) QVERIFY(std::isfinite(s));

        const auto nan = resample(AudioBuffer{{0.0f, std::numeric_limits<float>::quiet_NaN()}, 48000, {}}, 24000);
        QVERIFY(!nan.ok());
        QCOMPARE(nan.message(), std::string("resample: sample 1 is nan, not a finite level up to 1e30"));
        const auto huge = resample(AudioBuffer{{3.4e38f, 0.0f}, 48000, {}}, 24000);
        QVERIFY(!huge.ok());
        QCOMPARE(huge.error().kind, ErrorKind::InvalidArgument);
    }

    void tooLong() {
        AudioBuffer a{sine(100, 0.1, 8000, 3.0), 8000, {}};
        QVERIFY(writeAudioFile(path("long.wav"), a).ok());
        AudioReadOptions options;
        options.maxSeconds = 2.0;
        const auto r = readAudioMono(path("long.wav"), options);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::InvalidArgument);
        QVERIFY(containsAll(r.message(), {"long.wav", "3.0 s", "longer than the 2.0 s"}));
        QCOMPARE(AudioReadOptions{}.maxSeconds, 600.0);
    }

    void nanAndInfinity_data() {
        QTest::addColumn<float>("bad");
        QTest::addColumn<QString>("word");
        QTest::newRow("NaN") << std::numeric_limits<float>::quiet_NaN() << "NaN";
        QTest::newRow("Inf") << std::numeric_limits<float>::infinity() << "infinite";
    }

    void nanAndInfinity() {
        QFETCH(float, bad);
        QFETCH(QString, word);
        std::vector<float> s(2400, 0.1f);
        s[1200] = bad;
        QVERIFY(writeWithSndfile(path("nan.wav"), SF_FORMAT_WAV | SF_FORMAT_FLOAT, 24000, 1, s));
        const auto r = readAudioMono(path("nan.wav"));
        QVERIFY(!r.ok());
        QVERIFY2(containsAll(r.message(), {"nan.wav", "sample 1200", "at 0.050 s", word.toUtf8().constData()}),
                 r.message().c_str());
    }

    void truncatedWavLoadsWithWarning() {
        AudioBuffer a{sine(440, 0.5, 24000, 1.0), 24000, {}};
        QVERIFY(writeAudioFile(path("full.wav"), a).ok());
        const QByteArray bytes = mars5::test::readBytes(m_dir.filePath("full.wav"));
        mars5::test::writeBytes(m_dir.filePath("cut.wav"), bytes.left(bytes.size() / 2));
        const auto r = readAudioMono(path("cut.wav"));
        QVERIFY(r.ok());
        QVERIFY(r->samples.size() < 13000 && r->samples.size() > 11000);
        QVERIFY(!r->warnings.empty());
        QVERIFY2(containsAll(r->warnings.front().text(), {"truncated", "1.0 s"}), r->warnings.front().text().c_str());
    }

    // The two durations of the truncation warning must read differently and show their first
    // digit: "0.0 s but only 0.0 s", or "10.0 s but only 10.0 s", says nothing.
    void truncationWarningTellsTheDurationsApart_data() {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<int>("bytesCut");
        QTest::addColumn<QString>("expected");
        // 16-bit mono at 24 kHz: 48 bytes a millisecond.
        QTest::newRow("a click") << 0.02 << 480 << "announces 0.02 s but only 0.01 s";
        QTest::newRow("a few ms short of 10 s") << 10.0 << 1920 << "announces 10.00 s but only 9.96 s";
        QTest::newRow("half of 2 s") << 2.0 << 48000 << "announces 2.0 s but only 1.0 s";
    }

    void truncationWarningTellsTheDurationsApart() {
        QFETCH(double, seconds);
        QFETCH(int, bytesCut);
        QFETCH(QString, expected);
        AudioBuffer a{sine(440, 0.5, 24000, seconds), 24000, {}};
        QVERIFY(writeAudioFile(path("whole.wav"), a, AudioFileFormat::WavPcm16).ok());
        const QByteArray bytes = mars5::test::readBytes(m_dir.filePath("whole.wav"));
        mars5::test::writeBytes(m_dir.filePath("short.wav"), bytes.left(bytes.size() - bytesCut));
        const auto r = readAudioMono(path("short.wav"));
        QVERIFY2(r.ok(), r.ok() ? "" : r.message().c_str());
        QVERIFY(!r->warnings.empty());
        const std::string text = r->warnings.front().text();
        QVERIFY2(text.find(expected.toStdString()) != std::string::npos, text.c_str());
    }

    void writeRefusesBadAudioAndLeavesNothing() {
        AudioBuffer empty{{}, 24000, {}};
        QVERIFY(!writeAudioFile(path("e.wav"), empty).ok());
        AudioBuffer nan{{0.f, std::numeric_limits<float>::quiet_NaN()}, 24000, {}};
        const auto r = writeAudioFile(path("n.wav"), nan);
        QVERIFY(!r.ok());
        QVERIFY(containsAll(r.message(), {"n.wav", "sample 1"}));
        AudioBuffer noRate{{0.f}, 0, {}};
        QVERIFY(!writeAudioFile(path("r.wav"), noRate).ok());
        QVERIFY(!QFile::exists(m_dir.filePath("e.wav")));
        QVERIFY(!QFile::exists(m_dir.filePath("n.wav")));
    }

    void writeIntoMissingFolderFailsCleanly() {
        AudioBuffer a{{0.1f, 0.2f}, 24000, {}};
        const auto r = writeAudioFile(path("no/such/folder/out.wav"), a);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Io);
        QVERIFY(containsAll(r.message(), {"out.wav", "cannot create"}));
    }

    void overwriteKeepsOldFileUntilNewOneIsComplete() {
        AudioBuffer a{{0.1f, 0.2f, 0.3f}, 24000, {}};
        QVERIFY(writeAudioFile(path("keep.wav"), a, AudioFileFormat::WavFloat32).ok());
        AudioBuffer bad{{0.1f, std::numeric_limits<float>::infinity()}, 24000, {}};
        QVERIFY(!writeAudioFile(path("keep.wav"), bad).ok());
        const auto back = readAudioMono(path("keep.wav"));
        QVERIFY(back.ok());
        QCOMPARE(back->samples, a.samples);
        // No temporary files are left behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QStringList{".keep.wav.part-*"}, QDir::Hidden | QDir::Files).size(), 0);
    }

    // The output name is honoured as a name: a symbolic link keeps pointing at its target,
    // which gets the new content; a device or pipe is written through, never replaced by a
    // regular file (as root, replacing /dev/null would break the whole machine: the pipe
    // stands in for it here, so a regression cannot do that); a folder is refused.
    void writesThroughLinksAndDevices() {
        AudioBuffer a{{0.1f, 0.2f, 0.3f}, 24000, {}};
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("takes")));
        QVERIFY(writeAudioFile(path("takes/target.wav"), a, AudioFileFormat::WavFloat32).ok());
        QVERIFY(QFile::link(QStringLiteral("takes/target.wav"), QString::fromStdString(path("link.wav"))));
        AudioBuffer b{{0.4f, 0.5f}, 24000, {}};
        QVERIFY(writeAudioFile(path("link.wav"), b, AudioFileFormat::WavFloat32).ok());
        QVERIFY(QFileInfo(QString::fromStdString(path("link.wav"))).isSymLink());
        QCOMPARE(readAudioMono(path("takes/target.wav"))->samples, b.samples);

        // A link to a file not written yet: the file is made where the link points.
        QVERIFY(QFile::link(QStringLiteral("takes/later.wav"), QString::fromStdString(path("dangling.wav"))));
        QVERIFY(writeAudioFile(path("dangling.wav"), b, AudioFileFormat::WavFloat32).ok());
        QVERIFY(QFileInfo(QString::fromStdString(path("dangling.wav"))).isSymLink());
        QCOMPARE(readAudioMono(path("takes/later.wav"))->samples, b.samples);
        // A loop of links is refused, not replaced.
        QVERIFY(QFile::link(QStringLiteral("loop_b.wav"), QString::fromStdString(path("loop_a.wav"))));
        QVERIFY(QFile::link(QStringLiteral("loop_a.wav"), QString::fromStdString(path("loop_b.wav"))));
        const auto loop = writeAudioFile(path("loop_a.wav"), b);
        QVERIFY2(!loop.ok() && containsAll(loop.message(), {"loop of symbolic links"}), loop.ok() ? "" : loop.message().c_str());
        QVERIFY(QFileInfo(QString::fromStdString(path("loop_a.wav"))).isSymLink());

        QVERIFY(::mkfifo(path("pipe.wav").c_str(), 0600) == 0);
        QByteArray piped;
        std::thread reader([&] {
            QFile fifo(QString::fromStdString(path("pipe.wav")));
            if (fifo.open(QIODevice::ReadOnly)) piped = fifo.readAll();
        });
        const auto throughPipe = writeAudioFile(path("pipe.wav"), b, AudioFileFormat::WavFloat32);
        reader.join();
        QVERIFY2(throughPipe.ok(), throughPipe.ok() ? "" : throughPipe.message().c_str());
        QVERIFY(piped.startsWith("RIFF"));
        struct stat st {};
        QVERIFY(::lstat(path("pipe.wav").c_str(), &st) == 0 && S_ISFIFO(st.st_mode));  // still the pipe

        const auto folder = writeAudioFile(path("takes"), b);
        QVERIFY(!folder.ok());
        QVERIFY2(containsAll(folder.message(), {"takes", "is a folder"}), folder.message().c_str());
    }
};

QTEST_APPLESS_MAIN(TestAudioIo)
#include "test_audio_io.moc"
