#include "rating/rating_stats_view.h"

#include "rating/rating_store.h"
#include "util/background_tasks.h"
#include "util/notice_text.h"
#include "util/table_width.h"
#include "util/vector_state.h"

#include <qcustomplot.h>

#include <QComboBox>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QSplitter>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <exception>
#include <map>
#include <memory>
#include <tuple>

namespace mars5::ui::rating {

namespace {

// Each entry of the session box also holds how many judgements it covers, so that the
// "computing" line can say so before the worker has read them.
constexpr int kJudgedRole = Qt::UserRole + 1;

QString percent(double v) { return QStringLiteral("%1%").arg(QLocale().toString(100.0 * v, 'f', 1)); }
// "64.0–82.6", its unit that of the value beside it, so that the tables fit 1280 pixels; a
// score's interval keeps spaces around the dash, which "-1.10 – -0.25" needs to be read.
QString interval(double lo, double hi, bool asPercent) {
    if (asPercent)
        return QStringLiteral("%1–%2").arg(QLocale().toString(100.0 * lo, 'f', 1), QLocale().toString(100.0 * hi, 'f', 1));
    return QStringLiteral("%1 – %2").arg(QLocale().toString(lo, 'f', 2), QLocale().toString(hi, 'f', 2));
}
QString pText(double p) { return p < 0.0001 ? QStringLiteral("< ") + QLocale().toString(0.0001, 'f', 4) : QLocale().toString(p, 'f', 4); }
// "p = 0.0123" or "p < 0.0001" in running text, never "p = < 0.0001".
QString pClause(double p) { return p < 0.0001 ? QStringLiteral("p ") + pText(p) : QStringLiteral("p = ") + pText(p); }

QTableWidgetItem* cell(const QString& text, bool numeric = true) {
    auto* item = new QTableWidgetItem(text);
    if (!numeric) item->setToolTip(text);  // a name elided in a narrow table is read here whole
    item->setTextAlignment(numeric ? (Qt::AlignRight | Qt::AlignVCenter) : (Qt::AlignLeft | Qt::AlignVCenter));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

QTableWidget* makeTable(QWidget* parent, const QStringList& headers) {
    auto* table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->setVisible(false);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(false);
    return table;
}

void stylePlot(QCustomPlot* plot) {
    plot->setMinimumHeight(200);
    plot->setBackground(plot->palette().base());
    for (QCPAxis* axis : {plot->xAxis, plot->yAxis}) {
        axis->setBasePen(QPen(plot->palette().mid().color()));
        axis->setTickPen(QPen(plot->palette().mid().color()));
        axis->setSubTickPen(QPen(plot->palette().mid().color()));
        axis->setTickLabelColor(plot->palette().text().color());
        axis->setLabelColor(plot->palette().text().color());
        axis->grid()->setPen(QPen(plot->palette().midlight().color(), 1, Qt::DotLine));
    }
}

}  // namespace

RatingStatsView::RatingStatsView(RatingStore* store, QWidget* parent) : QWidget(parent), m_store(store) {
    auto* layout = new QVBoxLayout(this);
    // The tab's own frame already sets the page off; wider margins cost the tables a column at
    // 1280 pixels.
    layout->setContentsMargins(8, 8, 8, 8);
    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Sessions:"), this));
    m_sessionBox = new QComboBox(this);
    m_sessionBox->setMinimumWidth(320);
    // As wide as its longest entry ("… — 2 raters merged (Ana, Ben)"); the summary beside it wraps.
    m_sessionBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    top->addWidget(m_sessionBox);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    top->addWidget(m_summary, 1);
    layout->addLayout(top);

    m_warnings = new QLabel(this);
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(QStringLiteral(
        "QLabel { background: #fff4e0; color: #6b4100; border: 1px solid #f0c36d; border-radius: 6px; padding: 6px 10px; }"));
    m_warnings->hide();  // until a computation has warnings to show
    layout->addWidget(m_warnings);

    // Each plot above its table, in two columns that share one divider: the ranking's column as
    // wide as its table needs (fitTables), so its plot's axis label fits too.
    auto* columns = new QSplitter(Qt::Horizontal, this);
    auto* rankingColumn = new QWidget(columns);
    auto* pairColumn = new QWidget(columns);
    m_rankingPlot = new QCustomPlot(rankingColumn);
    m_pairPlot = new QCustomPlot(pairColumn);
    stylePlot(m_rankingPlot);
    stylePlot(m_pairPlot);
    // Titles in two lines: a plot is never narrower than its title, and one line kept the pair
    // column wider than its table needs at 1280 pixels.
    const QFont titleFont(font().family(), 10, QFont::DemiBold);
    m_rankingPlot->plotLayout()->insertRow(0);
    m_rankingPlot->plotLayout()->addElement(
        0, 0, new QCPTextElement(m_rankingPlot, tr("Bradley–Terry ranking\n(95% bootstrap interval)"), titleFont));
    m_pairPlot->plotLayout()->insertRow(0);
    m_pairTitle = new QCPTextElement(m_pairPlot, QString(), titleFont);  // its text is the form's (drawPairs)
    m_pairPlot->plotLayout()->addElement(0, 0, m_pairTitle);
    m_systems = makeTable(rankingColumn, {tr("#"), tr("System"), tr("BT score\n(95%)"), tr("W–L–T"), tr("Win rate\n(Wilson 95%)")});
    m_pairs = makeTable(pairColumn, {tr("First"), tr("Second"), tr("W–L–T"), tr("First wins\n(Wilson 95%)"), tr("Sign p")});
    // When the tables are narrower than their cells (eight systems with long names at 1280
    // pixels), a long name is elided, never a p-value or a rate.
    m_systemNames = new NameColumnFitter(m_systems, {1});
    m_pairNames = new NameColumnFitter(m_pairs, {0, 1});
    m_pairs->horizontalHeaderItem(4)->setToolTip(
        tr("Two-sided sign test: how likely a split at least this uneven is if both systems were equally good"));
    m_systems->setToolTip(tr("Bradley–Terry log-strength with its bootstrap interval; wins–losses–ties; ties are not counted in the win rate"));
    m_pairs->setToolTip(tr("Wins, losses and ties of the first system; the two-sided sign test leaves ties out"));
    for (auto [column, plot, table] : {std::tuple{rankingColumn, m_rankingPlot, m_systems}, std::tuple{pairColumn, m_pairPlot, m_pairs}}) {
        auto* columnLayout = new QVBoxLayout(column);
        columnLayout->setContentsMargins(0, 0, 0, 0);
        columnLayout->addWidget(plot, 3);
        columnLayout->addWidget(table, 2);
        columns->addWidget(column);
    }
    layout->addWidget(columns, 1);
    m_columns = columns;
    connect(columns, &QSplitter::splitterMoved, this, [this] { m_tablesSizedByUser = true; });

    connect(m_sessionBox, &QComboBox::currentIndexChanged, this, [this] { recompute(); });
    m_busyDelay = new QTimer(this);
    m_busyDelay->setSingleShot(true);
    m_busyDelay->setInterval(200);
    connect(m_busyDelay, &QTimer::timeout, this, &RatingStatsView::showBusy);
}

RatingStatsView::~RatingStatsView() = default;

std::optional<qint64> RatingStatsView::selectedSession() const {
    const QVariant v = m_sessionBox->currentData();
    if (!v.isValid() || v.typeId() == QMetaType::QString || v.toLongLong() == 0) return std::nullopt;
    return v.toLongLong();
}

void RatingStatsView::showMergedRaters(const QString& sessionName) {
    reloadSessionList();
    const int index = m_sessionBox->findData(sessionName);
    const QSignalBlocker block(m_sessionBox);  // one computation, below
    if (index >= 0) m_sessionBox->setCurrentIndex(index);
    recompute();
}

QString RatingStatsView::warningText() const { return m_warnings->text(); }

void RatingStatsView::refresh(std::optional<qint64> sessionId) {
    reloadSessionList();
    if (sessionId) {
        const int index = m_sessionBox->findData(QVariant::fromValue<qint64>(*sessionId));
        const QSignalBlocker block(m_sessionBox);  // one computation, below
        if (index >= 0) m_sessionBox->setCurrentIndex(index);
    }
    recompute();
}

// The list, without computing: the caller selects an entry, then computes once.
void RatingStatsView::reloadSessionList() {
    const QSignalBlocker block(m_sessionBox);
    m_sessionBox->clear();
    m_sessionBox->addItem(tr("All sessions, all raters"), QVariant::fromValue<qint64>(0));
    auto sessions = m_store->sessions();
    if (!sessions.ok()) return;
    QMap<QString, QStringList> ratersByName;
    QMap<QString, long> judgedByName;
    long judgedInAll = 0;
    for (const SessionInfo& s : sessions.value()) {
        ratersByName[s.name] << s.rater;
        judgedByName[s.name] += s.judgedCount;
        judgedInAll += s.judgedCount;
    }
    m_sessionBox->setItemData(0, QVariant::fromValue(judgedInAll), kJudgedRole);
    for (auto it = ratersByName.begin(); it != ratersByName.end(); ++it)
        if (it.value().size() > 1) {
            m_sessionBox->addItem(tr("%1 — %n raters merged (%2)", nullptr, static_cast<int>(it.value().size()))
                                      .arg(it.key(), it.value().join(QStringLiteral(", "))),
                                  it.key());
            m_sessionBox->setItemData(m_sessionBox->count() - 1, QVariant::fromValue(judgedByName[it.key()]), kJudgedRole);
        }
    for (const SessionInfo& s : sessions.value()) {
        m_sessionBox->addItem(tr("%1 — %2 (%3 of %4 judged)").arg(s.name, s.rater).arg(s.judgedCount).arg(s.trialCount),
                              QVariant::fromValue<qint64>(s.id));
        m_sessionBox->setItemData(m_sessionBox->count() - 1, QVariant::fromValue(static_cast<long>(s.judgedCount)), kJudgedRole);
    }
}

void RatingStatsView::recompute() {
    // The judgements are read on the worker too (about 100 ms for 30,000), through a read-only
    // connection of its own: a store's connection belongs to the thread that opened it.
    const QVariant selected = m_sessionBox->currentData();
    const bool byName = selected.typeId() == QMetaType::QString;
    const std::string name = selected.toString().toStdString();
    const std::optional<qint64> sessionId = selectedSession();
    const QString database = m_store->path();

    const int generation = ++m_generation;
    m_computing = true;
    m_pendingJudgements = m_sessionBox->currentData(kJudgedRole).value<long>();
    if (!m_busyDelay->isActive()) m_busyDelay->start();
    QPointer<RatingStatsView> self(this);
    BackgroundTasks::instance().start([self, generation, database, sessionId, byName, name] {
        auto stats = std::make_shared<mars5::rating::RatingStats>();
        QStringList errors;
        std::vector<mars5::rating::Judgement> judgements;
        {
            RatingStore reader;
            if (const auto opened = reader.openForReading(database); !opened.ok()) {
                errors << errorText(opened);
            } else if (const auto rows = reader.judgementRows(sessionId); !rows.ok()) {
                errors << errorText(rows);
            } else {
                for (const auto& r : rows.value())
                    if (!byName || r.session == name) judgements.push_back(r.judgement());
            }
        }
        // Opening the database left this thread's vector state slowing scalar maths (the
        // bootstrap took 3.4 s instead of 0.37 s): util/vector_state.h.
        clearVectorUpperState();
        try {
            *stats = mars5::rating::computeStats(judgements);
        } catch (const std::exception& e) {  // out of memory on a huge export: say it, keep running
            errors << tr("The statistics could not be computed: %1").arg(QString::fromLocal8Bit(e.what()));
        }
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [self, generation, errors, stats] {
                if (!self || generation != self->m_generation) return;  // the selection changed meanwhile
                self->showStats(std::move(*stats), errors);
            },
            Qt::QueuedConnection);
    });
}

// Greys the previous numbers and says what is being computed, once a computation has taken
// long enough to be noticed; a quick one replaces the numbers without a flicker.
void RatingStatsView::showBusy() {
    if (!m_computing) return;
    m_columns->setEnabled(false);
    m_summary->setText(tr("Computing the statistics of %Ln judgements…", nullptr, static_cast<int>(m_pendingJudgements)));
}

void RatingStatsView::showStats(mars5::rating::RatingStats stats, QStringList warnings) {
    m_busyDelay->stop();
    m_computing = false;
    m_columns->setEnabled(true);
    m_stats = std::move(stats);
    for (const auto& w : m_stats.warnings) warnings << QString::fromStdString(w);
    if (m_stats.decisive > 0 && m_stats.sideBiasPValue < 0.05)
        warnings << tr("Side bias: A was chosen %L1 times and B %L2 times (sign test, %3); the randomised sides "
                       "keep the ranking fair, but check the playback set-up.")
                        .arg(m_stats.chosenA).arg(m_stats.chosenB).arg(pClause(m_stats.sideBiasPValue));
    m_warnings->setText(warnings.join(QLatin1Char('\n')));
    m_warnings->setVisible(!warnings.isEmpty());
    m_summary->setText(tr("%L1 judgements · %L2 decisive · %L3 ties (reported, not counted)")
                           .arg(m_stats.judgements).arg(m_stats.decisive).arg(m_stats.ties));
    fillTables();
    drawRanking();
    drawPairs();
    emit statsShown();
}

// Each pair with its preferred system first, so every row reads "X preferred to Y".
std::vector<mars5::rating::PairStats> RatingStatsView::orientedPairs() const {
    std::vector<mars5::rating::PairStats> pairs = m_stats.pairs;
    for (auto& p : pairs)
        if (p.secondWins > p.firstWins) {
            std::swap(p.first, p.second);
            std::swap(p.firstWins, p.secondWins);
            p.firstWinRate = 1.0 - p.firstWinRate;
            p.firstWinRateCi = {1.0 - p.firstWinRateCi.high, 1.0 - p.firstWinRateCi.low};
        }
    std::stable_sort(pairs.begin(), pairs.end(), [](const auto& a, const auto& b) { return a.firstWinRate > b.firstWinRate; });
    return pairs;
}

void RatingStatsView::fillTables() {
    auto wlt = [](long w, long l, long t) { return QStringLiteral("%1–%2–%3").arg(w).arg(l).arg(t); };
    m_systems->setRowCount(static_cast<int>(m_stats.systems.size()));
    int row = 0;
    for (const auto& s : m_stats.systems) {
        m_systems->setItem(row, 0, cell(QString::number(row + 1)));
        m_systems->setItem(row, 1, cell(QString::fromStdString(s.name), false));
        m_systems->setItem(row, 2, cell(QStringLiteral("%1 (%2)").arg(QLocale().toString(s.btScore, 'f', 2)).arg(interval(s.btCi.low, s.btCi.high, false))));
        m_systems->setItem(row, 3, cell(wlt(s.wins, s.losses, s.ties)));
        m_systems->setItem(row, 4, cell(QStringLiteral("%1 (%2)").arg(percent(s.winRate), interval(s.winRateCi.low, s.winRateCi.high, true))));
        ++row;
    }
    m_pairs->setRowCount(static_cast<int>(m_stats.pairs.size()));
    row = 0;
    for (const auto& p : orientedPairs()) {
        m_pairs->setItem(row, 0, cell(QString::fromStdString(p.first), false));
        m_pairs->setItem(row, 1, cell(QString::fromStdString(p.second), false));
        m_pairs->setItem(row, 2, cell(wlt(p.firstWins, p.secondWins, p.ties)));
        m_pairs->setItem(row, 3, cell(QStringLiteral("%1 (%2)").arg(percent(p.firstWinRate), interval(p.firstWinRateCi.low, p.firstWinRateCi.high, true))));
        auto* pCell = cell(pText(p.pValue));
        if (p.pValue < 0.05) {
            pCell->setForeground(QColor(0x1e, 0x8a, 0x4c));
            pCell->setToolTip(tr("significant at the 5% level"));
        }
        m_pairs->setItem(row, 4, pCell);
        ++row;
    }
    fitTables();
    m_systemNames->fit();
    m_pairNames->fit();
}

void RatingStatsView::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    fitTables();
    if (m_pairMatrix == pairBarsFit()) drawPairs();  // the pairs' labels gained or lost their room
}

