#include "rating/rating_window.h"

#include "rating/new_session_dialog.h"
#include "rating/rating_stats_view.h"
#include "rating/rating_store.h"
#include "rating/rating_view.h"
#include "rating/session_list_model.h"
#include "studio/synthesis_controller.h"
#include "util/display_path.h"
#include "util/notice_text.h"
#include "util/table_width.h"
#include "util/window_size.h"

#include <algorithm>

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

#include <utility>

namespace mars5::ui::rating {

namespace {
// QSettings: the ratings file the window used last (absent: the default one).
const char* const kDatabaseKey = "rating/database";
}  // namespace

RatingWindow::RatingWindow(const QString& dbPath, AbPlayer::Output output, QWidget* parent)
    : QMainWindow(parent), m_store(std::make_unique<RatingStore>()) {
    setWindowTitle(tr("Blind A/B rating — MARS5 Studio"));
    auto* splitter = m_splitter = new QSplitter(Qt::Horizontal, this);

    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(8, 8, 4, 8);
    auto* heading = new QLabel(tr("<b>Rating sessions</b>"), left);
    leftLayout->addWidget(heading);
    // Which file the sessions are in, and a way to another: one per project, or out of a file
    // that cannot be used.
    auto* databaseRow = new QHBoxLayout;
    m_databaseLabel = new QLabel(left);
    m_databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_changeDatabase = new QPushButton(tr("Change…"), left);
    m_changeDatabase->setToolTip(tr("Keep the ratings in another file: an existing ratings database, or a new one"));
    connect(m_changeDatabase, &QPushButton::clicked, this, &RatingWindow::chooseDatabase);
    databaseRow->addWidget(m_databaseLabel, 1);
    databaseRow->addWidget(m_changeDatabase);
    leftLayout->addLayout(databaseRow);
    m_model = new SessionListModel(m_store.get(), this);
    m_list = new QTableView(left);
    m_list->setModel(m_model);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->verticalHeader()->setVisible(false);
    m_list->setColumnHidden(SessionListModel::Source, true);
    stretchLastColumnFromMinimum(m_list);  // "Created" no wider than its dates (sessionPanelWidth)
    m_list->setAlternatingRowColors(true);
    m_list->setWordWrap(false);
    leftLayout->addWidget(m_list, 1);
    auto* buttons = new QVBoxLayout;
    auto addButton = [&](const QString& text, auto slot) {
        auto* b = new QPushButton(text, left);
        connect(b, &QPushButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    addButton(tr("New session…"), [this] { newSession(); });
    // The "selected" buttons are enabled only while a session is selected.
    m_forSelection << addButton(tr("Judge selected"), [this] { if (selectedSessionId()) startSession(selectedSessionId()); });
    m_statisticsButton = addButton(tr("Statistics of selected"), [this] { if (selectedSessionId()) showStatistics(selectedSessionId()); });
    m_forSelection << m_statisticsButton;
    addButton(tr("Export CSV (all sessions)…"), &RatingWindow::exportCsv);
    m_forSelection << addButton(tr("Export selected as JSON…"), &RatingWindow::exportJson);
    addButton(tr("Import CSV or JSON…"), &RatingWindow::importSessions);
    m_forSelection << addButton(tr("Delete selected…"), &RatingWindow::deleteSession);
    leftLayout->addLayout(buttons);
    connect(m_list->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RatingWindow::updateSelectionButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RatingWindow::updateSelectionButtons);
    updateSelectionButtons();
    connect(m_list, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const SessionInfo* s = m_model->sessionAt(index.row())) startSession(s->id);
    });

    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_error = new QLabel(right);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600; padding: 6px;"));
    m_error->setVisible(false);
    rightLayout->addWidget(m_error);
    m_startAgain = new QPushButton(tr("Start a new ratings database"), right);
    m_startAgain->setToolTip(tr("Keep the damaged file aside, renamed, and start a new ratings database with every "
                                "session and judgement that can still be read from it"));
    m_startAgain->setVisible(false);
    connect(m_startAgain, &QPushButton::clicked, this, &RatingWindow::startNewDatabase);
    rightLayout->addWidget(m_startAgain, 0, Qt::AlignLeft);
    // Blinding: while a session is judged the statistics are locked, and this says why.
    m_banner = new QWidget(right);
    auto* bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_bannerText = new QLabel(tr("Statistics are hidden while a session is being judged: they would tell the rater which "
                                 "system is which. They come back when the session is finished, or when you stop judging "
                                 "(every judgement so far is saved)."),
                              m_banner);
    m_bannerText->setWordWrap(true);
    auto* stopJudgingButton = new QPushButton(tr("Stop judging"), m_banner);
    stopJudgingButton->setFocusPolicy(Qt::NoFocus);  // the judging view keeps the keyboard
    connect(stopJudgingButton, &QPushButton::clicked, this, &RatingWindow::stopJudging);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(stopJudgingButton);
    m_banner->setStyleSheet(QStringLiteral("background: #fff4e5; color: #5f3b00;"));
    m_banner->setVisible(false);
    rightLayout->addWidget(m_banner);
    m_tabs = new QTabWidget(right);
    m_ratingView = new RatingView(m_store.get(), output, m_tabs);
    m_statsView = new RatingStatsView(m_store.get(), m_tabs);
    m_tabs->addTab(m_ratingView, tr("Judge"));
    m_tabs->addTab(m_statsView, tr("Statistics"));
    rightLayout->addWidget(m_tabs, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    setCentralWidget(splitter);

    connect(m_ratingView, &RatingView::judgementSaved, this, [this] {
        const qint64 id = m_ratingView->sessionId();
        reloadSessions();
        const int row = m_model->rowOf(id);
        if (row >= 0) m_list->selectRow(row);
        updateBlinding();
    });
    connect(m_ratingView, &RatingView::sessionComplete, this, [this] { updateBlinding(); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_statsView) m_statsView->refresh(m_statsView->selectedSession());
        else m_ratingView->setFocus();
    });

    // The file used last, unless it has gone (a drive unplugged): a new, empty file in its place
    // would look like lost ratings.
    QString path = dbPath;
    QString gone;
    m_rememberFile = dbPath.isEmpty();
    if (path.isEmpty()) {
        path = QSettings().value(QLatin1String(kDatabaseKey)).toString();
        if (!path.isEmpty() && !QFileInfo::exists(path)) gone = std::exchange(path, QString());
        if (path.isEmpty()) path = RatingStore::defaultPath();
    }
    auto opened = m_store->open(path);
    if (!opened.ok()) showError(mars5::ui::errorText(opened));
    else statusBar()->showMessage(tr("Ratings are saved as you go in %1").arg(displayPath(path)));
    if (!gone.isEmpty())
        showError(tr("The ratings file used last, %1, is not there (moved, or on a drive not connected); these are the "
                     "ratings in %2. Change… opens it again when it is back.")
                      .arg(displayPath(gone), displayPath(path)) +
                  (opened.ok() ? QString() : QLatin1Char(' ') + mars5::ui::errorText(opened)));
    m_startAgain->setVisible(!opened.ok() && m_store->canStartAgain());
    showDatabase();
    connect(splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMovedByUser = true; });
    splitter->setSizes({sessionPanelWidth(), 1100});
    reloadSessions();
    resizeWithinScreen(this, {1200, 760});
}

