// The NAR forward pass as the diffusion loop runs it on a GPU (NarForwardGraph: the state and the
// timestep embedding copied into fixed buffers, the pass replayed as a CUDA graph). On the CPU the
// same code runs eagerly and must be NarModel::forward bit for bit, step after step, guided and
// not, and across a change of length, also when it computes only a block of the output rows;
// graphs on the CPU are refused.
#include "failure.h"
#include "mars5_checkpoint.h"
#include "nar_forward_graph.h"
#include "nar_model.h"
#include "temp_files.h"

#include <ATen/ATen.h>

#include <QtTest>

using namespace mars5;
using mars5::test::fixture;

namespace {

// Whether fn() fails with a Failure of this kind.
template <class Fn>
bool failsWith(ErrorKind kind, Fn&& fn) {
    try {
        fn();
    } catch (const Failure& f) {
        return f.kind() == kind;
    }
    return false;
}

}  // namespace

class TestNarForwardGraph : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void eagerForwardIsTheModelsForward() {
        Mars5LoadOptions o;
        o.configOverridePath = fixture("mars5/tiny_config.json");
        const auto ck = loadMars5Checkpoint(fixture("mars5/mars5_tiny_nar.safetensors"), Mars5ModelKind::Nar, o);
        const NarModel model = NarModel::fromTensors(ck.nar, ck.tensors, ck.stacks);
        const at::Tensor refCodes = (at::arange(120, at::kLong) * 29).remainder(1024).reshape({15, 8});
        const NarConditioning cond = model.condition(at::arange(3, 20, at::kLong), refCodes);

        NarForwardGraph forward(model, cond, /*useGraphs=*/false);
        QVERIFY(!forward.usingGraphs());
        for (const std::int64_t frames : {40, 40, 25}) {  // the same length twice, then another
            for (const std::int64_t t : {199, 120, 3, 0}) {
                const at::Tensor x = (at::arange(frames * 8, at::kLong) * (t + 7)).remainder(1025).reshape({frames, 8});
                for (const bool guided : {true, false}) {
                    const at::Tensor expected = model.forward(cond, x, t, guided);
                    const at::Tensor got = forward.predict(x, t, guided);
                    QCOMPARE(got.sizes(), expected.sizes());
                    QVERIFY2(at::equal(got, expected), qPrintable(QString("T %1, t %2, guided %3").arg(frames).arg(t).arg(guided)));
                }
            }
        }
        QCOMPARE(forward.graphsCaptured(), std::int64_t(0));

        // Only the rows the diffusion fills in: the same values as that block of the full output,
        // bit for bit when the heads see every frame, within rounding when they are narrowed first
        // (what a GPU does: a one-row product takes another BLAS kernel here).
        for (const NarHeadRows rows : {NarHeadRows{15, 1}, NarHeadRows{0, 1}, NarHeadRows{39, 7}, NarHeadRows{15, 1, true},
                                       NarHeadRows{39, 7, true}}) {
            NarForwardGraph block(model, cond, /*useGraphs=*/false, rows);
            const at::Tensor x = (at::arange(40 * 8, at::kLong) * 11).remainder(1025).reshape({40, 8});
            for (const bool guided : {true, false}) {
                const at::Tensor full = model.forward(cond, x, 57, guided);
                const at::Tensor expected = full.narrow(1, rows.firstFrame, 40 - rows.firstFrame).narrow(2, rows.firstCodebook, 8 - rows.firstCodebook);
                const at::Tensor got = block.predict(x, 57, guided);
                QCOMPARE(got.sizes(), expected.sizes());
                const bool same = rows.narrowBeforeHeads ? at::allclose(got, expected, 1e-5, 1e-5) : at::equal(got, expected);
                QVERIFY2(same, qPrintable(QString("rows from frame %1, codebook %2, narrowed first %3, guided %4")
                                              .arg(rows.firstFrame).arg(rows.firstCodebook).arg(rows.narrowBeforeHeads).arg(guided)));
            }
        }
        for (const NarHeadRows bad : {NarHeadRows{40, 1}, NarHeadRows{-1, 0}, NarHeadRows{0, 8}}) {
            NarForwardGraph block(model, cond, /*useGraphs=*/false, bad);
            QVERIFY(failsWith(ErrorKind::InvalidArgument, [&] { block.predict(at::zeros({40, 8}, at::kLong), 0, true); }));
        }
        QVERIFY(failsWith(ErrorKind::Unsupported, [&] { NarForwardGraph graphs(model, cond, /*useGraphs=*/true); }));
        QVERIFY(failsWith(ErrorKind::InvalidArgument, [&] { forward.predict(at::zeros({10, 3}, at::kLong), 0, true); }));
    }
};

QTEST_GUILESS_MAIN(TestNarForwardGraph)
#include "test_nar_forward_graph.moc"