// Each table gets what its columns need and half of what is left over (an even split cut the
// ranking's win rates short at 1280 pixels, German headers, while the pair table had room).
// Where both do not fit, each gets a share in proportion to its needs, and both elide names.
void RatingStatsView::fitTables() {
    if (m_tablesSizedByUser) return;
    const int total = m_columns->width() - m_columns->handleWidth();
    if (total <= 0) return;
    const int systems = tableContentWidth(m_systems);
    const int pairs = tableContentWidth(m_pairs);
    const int left = systems + pairs <= total ? systems + (total - systems - pairs) / 2
                                              : static_cast<int>(static_cast<long long>(total) * systems / (systems + pairs));
    m_columns->setSizes({left, total - left});
}

// Horizontal bars of the Bradley–Terry score with bootstrap whiskers, best at the top.
void RatingStatsView::drawRanking() {
    QCustomPlot* plot = m_rankingPlot;
    plot->clearPlottables();
    plot->clearItems();
    const int n = static_cast<int>(m_stats.systems.size());
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, values, errLow, errHigh;
    double lo = -1.0, hi = 1.0;
    for (int i = 0; i < n; ++i) {
        const auto& s = m_stats.systems[i];
        const double key = n - i;  // best on top
        ticker->addTick(key, QString::fromStdString(s.name));
        keys << key;
        values << s.btScore;
        errLow << s.btScore - s.btCi.low;
        errHigh << s.btCi.high - s.btScore;
        lo = std::min(lo, s.btCi.low);
        hi = std::max(hi, s.btCi.high);
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.3, n + 0.7);
    plot->xAxis->setRange(lo - 0.2, hi + 0.2);
    plot->xAxis->setLabel(tr("log-strength\n(0 = average; +1 ≈ preferred 73% of the time)"));
    plot->yAxis->grid()->setVisible(false);
    if (n > 0) {
        auto* bars = new QCPBars(plot->yAxis, plot->xAxis);
        bars->setWidth(0.55);
        bars->setPen(QPen(QColor(47, 125, 225)));
        bars->setBrush(QColor(47, 125, 225, 110));
        bars->setData(keys, values, true);
        auto* errors = new QCPErrorBars(plot->yAxis, plot->xAxis);
        errors->setDataPlottable(bars);
        errors->setData(errLow, errHigh);
        errors->setPen(QPen(QColor(20, 50, 100), 1.6));
        errors->setWhiskerWidth(10);
        errors->setSymbolGap(0);
        auto* zero = new QCPItemStraightLine(plot);
        zero->point1->setAxes(plot->xAxis, plot->yAxis);
        zero->point2->setAxes(plot->xAxis, plot->yAxis);
        zero->point1->setCoords(0, 0);
        zero->point2->setCoords(0, 1);
        zero->setPen(QPen(palette().dark().color(), 1, Qt::DashLine));
    }
    plot->replot();
}