int RatingWindow::sessionPanelWidth() const {
    // What the cells need, not the columns' widths: the stretched "Created" column is as wide as
    // the viewport made it (100 px at first), not as wide as its dates, and a panel sized from
    // that scrolled sideways.
    const int list = tableContentWidth(m_list);
    const QWidget* left = m_list->parentWidget();
    const QMargins margins = left->layout()->contentsMargins();
    // Never narrower than the buttons (the panel's minimum includes its margins).
    const int wanted = std::max(list + margins.left() + margins.right(), left->minimumSizeHint().width());
    return std::clamp(wanted, 240, 400);
}

RatingWindow::~RatingWindow() = default;

QString RatingWindow::errorText() const { return m_error->isVisible() ? m_error->text() : QString(); }

void RatingWindow::showError(const QString& text) {
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RatingWindow::showDatabase() {
    const QString path = m_store->path();
    // Elided: a long project file name must not widen the session panel.
    m_databaseLabel->setText(m_databaseLabel->fontMetrics().elidedText(tr("File: %1").arg(QFileInfo(path).fileName()), Qt::ElideMiddle, 220));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(path));
}

QString RatingWindow::databaseLabelText() const { return m_databaseLabel->text(); }

void RatingWindow::chooseDatabase() {
    const QString current = m_store->path();
    QString path = QFileDialog::getSaveFileName(this, tr("Keep the ratings in"), current, tr("Ratings databases (*.sqlite)"), nullptr,
                                                QFileDialog::DontConfirmOverwrite);  // an existing file is opened, not replaced
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".sqlite");
    useDatabase(path);
}

