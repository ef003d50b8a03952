// The default CPU thread count: physical cores from a sysfs tree (a fake one here), and the
// process-wide setting that prepareProcess() makes; bfloat16 instructions from /proc/cpuinfo text.
#include "cpu_probe.h"
#include "mars5/cpu_info.h"
#include "mars5/process_setup.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cstdlib>

using namespace mars5;

class TestCpuThreads : public QObject {
    Q_OBJECT

    // cpuN/topology/{physical_package_id, core_id} under `dir`
    static void writeCpu(const QString& dir, int cpu, int package, int core) {
        const QString topology = QStringLiteral("%1/cpu%2/topology").arg(dir).arg(cpu);
        QVERIFY(QDir().mkpath(topology));
        QFile p(topology + QStringLiteral("/physical_package_id")), c(topology + QStringLiteral("/core_id"));
        QVERIFY(p.open(QIODevice::WriteOnly) && c.open(QIODevice::WriteOnly));
        p.write(QByteArray::number(package) + '\n');
        c.write(QByteArray::number(core) + '\n');
    }

private Q_SLOTS:
    void hyperthreadsOfOneCoreCountOnce() {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // 2 cores with 2 threads each: cpu0/cpu2 share core 0, cpu1/cpu3 core 1 (Linux's usual numbering)
        writeCpu(dir.path(), 0, 0, 0);
        writeCpu(dir.path(), 1, 0, 1);
        writeCpu(dir.path(), 2, 0, 0);
        writeCpu(dir.path(), 3, 0, 1);
        const std::string root = dir.path().toStdString();
        QCOMPARE(countPhysicalCores({0, 1, 2, 3}, root), 2);
        QCOMPARE(countPhysicalCores({0, 2}, root), 1);  // pinned to both threads of one core
        QCOMPARE(countPhysicalCores({0, 1}, root), 2);
    }

    void equalCoreIdsOnTwoPackagesAreTwoCores() {
        QTemporaryDir dir;
        writeCpu(dir.path(), 0, 0, 0);
        writeCpu(dir.path(), 1, 1, 0);
        QCOMPARE(countPhysicalCores({0, 1}, dir.path().toStdString()), 2);
    }

    void aCpuWithoutTopologyCountsAsItsOwnCore() {
        QTemporaryDir dir;
        writeCpu(dir.path(), 0, 0, 0);
        QCOMPARE(countPhysicalCores({0, 5, 6}, dir.path().toStdString()), 3);
        QCOMPARE(countPhysicalCores({}, dir.path().toStdString()), 1);  // never 0 threads
    }

    void thisMachineHasAtLeastOneCoreOfItsOwn() {
        const std::vector<int> cpus = cpusOfThisProcess();
        QVERIFY(!cpus.empty());
        const int cores = defaultCpuThreads();
        QVERIFY(cores >= 1);
        QVERIFY(cores <= static_cast<int>(cpus.size()));
    }

    void bfloat16InstructionsFromCpuinfoText() {
        const std::string xeon = "processor\t: 0\nflags\t\t: fpu sse avx512f avx512_bf16 amx_tile\nbugs\t\t: spectre_v1\n";
        QVERIFY(cpuInfoListsBFloat16(xeon));
        QVERIFY(cpuInfoListsBFloat16("flags : fpu amx_bf16 amx_tile\n"));
        QVERIFY(cpuInfoListsBFloat16("processor : 0\nFeatures : fp asimd bf16 i8mm\n"));  // ARM
        QVERIFY(!cpuInfoListsBFloat16("flags\t\t: fpu sse avx2 avx512f avx512_vnni\n"));
        QVERIFY(!cpuInfoListsBFloat16("model name : Xeon with avx512_bf16 in its name\nflags : fpu\n"));  // flags only
        QVERIFY(!cpuInfoListsBFloat16("flags : fpu avx512_bf16x\n"));  // whole words
        QVERIFY(!cpuInfoListsBFloat16(""));
        (void)cpuHasBFloat16Instructions();  // reads this machine's file without failing
    }

    void prepareProcessKeepsTheUsersThreadCount() {
        // With OMP_NUM_THREADS set (ctest sets 1, tests/CMakeLists.txt), the count libtorch took
        // from it stands.
        qputenv("OMP_NUM_THREADS", "1");
        const int before = cpuThreadsInForce();
        prepareProcess(nullptr);  // no argv: no restart, only the thread count
        QCOMPARE(cpuThreadsInForce(), before);
        QCOMPARE(QByteArray(cpuThreadsSource()), QByteArray("OMP_NUM_THREADS"));
    }

    void prepareProcessUsesThePhysicalCoresOtherwise() {
        qunsetenv("OMP_NUM_THREADS");
        qunsetenv("MKL_NUM_THREADS");
        prepareProcess(nullptr);
        QCOMPARE(cpuThreadsInForce(), defaultCpuThreads());
        QCOMPARE(QByteArray(cpuThreadsSource()), QByteArray("the physical cores this process may use"));
    }
};

QTEST_GUILESS_MAIN(TestCpuThreads)
#include "test_cpu_threads.moc"