// Each pair as a bar with its interval while every pair's two-line label has room; as a matrix
// of win rates once they would overlap.
void RatingStatsView::drawPairs() {
    QCustomPlot* plot = m_pairPlot;
    plot->clearPlottables();
    plot->clearItems();
    m_pairMatrix = !pairBarsFit();
    // What each form changes on the axes, reset for both.
    plot->xAxis->setTicker(QSharedPointer<QCPAxisTicker>(new QCPAxisTicker));
    plot->xAxis->grid()->setVisible(!m_pairMatrix);
    plot->yAxis->grid()->setVisible(false);
    if (m_pairMatrix) drawPairMatrix();
    else drawPairBars(orientedPairs());
    plot->replot();
}

// Two text lines per bar ("deep clone" over "vs ground truth") in the plot's height, less its
// title and its x axis.
bool RatingStatsView::pairBarsFit() const {
    const int pairs = static_cast<int>(m_stats.pairs.size());
    if (pairs <= 1) return true;
    const QFontMetrics metrics(m_pairPlot->yAxis->tickLabelFont());
    const int title = 2 * QFontMetrics(font()).height() + 12;
    const int axis = 3 * metrics.height() + 16;
    const int available = m_pairPlot->height() - title - axis;
    return pairs * (2 * metrics.height() + 4) <= available;
}