bool RatingWindow::useDatabase(const QString& path) {
    const QString previous = m_store->path();
    const bool previousOpen = m_store->isOpen();
    if (QFileInfo(path).absoluteFilePath() == QFileInfo(previous).absoluteFilePath() && previousOpen) return true;
    if (isJudging()) stopJudging();  // every judgement so far is saved
    m_rememberFile = true;  // the user chose it: a file started again from it is used next time too
    m_store->close();
    auto opened = m_store->open(path);
    if (!opened.ok()) {
        const QString why = mars5::ui::errorText(opened);
        if (previousOpen && m_store->open(previous).ok()) {
            showError(tr("The ratings stay in %1: %2").arg(displayPath(previous), why));
            m_startAgain->hide();
        } else {
            // Nothing to go back to: the window stays with the file asked for, and its way out
            // when it is damaged (Start a new ratings database acts on the file last refused).
            if (previousOpen) (void)m_store->open(path);
            showError(why);
            m_startAgain->setVisible(m_store->canStartAgain());
        }
        showDatabase();
        reloadSessions();
        return false;
    }
    QSettings().setValue(QLatin1String(kDatabaseKey), QFileInfo(path).absoluteFilePath());
    showError({});
    m_startAgain->hide();
    showDatabase();
    statusBar()->showMessage(tr("Ratings are saved as you go in %1").arg(displayPath(path)));
    reloadSessions();
    m_statsView->refresh(m_statsView->selectedSession());
    return true;
}

void RatingWindow::startNewDatabase() {
    auto restart = m_store->startAgain();
    if (!restart.ok()) {
        showError(tr("A new ratings database could not be started: %1").arg(mars5::ui::errorText(restart)));
        return;
    }
    m_startAgain->hide();
    if (m_rememberFile) QSettings().setValue(QLatin1String(kDatabaseKey), QFileInfo(m_store->path()).absoluteFilePath());
    const RatingStore::Restart& r = restart.value();
    const QString sessions = tr("%n session(s)", nullptr, r.sessions);
    const QString judgements = tr("%n judgement(s)", nullptr, r.judgements);
    const QString keptAs = displayPath(r.keptAs);
    // The copy the store made when it last opened the file sound (RatingStore::open).
    const QString fromCopy =
        r.copyTime.isValid()
            ? QLatin1Char(' ') + tr("What the damage hid came back from the copy kept on %1.").arg(QLocale().toString(r.copyTime, QLocale::ShortFormat))
            : QString();
    if (r.complete) {
        showError({});
        statusBar()->showMessage(tr("A new ratings database holds the %1 and %2 the damaged file still had. That file is "
                                    "kept as %3.")
                                     .arg(sessions, judgements, keptAs) +
                                 fromCopy);
    } else {
        // Red, and it stays: judgements may be missing, and the rater should know before judging on.
        showError(tr("A new ratings database holds the %1 and %2 that could still be read. Some of the damaged file "
                     "could not be read, so judgements may be missing. That file is kept as %3.")
                      .arg(sessions, judgements, keptAs) +
                  fromCopy);
        statusBar()->showMessage(tr("Ratings are saved as you go in %1").arg(displayPath(m_store->path())));
    }
    reloadSessions();
}

