// Ctrl-C in `mars5-cli tts`, sent when the run is known to be under way (read from its progress
// lines, not after a delay): one stops the AR early and keeps the take; a second cancels and
// writes nothing; in a script (--lines) the current line finishes and is kept, the script ends
// with exit code 1 and says which lines were not spoken, and lines.tsv lists what exists.
#include <QtTest>

#include <csignal>
#include <sys/types.h>

class TestCliInterrupt : public QObject {
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out, err;
    };

    static QStringList modelArgs() {
        const QString f = QStringLiteral(MARS5_TEST_FIXTURES);
        return {QStringLiteral("tts"), QStringLiteral("--ar"), f + QStringLiteral("/mars5/mars5_tiny_ar.safetensors"),
                QStringLiteral("--nar"), f + QStringLiteral("/mars5/mars5_tiny_nar.pt"), QStringLiteral("--encodec"),
                f + QStringLiteral("/codec/encodec_tiny.th"), QStringLiteral("--vocos"),
                f + QStringLiteral("/codec/vocos_tiny_pytorch_model.bin"), QStringLiteral("--vocos-config"),
                f + QStringLiteral("/codec/vocos_tiny_config.yaml"), QStringLiteral("--ref"), f + QStringLiteral("/codec/input.wav"),
                QStringLiteral("--shallow"), QStringLiteral("--device"), QStringLiteral("cpu"), QStringLiteral("--seed"),
                QStringLiteral("3"), QStringLiteral("--q0_override_steps"), QStringLiteral("3"),
                // no early end of speech: the AR runs to its estimate, so it is still running when asked
                QStringLiteral("--eos_penalty_factor"), QStringLiteral("100")};
    }

    // Runs mars5-cli; each time stderr first shows one of `triggers` (in order), sends SIGINT.
    static Run runInterrupted(const QStringList& args, const QStringList& triggers) {
        QProcess p;
        p.start(QStringLiteral(MARS5_CLI), args);
        Run r;
        if (!p.waitForStarted(30000)) return r;
        int next = 0;
        while (p.state() != QProcess::NotRunning) {
            p.waitForReadyRead(100);
            r.out += QString::fromUtf8(p.readAllStandardOutput());
            r.err += QString::fromUtf8(p.readAllStandardError());
            if (next < triggers.size() && (r.err + r.out).count(triggers[next]) > 0) {
                ::kill(static_cast<pid_t>(p.processId()), SIGINT);
                // A second trigger on the same text waits for a fresh occurrence.
                r.err.replace(triggers[next], QStringLiteral("<sent>"));
                r.out.replace(triggers[next], QStringLiteral("<sent>"));
                ++next;
            }
        }
        p.waitForFinished(120000);
        r.out += QString::fromUtf8(p.readAllStandardOutput());
        r.err += QString::fromUtf8(p.readAllStandardError());
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        return r;
    }

private slots:
    void oneInterruptStopsTheArAndKeepsTheTake() {
        QTemporaryDir dir;
        const QString wav = dir.filePath(QStringLiteral("stopped.wav"));
        const Run r = runInterrupted(modelArgs() << QStringLiteral("--nar_steps") << QStringLiteral("8")
                                                 << QStringLiteral("--generate-max-len-override") << QStringLiteral("1900")
                                                 << QStringLiteral("--text") << QString(QStringLiteral("Speak on and on. ")).repeated(40)
                                                 << QStringLiteral("-o") << wav,
                                     {QStringLiteral("AR token 100 of")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("stopped by the user")), qPrintable(r.out));
        QVERIFY(QFileInfo(wav).size() > 44);
    }

    void twoInterruptsCancelAndWriteNothing() {
        QTemporaryDir dir;
        const QString wav = dir.filePath(QStringLiteral("cancelled.wav"));
        const Run r = runInterrupted(modelArgs() << QStringLiteral("--nar_steps") << QStringLiteral("200")
                                                 << QStringLiteral("--generate-max-len-override") << QStringLiteral("200")
                                                 << QStringLiteral("--text") << QStringLiteral("Please keep the light on.")
                                                 << QStringLiteral("-o") << wav,
                                     {QStringLiteral("NAR step"), QStringLiteral("NAR step")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("mars5-cli: error: ")) && r.err.contains(QStringLiteral("cancelled")), qPrintable(r.err));
        QVERIFY(!QFile::exists(wav));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 0);  // no temporary file left either
    }

    void aScriptEndsAfterTheCurrentLine() {
        QTemporaryDir dir;
        QFile script(dir.filePath(QStringLiteral("script.txt")));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("The first line, spoken with care.\nThe second line.\nThe third line.\n");
        script.close();
        const QString out = dir.filePath(QStringLiteral("out"));
        const Run r = runInterrupted(modelArgs() << QStringLiteral("--nar_steps") << QStringLiteral("200")
                                                 << QStringLiteral("--generate-max-len-override") << QStringLiteral("200")
                                                 << QStringLiteral("--lines") << script.fileName() << QStringLiteral("-o") << out,
                                     {QStringLiteral("NAR step")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("interrupted after line 1: lines 2-3 were not spoken")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("script: 1 of 3 lines written")), qPrintable(r.out));
        QCOMPARE(QDir(out).entryList({QStringLiteral("*.wav")}, QDir::Files), QStringList{QStringLiteral("001.wav")});
        QFile index(QDir(out).filePath(QStringLiteral("lines.tsv")));
        QVERIFY(index.open(QIODevice::ReadOnly));
        const QStringList rows = QString::fromUtf8(index.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(rows.size(), 2);
        QVERIFY2(rows[1].startsWith(QStringLiteral("001.wav\t")) && rows[1].endsWith(QStringLiteral("\tThe first line, spoken with care.")),
                 qPrintable(rows[1]));
    }
};

QTEST_GUILESS_MAIN(TestCliInterrupt)
#include "test_cli_interrupt.moc"