// Each pair's win rate of its first system, with the Wilson interval, against 50%.
void RatingStatsView::drawPairBars(const std::vector<mars5::rating::PairStats>& pairs) {
    QCustomPlot* plot = m_pairPlot;
    const int n = static_cast<int>(pairs.size());
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    QVector<double> keys, values, errLow, errHigh;
    for (int i = 0; i < n; ++i) {
        const auto& p = pairs[i];
        const double key = n - i;
        ticker->addTick(key, QStringLiteral("%1\nvs %2").arg(QString::fromStdString(p.first), QString::fromStdString(p.second)));
        keys << key;
        values << 100.0 * p.firstWinRate;
        errLow << 100.0 * (p.firstWinRate - p.firstWinRateCi.low);
        errHigh << 100.0 * (p.firstWinRateCi.high - p.firstWinRate);
    }
    plot->yAxis->setTicker(ticker);
    plot->yAxis->setRange(0.3, n + 0.7);
    plot->xAxis->setRange(0, 100);
    m_pairTitle->setText(tr("Pairwise preference, preferred system first\n(Wilson 95%)"));
    plot->xAxis->setLabel(tr("% of decisive judgements won by the first system"));
    if (n == 0) return;
    auto* bars = new QCPBars(plot->yAxis, plot->xAxis);
    bars->setWidth(0.55);
    bars->setPen(QPen(QColor(30, 138, 76)));
    bars->setBrush(QColor(30, 138, 76, 100));
    bars->setData(keys, values, true);
    auto* errors = new QCPErrorBars(plot->yAxis, plot->xAxis);
    errors->setDataPlottable(bars);
    errors->setData(errLow, errHigh);
    errors->setPen(QPen(QColor(10, 60, 30), 1.6));
    errors->setWhiskerWidth(10);
    errors->setSymbolGap(0);
    auto* half = new QCPItemStraightLine(plot);
    half->point1->setAxes(plot->xAxis, plot->yAxis);
    half->point2->setAxes(plot->xAxis, plot->yAxis);
    half->point1->setCoords(50, 0);
    half->point2->setCoords(50, 1);
    half->setPen(QPen(palette().dark().color(), 1, Qt::DashLine));
}