void RatingWindow::reloadSessions() {
    const qint64 selected = selectedSessionId();
    const QString error = m_model->reload();
    if (!error.isEmpty()) showError(error);
    m_list->resizeColumnsToContents();
    // The session list as wide as its columns, no wider: at 1280 pixels the statistics beside
    // it need every pixel for their tables.
    if (!m_splitterMovedByUser) {
        const int total = m_splitter->sizes().value(0) + m_splitter->sizes().value(1);
        const int left = sessionPanelWidth();
        m_splitter->setSizes({left, std::max(total - left, 1)});
    }
    const int row = m_model->rowOf(selected);
    if (row >= 0) m_list->selectRow(row);
}

void RatingWindow::updateSelectionButtons() {
    const bool selected = selectedSessionId() != 0;
    for (QPushButton* b : std::as_const(m_forSelection)) b->setEnabled(selected);
    // Locked with the Statistics tab while a session is judged; the banner says why.
    const bool judging = isJudging();
    m_statisticsButton->setEnabled(selected && !judging);
    m_statisticsButton->setToolTip(judging ? blindedToolTip() : QString());
}

qint64 RatingWindow::selectedSessionId() const {
    const QModelIndexList rows = m_list->selectionModel() ? m_list->selectionModel()->selectedRows() : QModelIndexList{};
    if (rows.isEmpty()) return 0;
    const SessionInfo* s = m_model->sessionAt(rows.front().row());
    return s ? s->id : 0;
}

void RatingWindow::startSession(qint64 sessionId) {
    reloadSessions();
    m_tabs->setCurrentWidget(m_ratingView);
    if (!m_ratingView->openSession(sessionId)) showError(m_ratingView->messageText());
    const int row = m_model->rowOf(sessionId);
    if (row >= 0) m_list->selectRow(row);
    updateBlinding();
    m_ratingView->setFocus();
}

bool RatingWindow::isJudging() const { return m_ratingView && m_ratingView->sessionId() != 0 && !m_ratingView->isComplete(); }

QString RatingWindow::blindedToolTip() { return tr("Hidden while a session is being judged (blind test)"); }

QString RatingWindow::judgingBannerText() const { return m_banner->isVisible() ? m_bannerText->text() : QString(); }

void RatingWindow::updateBlinding() {
    const bool judging = isJudging();
    const int index = m_tabs->indexOf(m_statsView);
    if (judging && m_tabs->currentWidget() == m_statsView) m_tabs->setCurrentWidget(m_ratingView);
    m_tabs->setTabEnabled(index, !judging);
    m_tabs->setTabToolTip(index, judging ? blindedToolTip() : QString());
    m_banner->setVisible(judging);
    updateSelectionButtons();
}

void RatingWindow::stopJudging() {
    m_ratingView->closeSession();
    updateBlinding();
}

void RatingWindow::showStatistics(qint64 sessionId) {
    if (isJudging()) {
        // The banner above the tabs already says why and offers "Stop judging"; a second,
        // red copy of it read as a failure.
        statusBar()->showMessage(tr("Statistics stay hidden until this session is finished or you stop judging."), 6000);
        return;
    }
    reloadSessions();
    m_statsView->refresh(sessionId ? std::optional<qint64>(sessionId) : std::nullopt);
    const QSignalBlocker block(m_tabs);  // the tab's own refresh would read and compute it all again
    m_tabs->setCurrentWidget(m_statsView);
}

void RatingWindow::setStudio(SynthesisController* controller, std::function<mars5::InferenceConfig()> settings) {
    m_controller = controller;
    m_settings = std::move(settings);
}

QString RatingWindow::takesRoot() const {
    return QFileInfo(m_store->path()).absoluteDir().filePath(QStringLiteral("rating-takes"));
}

