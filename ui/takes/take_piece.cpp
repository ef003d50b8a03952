#include "takes/take_piece.h"

#include "mars5/long_text.h"

#include <QJsonObject>

#include <algorithm>

namespace mars5::ui::takes {

QList<TakePiece> takePieces(const std::vector<mars5::TtsPiece>& pieces) {
    QList<TakePiece> out;
    out.reserve(static_cast<qsizetype>(pieces.size()));
    for (const mars5::TtsPiece& p : pieces)
        out.push_back({QString::fromStdString(p.text), p.seed, p.startSample, p.samples, p.startFrame, p.frames, p.arTokens,
                       QString::fromUtf8(mars5::toString(p.stop))});
    return out;
}

std::vector<mars5::TtsPiece> ttsPieces(const QList<TakePiece>& pieces) {
    std::vector<mars5::TtsPiece> out;
    out.reserve(static_cast<std::size_t>(pieces.size()));
    for (const TakePiece& p : pieces) {
        mars5::TtsPiece t;
        t.text = p.text.toStdString();
        t.seed = p.seed;
        t.startSample = p.startSample;
        t.samples = p.samples;
        t.startFrame = p.startFrame;
        t.frames = p.frames;
        t.arTokens = p.arTokens;
        for (mars5::CoarseStop s : {mars5::CoarseStop::Eos, mars5::CoarseStop::MaxLength, mars5::CoarseStop::Stopped,
                                    mars5::CoarseStop::ForcedLength})
            if (p.stop == QLatin1String(mars5::toString(s))) t.stop = s;
        out.push_back(std::move(t));
    }
    return out;
}

std::vector<std::uint64_t> unusualPieceSeeds(const QList<TakePiece>& pieces) {
    std::vector<std::uint64_t> seeds;
    bool usual = true;
    for (qsizetype k = 0; k < pieces.size(); ++k) {
        seeds.push_back(pieces[k].seed);
        usual = usual && pieces[k].seed == mars5::pieceSeed(pieces.front().seed, static_cast<std::size_t>(k));
    }
    return usual ? std::vector<std::uint64_t>{} : seeds;
}

QJsonArray takePiecesToJson(const QList<TakePiece>& pieces) {
    QJsonArray out;
    for (const TakePiece& p : pieces)
        out.append(QJsonObject{{QStringLiteral("text"), p.text},
                               // A JSON number holds 53 bits: the seed as text keeps all 64.
                               {QStringLiteral("seed"), QString::number(p.seed)},
                               {QStringLiteral("start_sample"), p.startSample},
                               {QStringLiteral("samples"), p.samples},
                               {QStringLiteral("start_frame"), p.startFrame},
                               {QStringLiteral("frames"), p.frames},
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
        // Checked against the take's codes where they are used (mars5::replacePiece refuses a
        // mismatch), so only kept from going negative here.
        p.startFrame = std::max<qint64>(0, o.value(QStringLiteral("start_frame")).toInteger());
        p.frames = std::max<qint64>(0, o.value(QStringLiteral("frames")).toInteger());
        p.arTokens = std::max<qint64>(0, o.value(QStringLiteral("ar_tokens")).toInteger());
        p.stop = o.value(QStringLiteral("ar_stop")).toString();
        out.push_back(std::move(p));
    }
    return out;
}

}  // namespace mars5::ui::takes