// Rows and columns are the systems in ranking order; a cell is the % of decisive judgements the
// row's system won against the column's, green above 50 and red below, bold where the sign test
// says p < 0.05, empty where the two were never compared. Columns are numbered by rank, so the
// names are read once, on the rows.
void RatingStatsView::drawPairMatrix() {
    QCustomPlot* plot = m_pairPlot;
    const auto& systems = m_stats.systems;
    const int n = static_cast<int>(systems.size());
    std::map<std::pair<std::string, std::string>, const mars5::rating::PairStats*> byNames;
    for (const auto& p : m_stats.pairs) byNames[{p.first, p.second}] = &p;
    auto find = [&](const std::string& first, const std::string& second) -> const mars5::rating::PairStats* {
        const auto it = byNames.find({first, second});
        return it == byNames.end() ? nullptr : it->second;
    };

    auto* map = new QCPColorMap(plot->xAxis, plot->yAxis);
    map->data()->setSize(n, n);
    map->data()->setRange(QCPRange(1, n), QCPRange(1, n));
    QCPColorGradient gradient;
    gradient.setColorStopAt(0.0, QColor(0xc0, 0x39, 0x2b));
    gradient.setColorStopAt(0.5, QColor(0xf4, 0xf4, 0xf2));
    gradient.setColorStopAt(1.0, QColor(0x1e, 0x8a, 0x4c));
    map->setGradient(gradient);
    map->setDataRange(QCPRange(0, 100));
    map->setInterpolate(false);
    QSharedPointer<QCPAxisTickerText> rows(new QCPAxisTickerText), columns(new QCPAxisTickerText);
    QFont bold = plot->xAxis->tickLabelFont();
    bold.setBold(true);
    for (int r = 0; r < n; ++r) {
        const int y = n - 1 - r;  // the best system on the top row
        rows->addTick(y + 1, QStringLiteral("%1  %2").arg(r + 1).arg(QString::fromStdString(systems[r].name)));
        columns->addTick(r + 1, QString::number(r + 1));
        for (int c = 0; c < n; ++c) {
            map->data()->setAlpha(c, y, 0);
            if (r == c) continue;
            const auto* forward = find(systems[r].name, systems[c].name);
            const auto* pair = forward ? forward : find(systems[c].name, systems[r].name);
            if (!pair || pair->decisive() == 0) continue;
            const double won = 100.0 * (forward ? pair->firstWinRate : 1.0 - pair->firstWinRate);
            map->data()->setCell(c, y, won);
            map->data()->setAlpha(c, y, 255);
            auto* text = new QCPItemText(plot);
            text->position->setCoords(c + 1, y + 1);
            text->setText(QLocale().toString(won, 'f', 0));
            text->setFont(pair->pValue < 0.05 ? bold : plot->xAxis->tickLabelFont());
            text->setColor(std::abs(won - 50.0) > 30.0 ? Qt::white : QColor(0x20, 0x20, 0x20));
            text->setClipToAxisRect(true);
        }
    }
    plot->yAxis->setTicker(rows);
    plot->xAxis->setTicker(columns);
    plot->yAxis->setRange(0.5, n + 0.5);
    plot->xAxis->setRange(0.5, n + 0.5);
    m_pairTitle->setText(tr("Pairwise preference: % of decisive\njudgements the row won against the column"));
    plot->xAxis->setLabel(tr("column: system by rank\nbold: sign test p < 0.05"));
}

}  // namespace mars5::ui::rating
