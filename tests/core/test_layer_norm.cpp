// layerNorm: the reference's own call for float32, a float32 round trip for half precision on the CPU.
#include "layer_norm.h"

#include <ATen/ATen.h>
#include <QtTest>

using namespace mars5;

class TestLayerNorm : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void float32IsAtLayerNormBitForBit() {
        at::manual_seed(3);
        const auto x = at::randn({2, 7, 64}), w = at::randn({64}), b = at::randn({64});
        QVERIFY(at::equal(layerNorm(x, {64}, w, b, 1e-5), at::layer_norm(x, {64}, w, b, 1e-5)));
        QVERIFY(at::equal(layerNorm(x, {64}, {}, {}, 1e-6), at::layer_norm(x, {64}, {}, {}, 1e-6)));  // no affine (Vocos)
    }

    void halfPrecisionOnTheCpuIsWithinHalfAStep() {
        at::manual_seed(4);
        const auto x = (4.0 * at::randn({3, 50, 256})).to(at::kBFloat16);
        const auto w = at::randn({256}).to(at::kBFloat16), b = at::randn({256}).to(at::kBFloat16);
        const auto y = layerNorm(x, {256}, w, b, 1e-5);
        QCOMPARE(y.scalar_type(), at::kBFloat16);
        QCOMPARE(y.sizes(), x.sizes());
        const auto exact = at::layer_norm(x.to(at::kDouble), {256}, w.to(at::kDouble), b.to(at::kDouble), 1e-5);
        // bfloat16 keeps 8 significant bits: the result is exact up to its own rounding, half a
        // step of 2^-8 relative, plus float32's error in the mean and variance.
        const auto err = (y.to(at::kDouble) - exact).abs();
        const auto allowed = exact.abs() * (1.0 / 256) + 1e-3;
        QVERIFY(err.le(allowed).all().item<bool>());
        // float16 too (Debian's libtorch 1.13 has no CPU LayerNorm kernel for it at all)
        const auto yh = layerNorm(x.to(at::kHalf), {256}, w.to(at::kHalf), b.to(at::kHalf), 1e-5);
        QCOMPARE(yh.scalar_type(), at::kHalf);
        QVERIFY((yh.to(at::kDouble) - exact).abs().le(exact.abs() * (1.0 / 1024) + 1e-3).all().item<bool>());
    }
};

QTEST_GUILESS_MAIN(TestLayerNorm)
#include "test_layer_norm.moc"