NewSessionDialog* RatingWindow::newSession() {
    if (!m_store->isOpen()) return nullptr;
    auto* dialog = new NewSessionDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setTakesRoot(takesRoot());
    QPointer<SynthesisController> controller(m_controller);
    auto settings = m_settings;
    dialog->setSynthesisSource([controller, settings] {
        SynthesisSource source;
        if (!controller) return source;  // the dialog says "Load a model first: File ▸ Set up model…"
        if (const auto models = controller->models()) source.engine = models->engine;
        if (!source.engine && controller->modelState() == SynthesisController::ModelState::Loading)
            source.unavailable = tr("The model is still loading; try again in a moment.");
        if (settings) source.config = settings();
        return source;
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createFromDialog(dialog); });
    dialog->open();
    return dialog;
}

void RatingWindow::createFromDialog(NewSessionDialog* dialog) {
    auto session = dialog->buildSession();
    auto id = session.ok() ? m_store->createSession(session.value()) : Result<qint64>(session.error());
    if (!id.ok()) {
        // No session: synthesized takes made for it are not kept either.
        if (!dialog->synthesizedFolder().isEmpty()) QDir(dialog->synthesizedFolder()).removeRecursively();
        return showError(mars5::ui::errorText(id));
    }
    showError(QString());
    if (!dialog->synthesisReport().isEmpty()) statusBar()->showMessage(dialog->synthesisReport());
    reloadSessions();
    startSession(id.value());
}

void RatingWindow::importSessions() {
    const QString path = QFileDialog::getOpenFileName(this, tr("Import rating sessions"), QString(),
                                                      tr("Rating exports (*.csv *.json);;All files (*)"));
    if (path.isEmpty()) return;
    auto summary = m_store->importFile(path);
    if (!summary.ok()) return showError(mars5::ui::errorText(summary));
    showError(QString());
    statusBar()->showMessage(tr("Imported %1: %2").arg(QFileInfo(path).fileName(), summary.value().describe()));
    reloadSessions();
}

void RatingWindow::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export judgements as CSV"), QStringLiteral("ratings.csv"),
                                                      tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    auto result = m_store->exportCsv(path);
    if (!result.ok()) return showError(mars5::ui::errorText(result));
    statusBar()->showMessage(tr("Exported every judgement to %1").arg(path));
}

void RatingWindow::exportJson() {
    const qint64 id = selectedSessionId();
    if (!id) return showError(tr("Select a session to export."));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the session as JSON"), QStringLiteral("session.json"),
                                                      tr("JSON (*.json)"));
    if (path.isEmpty()) return;
    auto result = m_store->exportJson(path, id);
    if (!result.ok()) return showError(mars5::ui::errorText(result));
    statusBar()->showMessage(tr("Exported the session, its randomisation and its judgements to %1").arg(path));
}

void RatingWindow::deleteSession() {
    const qint64 id = selectedSessionId();
    const SessionInfo* s = m_model->sessionAt(m_model->rowOf(id));
    if (!s) return;
    if (QMessageBox::question(this, tr("Delete session"),
                              tr("Delete “%1” by %2 with its %3 judgement(s)? Export it first to keep a copy.")
                                  .arg(s->name, s->rater).arg(s->judgedCount)) != QMessageBox::Yes)
        return;
    // What the studio made for it (synthesized takes, a dataset's codec ceilings) lives in
    // <takes root>/<uuid>/; other sessions have no such folder. Only a real uuid names a folder
    // to remove: an imported session's "uuid" could be any text, "..", say.
    const bool madeFiles = s->sourceKind == QStringLiteral("synthesized") || s->sourceKind == QStringLiteral("dataset");
    const bool realUuid = !QUuid::fromString(s->uuid).isNull();
    const QString takes = madeFiles && realUuid ? QDir(takesRoot()).filePath(s->uuid) : QString();
    if (m_ratingView->sessionId() == id) m_ratingView->closeSession();
    auto result = m_store->deleteSession(id);
    if (!result.ok()) return showError(mars5::ui::errorText(result));
    if (!takes.isEmpty() && QFileInfo(takes).isDir()) QDir(takes).removeRecursively();
    reloadSessions();
    updateBlinding();
}

void RatingWindow::closeEvent(QCloseEvent* event) {
    m_ratingView->player()->stop();
    QMainWindow::closeEvent(event);
}

}  // namespace mars5::ui::rating
