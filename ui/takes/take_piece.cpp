#include "takes/take_piece.h"

#include <QJsonObject>

#include <algorithm>

namespace mars5::ui::takes {

QList<TakePiece> takePieces(const std::vector<mars5::TtsPiece>& pieces) {
    QList<TakePiece> out;
    out.reserve(static_cast<qsizetype>(pieces.size()));
    for (const mars5::TtsPiece& p : pieces)
        out.push_back({QString::fromStdString(p.text), p.seed, p.startSample, p.samples, p.arTokens,
                       QString::fromUtf8(mars5::toString(p.stop))});
    return out;
}

QJsonArray takePiecesToJson(const QList<TakePiece>& pieces) {
    QJsonArray out;
    for (const TakePiece& p : pieces)
        out.append(QJsonObject{{QStringLiteral("text"), p.text},
                               // A JSON number holds 53 bits: the seed as text keeps all 64.
                               {QStringLiteral("seed"), QString::number(p.seed)},
                               {QStringLiteral("start_sample"), p.startSample},
                               {QStringLiteral("samples"), p.samples},
                               {QStringLiteral("ar_tokens"), p.arTokens},
                               {QStringLiteral("ar_stop"), p.stop}});
    return out;
}

QList<TakePiece> takePiecesFromJson(const QJsonValue& value, qint64 takeSamples) {
    QList<TakePiece> out;
    const qint64 end = std::max<qint64>(0, takeSamples);
    for (const QJsonValue& v : value.toArray()) {
        if (!v.isObject()) return {};
        const QJsonObject o = v.toObject();
        TakePiece p;
        p.text = o.value(QStringLiteral("text")).toString();
        // Written as text (a JSON number holds 53 bits); a number typed by hand is taken too.
        const QJsonValue seed = o.value(QStringLiteral("seed"));
        p.seed = seed.isDouble() ? static_cast<quint64>(std::max<qint64>(0, seed.toInteger())) : seed.toString().toULongLong();
        p.startSample = std::clamp<qint64>(o.value(QStringLiteral("start_sample")).toInteger(), 0, end);
        p.samples = std::clamp<qint64>(o.value(QStringLiteral("samples")).toInteger(), 0, end - p.startSample);
        p.arTokens = std::max<qint64>(0, o.value(QStringLiteral("ar_tokens")).toInteger());
        p.stop = o.value(QStringLiteral("ar_stop")).toString();
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace mars5::ui::takes
