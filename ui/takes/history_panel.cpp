#include "takes/history_panel.h"

#include "audio/playback_engine.h"
#include "studio/export_dialog.h"
#include "studio/take_export.h"
#include "takes/batch_export.h"
#include "takes/compare_view.h"
#include "takes/star_delegate.h"
#include "takes/take_drag_files.h"
#include "takes/take_file_name.h"
#include "takes/take_history_model.h"
#include "takes/take_internals_view.h"
#include "takes/take_list_csv.h"
#include "takes/take_table_view.h"
#include "takes/variations_view.h"
#include "util/display_path.h"
#include "util/notice_text.h"
#include "util/time_format.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QTabWidget>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace mars5::ui::takes {

HistoryPanel::HistoryPanel(TakeStore* store, QWidget* parent)
    : QWidget(parent), m_store(store), m_model(new TakeHistoryModel(store, this)), m_proxy(new TakeFilterProxy(this)),
      m_playback(new PlaybackEngine(this)) {
    m_proxy->setSourceModel(m_model);

    m_search = new QLineEdit(this);
    m_search->setPlaceholderText(tr("Search takes…"));  // short enough for the dock's usual width
    m_search->setToolTip(tr("Shows the takes whose name, note or text holds every word typed here (any case)"));
    m_search->setClearButtonEnabled(true);
    m_preset = new QComboBox(this);
    m_preset->setToolTip(tr("Show the takes made with one preset"));
    // As wide as "Every preset", not as the longest preset name: the search field needs the room
    // more (its hint was cut off at the dock's usual width). The list still opens wide enough.
    m_preset->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_preset->setMinimumContentsLength(12);
    // Two toggles of one character each: with checkboxes saying "★ only" and "✎ only", the
    // search field was cut to "Search t…" at the dock's usual width.
    const auto filterToggle = [this](const QString& symbol, const QString& tip) {
        auto* toggle = new QToolButton(this);
        toggle->setText(symbol);
        toggle->setCheckable(true);
        toggle->setToolTip(tip);
        toggle->setAccessibleName(tip);
        return toggle;
    };
    m_starred = filterToggle(QStringLiteral("★"), tr("Show starred takes only"));
    m_noted = filterToggle(QStringLiteral("✎"), tr("Show only the takes with a note"));
    connect(m_search, &QLineEdit::textChanged, m_proxy, &TakeFilterProxy::setSearchText);
    connect(m_preset, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_proxy->setPresetFilter(i <= 0 ? QString() : m_preset->itemText(i)); });
    connect(m_starred, &QToolButton::toggled, m_proxy, &TakeFilterProxy::setStarredOnly);
    connect(m_noted, &QToolButton::toggled, m_proxy, &TakeFilterProxy::setNotedOnly);

    m_view = new TakeTableView(this);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(TakeHistoryModel::Created, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::SelectedClicked);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    // Takes drag out as files (a folder, a DAW, a mail): the files Export would write. The view
    // starts a drag only from a row already selected (take_table_view.h).
    m_model->setDragData([this](const QList<qint64>& ids) { return takeFiles(ids); });
    m_view->setDragDropMode(QAbstractItemView::DragOnly);
    QHeaderView* header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // The name column shows the text until a take is named; the text column is there for
    // sorting and can be shown from the header's menu, so it starts hidden.
    header->setSectionResizeMode(TakeHistoryModel::Name, QHeaderView::Stretch);
    m_view->setItemDelegateForColumn(TakeHistoryModel::Star, new StarDelegate(m_view));
    header->resizeSection(TakeHistoryModel::Star, 28);
    header->resizeSection(TakeHistoryModel::Preset, 92);
    // wide enough for the largest seed (53 bits, 16 digits: random runs draw that many), so
    // a seed is never elided and can be read off the table
    header->resizeSection(TakeHistoryModel::Seed, m_view->fontMetrics().horizontalAdvance(QStringLiteral("9007199254740991")) + 16);
    header->resizeSection(TakeHistoryModel::Length, 58);
    header->resizeSection(TakeHistoryModel::Created, 64);
    m_view->setColumnHidden(TakeHistoryModel::Text, true);
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* showText = new QAction(tr("Show the text column"), header);
    showText->setCheckable(true);
    connect(showText, &QAction::toggled, this, [this](bool on) { m_view->setColumnHidden(TakeHistoryModel::Text, !on); });
    header->addAction(showText);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &HistoryPanel::onCurrentChanged);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &HistoryPanel::showRowMenu);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (index.column() != TakeHistoryModel::Name && index.column() != TakeHistoryModel::Star) playSelected();
    });

    m_play = new QPushButton(tr("Play"), this);
    m_play->setToolTip(tr("Play the selected take (double-click a row)"));
    m_rerender = new QPushButton(tr("Render again"), this);
    m_rerender->setToolTip(tr("Queue the take again with its stored text, reference, settings and seed: the same "
                              "models on the same device give the identical take"));
    m_use = new QPushButton(tr("Use"), this);
    m_use->setToolTip(tr("Bring the take's voice, text and settings (with its seed) back into the studio, to go on from it "
                         "(Ctrl+U); or only one of them. Ctrl+Z right after takes it all back"));
    m_use->setMenu(makeUseMenu(m_use));
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setToolTip(tr("Delete the selected takes (Del); Undo brings them back"));
    m_undo = new QPushButton(tr("Undo"), this);
    m_undo->setEnabled(false);
    m_export = new QPushButton(tr("Export…"), this);
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setTextVisible(true);
    m_exportProgress->hide();
    m_stopExport = new QPushButton(tr("Stop"), this);
    m_stopExport->setToolTip(tr("Stop after the take being written; the takes written so far are kept"));
    m_stopExport->hide();
    connect(m_stopExport, &QPushButton::clicked, this, &HistoryPanel::stopExport);
    m_export->setToolTip(tr("Export the selected takes: a WAV or FLAC file and a provenance .json each"));
    m_compareButton = new QPushButton(tr("Compare"), this);
    m_compareButton->setToolTip(tr("Compare the two selected takes: waveforms, spectrograms, A/B and the settings that differ"));
    connect(m_compareButton, &QPushButton::clicked, this, &HistoryPanel::compareSelected);
    connect(m_play, &QPushButton::clicked, this, &HistoryPanel::playSelected);
    connect(m_rerender, &QPushButton::clicked, this, [this] {
        const QList<qint64> ids = selectedIds();
        for (qint64 id : ids) emit rerenderRequested(id);
    });
    connect(m_delete, &QPushButton::clicked, this, &HistoryPanel::deleteSelected);
    connect(m_undo, &QPushButton::clicked, this, &HistoryPanel::undo);
    connect(m_export, &QPushButton::clicked, this, &HistoryPanel::exportSelectedWithDialog);
    connect(m_model->undoStack(), &QUndoStack::canUndoChanged, m_undo, &QPushButton::setEnabled);
    // The button, not the panel, as the receiver: the stack clears itself (and says so) as the
    // model is destroyed, after the panel's own destructor has run (UBSan saw the panel used then).
    connect(m_model->undoStack(), &QUndoStack::undoTextChanged, m_undo, [button = m_undo](const QString& text) {
        button->setToolTip(text.isEmpty() ? QString() : tr("Undo: %1 (Ctrl+Z)").arg(text));
    });
    connect(m_model, &TakeHistoryModel::errorOccurred, this, [this](const QString& m) { showStatus(m, true); });
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPanel::refreshPresetFilter);

    auto* deleteAction = new QAction(this);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteAction, &QAction::triggered, this, &HistoryPanel::deleteSelected);
    m_view->addAction(deleteAction);
    // Ctrl+Z in the list brings deleted takes back; a shortcut of its own would share the key
    // with the window's Undo, and Qt runs neither of two shortcuts that match (eventFilter).
    m_view->installEventFilter(this);

    m_note = new QLineEdit(this);
    m_note->setToolTip(tr("A note on the selected take (what you hear, why you keep it): kept with the take, "
                          "found by the search, shown in the list's tooltip and written into its exports"));
    m_note->setClearButtonEnabled(true);
    connect(m_note, &QLineEdit::editingFinished, this, &HistoryPanel::commitNote);
    m_note->installEventFilter(this);  // Escape puts the kept note back (eventFilter)

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_startAgain = new QPushButton(tr("Start a new history"), this);
    m_startAgain->setToolTip(tr("Keep the damaged file aside, renamed, and start a new takes history "
                                "with every take that can still be read from it"));
    m_startAgain->hide();
    connect(m_startAgain, &QPushButton::clicked, this, &HistoryPanel::startNewHistory);
    m_restore = new QPushButton(this);
    m_restore->setToolTip(tr("Add these takes to the history again, from the record each take's folder keeps"));
    m_restore->hide();
    connect(m_restore, &QPushButton::clicked, this, &HistoryPanel::restoreStrayTakes);
    m_notNow = new QPushButton(tr("Not now"), this);
    m_notNow->setToolTip(tr("Stop offering these takes (more found later are offered again); "
                            "File ▸ Restore Takes from Their Folders brings them back at any time"));
    m_notNow->hide();
    connect(m_notNow, &QPushButton::clicked, this, &HistoryPanel::declineStrayTakes);

    m_variationCount = new QSpinBox(this);
    m_variationCount->setRange(2, 12);
    m_variationCount->setValue(4);
    m_variationCount->setToolTip(tr("How many takes the button beside makes"));
    m_variationsButton = new QPushButton(this);
    m_variationsButton->setToolTip(tr("Synthesize the current text N times with different seeds and lay the takes out side by side"));
    // The button says how many it makes ("Make 4 takes"), next to the box that sets it.
    const auto nameButton = [this](int n) { m_variationsButton->setText(tr("Make %n take(s)", nullptr, n)); };
    nameButton(m_variationCount->value());
    connect(m_variationCount, &QSpinBox::valueChanged, this, nameButton);
    connect(m_variationsButton, &QPushButton::clicked, this, [this] { emit variationsRequested(m_variationCount->value()); });

    auto* filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_preset);
    filterRow->addWidget(m_starred);
    filterRow->addWidget(m_noted);
    filterRow->addSpacing(12);
    filterRow->addWidget(m_variationCount);
    filterRow->addWidget(m_variationsButton);
    auto* buttonRow = new QHBoxLayout;
    for (QPushButton* b : {m_play, m_compareButton, m_use, m_rerender, m_delete, m_undo, m_export}) buttonRow->addWidget(b);
    buttonRow->addStretch(1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(filterRow);
    leftLayout->addWidget(m_view, 1);
    leftLayout->addWidget(m_note);
    leftLayout->addLayout(buttonRow);
    auto* exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportProgress, 1);
    exportRow->addWidget(m_stopExport);
    leftLayout->addLayout(exportRow);
    leftLayout->addWidget(m_status);
    leftLayout->addWidget(m_startAgain, 0, Qt::AlignLeft);
    auto* restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restore);
    restoreRow->addWidget(m_notNow);
    restoreRow->addStretch(1);
    leftLayout->addLayout(restoreRow);

    m_internals = new TakeInternalsView(this);
    m_tabs = new QTabWidget(this);
    // Each view scrolls inside its tab when the dock is shorter than the view's minimum: the
    // dock then fits below the studio in a 1280x720 window instead of stretching it off screen.
    const auto addScrollingTab = [this](QWidget* view, const QString& title) {
        auto* area = new QScrollArea(m_tabs);
        area->setWidget(view);
        area->setWidgetResizable(true);
        area->setFrameShape(QFrame::NoFrame);
        m_tabs->addTab(area, title);
    };
    addScrollingTab(m_internals, tr("Inside the take"));
    m_compare = new CompareView(this);
    addScrollingTab(m_compare, tr("Compare"));
    m_variations = new VariationsView(this);
    addScrollingTab(m_variations, tr("Variations"));
    connect(m_variations, &VariationsView::takeChosen, this, &HistoryPanel::selectTake);
    connect(m_variations, &VariationsView::starToggled, this, [this](qint64 id, bool on) {
        const int row = m_model->rowOf(id);
        if (row >= 0) m_model->setData(m_model->index(row, TakeHistoryModel::Star), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex& from, const QModelIndex& to) {
        for (int row = from.row(); row <= to.row(); ++row)
            if (const TakeRecord* t = m_model->takeAt(row)) {
                m_variations->setStarred(t->id, t->starred);
                m_internals->takeEdited(*t);
            }
    });

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(left);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({470, 800});
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    if (m_store && m_store->isOpen()) {
        const QString error = m_model->reload();
        if (!error.isEmpty()) showStatus(error, true);
        else offerStrayTakes();
    }
    refreshPresetFilter();
    onCurrentChanged();
}

HistoryPanel::~HistoryPanel() { m_playback->stop(); }

void HistoryPanel::setEngine(std::shared_ptr<mars5::Mars5Engine> engine) { m_internals->setEngine(std::move(engine)); }

void HistoryPanel::setStoreProblem(const QString& message) {
    showStatus(tr("Takes are not kept this session: %1").arg(message), true);
    m_startAgain->setVisible(m_store && !m_store->isOpen() && m_store->canStartAgain());
}

namespace {
// Runs `work` with the wait cursor up: the store's sub-second jobs that run on this thread.
template <typename Work>
auto withWaitCursor(Work work) {
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto result = work();
    QApplication::restoreOverrideCursor();
    return result;
}
}  // namespace

bool HistoryPanel::needsAttention() const { return (m_store && !m_store->isOpen()) || !m_restore->isHidden(); }

bool HistoryPanel::reloadHistory() {
    if (const QString error = m_model->reload(); !error.isEmpty()) {
        showStatus(error, true);
        return false;
    }
    refreshPresetFilter();
    return true;
}

void HistoryPanel::startNewHistory() {
    if (!m_store) return;
    // Under a second for 5,000 takes, here: short enough to wait for, long enough to show it.
    auto restart = withWaitCursor([this] { return m_store->startAgain(); });
    if (!restart.ok()) {
        showStatus(tr("A new takes history could not be started: %1").arg(QString::fromStdString(restart.message())), true);
        return;
    }
    m_startAgain->hide();
    if (!reloadHistory()) return;
    const TakeStore::Restart& r = restart.value();
    const QString keptAs = displayPath(r.keptAs);
    // What the list shows: takes deleted before the damage come back deleted, as they were.
    const int shown = m_model->rowCount();
    QString text = r.complete ? tr("A new takes history holds the %n take(s) the damaged file still had.", nullptr, shown)
                              : tr("A new takes history holds %n take(s). Some of the damaged file could not be read.", nullptr, shown);
    if (r.restoredFromFolders > 0)
        text += QLatin1Char(' ') + tr("%n take(s) came back from the records in their folders.", nullptr, r.restoredFromFolders);
    if (!r.unrestored.isEmpty())
        text += QLatin1Char(' ') + tr("%n take folder(s) in %1 have no record that reads and were left as they are: %2", nullptr,
                                      static_cast<int>(r.unrestored.size()))
                                       .arg(displayPath(QDir(m_store->folder()).filePath(QStringLiteral("takes"))),
                                            r.unrestored.first());
    text += QLatin1Char(' ') + tr("The damaged file is kept as %1.").arg(keptAs);
    showStatus(text, !r.unrestored.isEmpty());
}

namespace {
const char* const kDeclinedStraysKey = "takes/declinedStrayTakes";

// One word for a set of stray takes: "Not now" holds for this set, not for the next one.
QString digestOf(QStringList uuids) {
    uuids.sort();
    return QString::fromLatin1(QCryptographicHash::hash(uuids.join(QLatin1Char(',')).toUtf8(), QCryptographicHash::Sha256).toHex());
}
}  // namespace

void HistoryPanel::offerStrayTakes() {
    m_restore->hide();
    m_notNow->hide();
    auto stray = m_store->strayTakes();
    // A history that reads but cannot be searched for strays still works; nothing to offer.
    if (!stray.ok()) return;
    TakeStore::StrayTakes found = stray.value();
    // Takes made as the studio stopped, before their rows came (TakeStore::prepare): the user
    // made them a moment ago, so they join the history without asking. A lost history's takes
    // are offered below.
    QString added;
    if (!found.unnumbered.isEmpty()) {
        auto restored = m_store->restoreStrayTakes(found.unnumbered);
        if (restored.ok() && restored.value().restored > 0 && reloadHistory()) {
            added = tr("%n take(s) made as the studio stopped were added to the history.", nullptr, restored.value().restored);
            for (const QString& uuid : found.unnumbered) found.restorable.removeAll(uuid);
        }
    }
    if (found.restorable.isEmpty()) {
        if (!added.isEmpty()) showStatus(added);
        return;
    }
    m_offeredDigest = digestOf(found.restorable);
    if (QSettings().value(QLatin1String(kDeclinedStraysKey)).toString() == m_offeredDigest) {
        if (!added.isEmpty()) showStatus(added);
        return;
    }
    const int count = static_cast<int>(found.restorable.size());
    showStatus(tr("%n take(s) in %1 are not in this history (its file was replaced or damaged after they were made). "
                  "Their folders still hold them.",
                  nullptr, count)
                   .arg(displayPath(QDir(m_store->folder()).filePath(QStringLiteral("takes")))),
               true);
    m_restore->setText(tr("Restore %n take(s)", nullptr, count));
    m_restore->show();
    m_notNow->show();
}

void HistoryPanel::declineStrayTakes() {
    QSettings().setValue(QLatin1String(kDeclinedStraysKey), m_offeredDigest);
    m_restore->hide();
    m_notNow->hide();
    showStatus(tr("Those takes stay in their folders; File ▸ Restore Takes from Their Folders brings them back."));
}

void HistoryPanel::restoreStrayTakes() {
    if (!m_store) return;
    if (!m_store->isOpen()) {
        showStatus(tr("Takes can only be restored into a history that is open: start a new history first."), true);
        return;
    }
    auto restored = withWaitCursor([this] { return m_store->restoreStrayTakes(); });  // 0.8 s for 5,000 takes, here
    if (!restored.ok()) {
        showStatus(tr("The takes could not be restored: %1").arg(QString::fromStdString(restored.message())), true);
        return;
    }
    m_restore->hide();
    m_notNow->hide();
    if (!reloadHistory()) return;
    const TakeStore::Restored& r = restored.value();
    QString text = r.restored == 0 && r.problems.isEmpty() ? tr("Every take in %1 is in the history.")
                                                                 .arg(displayPath(QDir(m_store->folder()).filePath(QStringLiteral("takes"))))
                                                           : tr("%n take(s) restored from their folders.", nullptr, r.restored);
    if (!r.problems.isEmpty())
        text += QLatin1Char(' ') + tr("%n folder(s) could not be restored and were left as they are: %1", nullptr,
                                      static_cast<int>(r.problems.size()))
                                       .arg(r.problems.first());
    showStatus(text, !r.problems.isEmpty());
}

void HistoryPanel::showStatus(const QString& text, bool problem) {
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: #a31515; }") : QString());
    m_status->setText(text);
}

QString HistoryPanel::statusText() const { return m_status->text(); }

void HistoryPanel::addTake(const TakeRecord& take) {
    m_model->prepend(take);
    refreshPresetFilter();
    if (!take.variationGroup.isEmpty() && take.variationGroup == m_variations->group()) {
        auto audio = m_store->readAudio(take);
        if (audio.ok()) m_variations->addTake(take, audio.value());
        selectTake(take.id);
        showDetail(m_variations);
        return;
    }
    selectTake(take.id);
}

void HistoryPanel::startVariations(const QString& group, int count) {
    m_variations->startGroup(group, count);
    showDetail(m_variations);
}

void HistoryPanel::refreshPresetFilter() {
    const QString current = m_preset->currentIndex() > 0 ? m_preset->currentText() : QString();
    const QSignalBlocker block(m_preset);
    m_preset->clear();
    m_preset->addItem(tr("Every preset"));
    m_preset->addItems(m_model->presetNames());
    const int index = current.isEmpty() ? 0 : m_preset->findText(current);
    m_preset->setCurrentIndex(std::max(index, 0));
    m_proxy->setPresetFilter(index > 0 ? current : QString());
}

QList<qint64> HistoryPanel::selectedIds() const {
    QList<qint64> ids;
    for (const QModelIndex& index : m_view->selectionModel()->selectedRows())
        ids << index.data(TakeHistoryModel::TakeIdRole).toLongLong();
    return ids;
}

void HistoryPanel::selectTake(qint64 id) {
    const int row = m_model->rowOf(id);
    if (row < 0) return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, TakeHistoryModel::Name));
    if (!index.isValid()) return;
    m_view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
    m_view->scrollTo(index);
}

bool HistoryPanel::eventFilter(QObject* watched, QEvent* event) {
    // Ctrl+Z in the list is the list's while it has deleted takes to bring back; otherwise the
    // key goes on to the window (the studio's last change).
    if (watched == m_view && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Undo) && m_model->undoStack()->canUndo()) {
            event->accept();
            if (event->type() == QEvent::KeyPress) undo();
            return true;
        }
        // Ctrl+C copies the takes as files (the view's own Ctrl+C would copy a cell's text).
        if (key->matches(QKeySequence::Copy) && !selectedIds().isEmpty()) {
            event->accept();
            if (event->type() == QEvent::KeyPress) copySelectedFiles();
            return true;
        }
    }
    // Escape in an edited note puts the kept note back. The window's Escape is Stop: the note
    // claims the key (ShortcutOverride) only while it holds an edit, so Escape in an untouched
    // note still stops a synthesis.
    if (watched == m_note && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Escape && key->modifiers() == Qt::NoModifier && m_note->isModified()) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                const TakeRecord* take = m_model->takeById(m_noteTakeId);
                m_note->setText(take ? take->note : QString());  // setText clears isModified()
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void HistoryPanel::commitNote() {
    if (m_noteTakeId && m_note->isModified()) {
        m_note->setModified(false);
        const int row = m_model->rowOf(m_noteTakeId);
        if (row >= 0 && m_model->setData(m_model->index(row, TakeHistoryModel::Name), m_note->text(), TakeHistoryModel::NoteRole))
            showStatus(m_note->text().trimmed().isEmpty() ? tr("Note removed.") : tr("Note kept."));
    }
    showNoteOfSelection();  // the selection may have moved on while the note was typed
}

void HistoryPanel::showNoteOfSelection() {
    const QList<qint64> ids = selectedIds();
    const TakeRecord* take = ids.size() == 1 ? m_model->takeById(ids.front()) : nullptr;
    if (take && take->id == m_noteTakeId && m_note->isModified()) return;  // still being written
    m_noteTakeId = take ? take->id : 0;
    m_note->setEnabled(take != nullptr);
    m_note->setText(take ? take->note : QString());
    m_note->setPlaceholderText(take ? tr("Note on this take…") : tr("Select one take to write a note on it"));
}

void HistoryPanel::onCurrentChanged() {
    // A note being typed when the selection moves without the user (a take just made is
    // selected) stays with the take it was typed for until Enter or leaving the field writes
    // it; the field then shows the selection's note. A selection the user moves has taken the
    // keyboard from the field already, which wrote the note.
    if (!(m_note->hasFocus() && m_note->isModified())) commitNote();
    const QList<qint64> ids = selectedIds();
    const bool any = !ids.isEmpty();
    for (QPushButton* b : {m_play, m_rerender, m_delete}) b->setEnabled(any);
    m_export->setEnabled(any && !m_batch);  // one export at a time
    m_play->setEnabled(ids.size() == 1);
    m_use->setEnabled(ids.size() == 1);
    m_compareButton->setEnabled(ids.size() == 2);
    const TakeRecord* take = ids.size() == 1 ? m_model->takeById(ids.front()) : nullptr;
    if (!take) {
        emit selectionChanged(0);
        return;
    }
    auto internals = m_store->readInternals(*take);
    if (internals.ok()) {
        m_internals->setTake(*take, std::move(internals).value());
        showStatus(tr("%1 — seed %2, %3 AR tokens, made in %4 s")
                       .arg(take->displayName())
                       .arg(take->seed)
                       .arg(take->arTokens)
                       .arg(QLocale().toString(take->timings.totalSeconds, 'f', 1)));
    } else {
        m_internals->clear();
        showStatus(tr("The codes of this take cannot be read: %1").arg(errorText(internals)), true);
    }
    emit selectionChanged(take->id);
}

void HistoryPanel::deleteSelected() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) return;
    // Files dragged out live in the take's folder, which goes when the take goes for good: a
    // program that uses them where they are would lose them, so the user says so first.
    int dragged = 0;
    for (qint64 id : ids)
        if (const TakeRecord* take = m_model->takeById(id); take && hasDraggedFiles(m_store->files(), *take)) ++dragged;
    if (dragged > 0) {
        const QString question =
            tr("%n of these takes were dragged or copied out as files.", nullptr, dragged) + QLatin1Char(' ') +
            tr("A program that uses such a file where it is (a DAW that does not copy media into its project) loses it "
               "when the take goes for good, at the next start; until then Undo brings the take back. Delete %n take(s)?",
               nullptr, static_cast<int>(ids.size()));
        if (QMessageBox::question(this, tr("Delete takes"), question, QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) !=
            QMessageBox::Yes)
            return;
    }
    const QString error = m_model->removeTakes(ids);
    if (error.isEmpty()) showStatus(tr("Deleted %n take(s). Undo brings them back.", nullptr, static_cast<int>(ids.size())));
}

bool HistoryPanel::editNoteOfSelected() {
    if (!m_noteTakeId || !m_note->isEnabled()) return false;
    m_note->setFocus(Qt::ShortcutFocusReason);
    m_note->selectAll();
    return true;
}

bool HistoryPanel::toggleStarSelected() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) return false;
    bool allStarred = true;
    for (const qint64 id : ids)
        if (const TakeRecord* t = m_model->takeById(id); t && !t->starred) allStarred = false;
    const bool on = !allStarred;
    for (const qint64 id : ids) {
        const int row = m_model->rowOf(id);
        // through the model: it writes the store, and its dataChanged updates Variations
        if (row >= 0 && !m_model->setData(m_model->index(row, TakeHistoryModel::Star), on ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole))
            return false;  // the model has said why (errorOccurred)
    }
    showStatus(on ? tr("Starred %n take(s).", nullptr, static_cast<int>(ids.size()))
                  : tr("Took the star off %n take(s).", nullptr, static_cast<int>(ids.size())));
    return true;
}

void HistoryPanel::undo() {
    if (!m_model->undoStack()->canUndo()) return;
    m_model->undoStack()->undo();
    showStatus(tr("Undone."));
}

QMenu* HistoryPanel::makeUseMenu(QWidget* parent) {
    auto* menu = new QMenu(parent);
    const auto item = [this, menu](const QString& text, TakeParts parts, const QString& tip) {
        QAction* a = menu->addAction(text, this, [this, parts] { useSelected(parts); });
        a->setToolTip(tip);
        return a;
    };
    // The window's Ctrl+U does this one: shown in the menu's shortcut column (a shortcut of
    // the menu's own would be a second Ctrl+U, and two make neither work).
    item(tr("Voice, text and settings") + QStringLiteral("\t") + QKeySequence(Qt::CTRL | Qt::Key_U).toString(QKeySequence::NativeText), kWholeTake,
         tr("Everything the take was made from, its seed fixed: Synthesize makes it again, and a change is heard against it"));
    menu->addSeparator();
    item(tr("Voice only (the clip and its transcript)"), TakePart::Voice, tr("Speak another text in the take's voice"));
    item(tr("Text only"), TakePart::Text, tr("Say the take's text in another voice"));
    item(tr("Settings only (with its seed)"), TakePart::Settings, tr("The take's settings and seed, for another voice or text"));
    menu->setToolTipsVisible(true);
    return menu;
}

void HistoryPanel::showRowMenu(const QPoint& at) {
    if (!m_view->indexAt(at).isValid()) return;
    QMenu menu(this);
    menu.addAction(tr("Play"), this, &HistoryPanel::playSelected)->setEnabled(m_play->isEnabled());
    QMenu* use = makeUseMenu(&menu);
    use->setTitle(tr("Use in the studio"));
    menu.addMenu(use)->setEnabled(m_use->isEnabled());
    menu.addAction(tr("Render again"), m_rerender, &QPushButton::click)->setEnabled(m_rerender->isEnabled());
    menu.addAction(tr("Compare"), this, &HistoryPanel::compareSelected)->setEnabled(m_compareButton->isEnabled());
    menu.addAction(tr("Export…"), this, &HistoryPanel::exportSelectedWithDialog)->setEnabled(m_export->isEnabled());
    // Says what the files will be, since it is not asked: the last export's choices.
    QAction* copy = menu.addAction(tr("Copy as Files (%1)").arg(optionsSummary(ExportOptions::remembered())), this,
                                   &HistoryPanel::copySelectedFiles);
    copy->setShortcut(QKeySequence::Copy);  // shown in the menu; the list's event filter handles the key
    copy->setEnabled(m_export->isEnabled());
    menu.addSeparator();
    menu.addAction(tr("Delete"), this, &HistoryPanel::deleteSelected)->setEnabled(m_delete->isEnabled());
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

bool HistoryPanel::useSelected(TakeParts parts) {
    const QList<qint64> ids = selectedIds();
    if (ids.size() != 1) {
        showStatus(tr("Select one take to use it in the studio."), true);
        return false;
    }
    emit useRequested(ids.front(), parts);
    return true;
}

void HistoryPanel::playSelected() {
    const QList<qint64> ids = selectedIds();
    const TakeRecord* take = ids.size() == 1 ? m_model->takeById(ids.front()) : nullptr;
    if (!take) return;
    if (m_playback->isPlaying()) {
        m_playback->stop();
        return;
    }
    auto audio = m_store->readAudio(*take);
    if (!audio.ok()) {
        showStatus(tr("The take's audio cannot be read: %1").arg(errorText(audio)), true);
        return;
    }
    m_playback->load(audio.value());
    if (!m_playback->play(0.0)) showStatus(m_playback->lastError(), true);
}

namespace {
QString exportPathOf(const TakeRecord& take, const QString& folder, const ExportOptions& options) {
    return QDir(folder).filePath(exportFileName(take, options));
}
}  // namespace

QStringList HistoryPanel::exportPaths(const QString& folder, const ExportOptions& options) const {
    QStringList paths;
    for (qint64 id : selectedIds())
        if (const TakeRecord* take = m_model->takeById(id)) paths << exportPathOf(*take, folder, options);
    return paths;
}

QString HistoryPanel::exportSelected(const QString& folder, const ExportOptions& options) {
    if (m_batch) {
        const QString busy = tr("An export is still running: wait for it, or stop it, first.");
        showStatus(busy, true);
        return busy;
    }
    QList<BatchExportItem> items;
    for (qint64 id : selectedIds())
        if (const TakeRecord* take = m_model->takeById(id)) items << BatchExportItem{*take, exportPathOf(*take, folder, options)};
    if (items.isEmpty()) return tr("No take is selected.");
    m_batchFolder = folder;
    m_batchOptions = options;
    m_batch = new BatchExport(m_store->files(), std::move(items), options, this);
    connect(m_batch, &BatchExport::progressed, this, &HistoryPanel::exportProgressed);
    connect(m_batch, &BatchExport::finished, this, &HistoryPanel::exportEnded);
    m_export->setEnabled(false);
    m_stopExport->setEnabled(true);
    exportProgressed(0, m_batch->total());
    emit exportStarted(m_batch);
    m_batch->start();
    return {};
}

void HistoryPanel::stopExport() {
    if (!m_batch) return;
    m_batch->stop();
    m_stopExport->setEnabled(false);  // until the take being written is done
}

std::pair<int, int> HistoryPanel::exportProgress() const {
    return m_batch ? std::make_pair(m_batch->done(), m_batch->total()) : std::make_pair(0, 0);
}

void HistoryPanel::exportProgressed(int done, int total) {
    // A bar only for an export long enough to watch: one or two takes are written before the
    // eye sees it.
    m_exportProgress->setRange(0, total);
    m_exportProgress->setValue(done);
    m_exportProgress->setFormat(tr("%1 of %n take(s) exported", nullptr, total).arg(done));
    const bool show = total > 2;
    m_exportProgress->setVisible(show);
    m_stopExport->setVisible(show);
    if (show) showStatus(tr("Exporting %n take(s) to %1…", nullptr, total).arg(displayPath(m_batchFolder)));
}

void HistoryPanel::exportEnded(const BatchExportSummary& summary) {
    m_batch->deleteLater();
    m_batch = nullptr;
    m_exportProgress->hide();
    m_stopExport->hide();
    m_export->setEnabled(!selectedIds().isEmpty());
    const QString where = QDir::toNativeSeparators(m_batchFolder);
    QString text = summary.stopped ? tr("Export stopped: %1 of %n take(s) written to %2, each complete with its .json; the rest were not "
                                        "written.",
                                        nullptr, summary.total)
                                         .arg(summary.written)
                                         .arg(where)
                                   : tr("Exported %n take(s) to %1.", nullptr, summary.written).arg(where);
    // Say how many lost their peaks (each sidecar says how many samples).
    if (summary.clipped > 0)
        text += QLatin1Char(' ') + tr("%n of them clip in %1 (clipped_samples in their .json).", nullptr, summary.clipped)
                                       .arg(formatLabel(m_batchOptions.format));
    QStringList problems = summary.problems;
    if (!problems.isEmpty()) text += QLatin1Char('\n') + problems.join(QLatin1Char('\n'));
    showStatus(text, !problems.isEmpty() || summary.stopped);
    if (summary.stopped) problems.prepend(text.section(QLatin1Char('\n'), 0, 0));
    emit exportFinished(problems.join(QLatin1Char('\n')));
}

bool HistoryPanel::compareSelected() {
    QList<qint64> ids = selectedIds();
    if (ids.size() != 2) return false;
    std::sort(ids.begin(), ids.end());
    const TakeRecord* a = m_model->takeById(ids[0]);
    const TakeRecord* b = m_model->takeById(ids[1]);
    if (!a || !b) return false;
    auto audioA = m_store->readAudio(*a);
    auto audioB = m_store->readAudio(*b);
    if (!audioA.ok() || !audioB.ok()) {
        showStatus(tr("A take's audio cannot be read: %1")
                       .arg(errorText(!audioA.ok() ? audioA.error() : audioB.error())),
                   true);
        return false;
    }
    m_playback->stop();
    m_compare->setTakes(*a, std::move(audioA).value(), *b, std::move(audioB).value());
    showDetail(m_compare);
    return true;
}

void HistoryPanel::exportSelectedWithDialog() {
    if (selectedIds().isEmpty()) return;
    const char* const folderKey = "export/lastTakesFolder";
    QString folder = QSettings().value(QLatin1String(folderKey)).toString();
    if (folder.isEmpty()) folder = QDir::homePath();
    QList<TakeRecord> takes;
    for (qint64 id : selectedIds())
        if (const TakeRecord* take = m_model->takeById(id)) takes << *take;
    // Read on the dialog's measuring thread for a large selection: copies only, no model.
    ExportDialog dialog(ExportDialog::Target::Folder, static_cast<int>(takes.size()),
                        [files = m_store->files(), takes](int i) { return files.audio(takes[static_cast<qsizetype>(i)]); }, folder, this);
    dialog.setFolderFiles([this](const QString& chosen, const ExportOptions& options) { return exportPaths(chosen, options); });
    if (dialog.exec() != QDialog::Accepted) return;
    QSettings().setValue(QLatin1String(folderKey), dialog.path());
    exportSelected(dialog.path(), dialog.options());
}

QMimeData* HistoryPanel::takeFiles(const QList<qint64>& ids) {
    QList<TakeRecord> takes;
    for (qint64 id : ids)
        if (const TakeRecord* take = m_model->takeById(id)) takes << *take;
    if (takes.isEmpty()) return nullptr;
    const ExportOptions options = ExportOptions::remembered();
    if (const FilesToMake toMake = filesToMake(m_store->files(), takes, options); tooMuchToMakeAtOnce(toMake)) {
        showStatus(tr("%n of these takes have no file yet (%1 of audio), and a drag or a copy makes at most %2 files, %3 "
                      "of audio, at a time: use Export… for them all (it writes them aside), or take fewer.",
                      nullptr, toMake.takes)
                       .arg(formatWait(toMake.seconds))
                       .arg(kMostFilesMadeAtOnce)
                       .arg(formatWait(kMostSecondsMadeAtOnce)),
                   true);
        return nullptr;
    }
    // A file not made before takes up to 30 ms a take: the cursor says the wait is ours.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const DraggedTakeFiles made = filesForDrag(m_store->files(), takes, options);
    QApplication::restoreOverrideCursor();
    if (!made.problems.isEmpty())
        showStatus(tr("%n take(s) could not be made into files: %1", nullptr, static_cast<int>(made.problems.size()))
                       .arg(made.problems.join(QStringLiteral("; "))),
                   true);
    return made.paths.isEmpty() ? nullptr : takeFilesMimeData(made.paths);
}

bool HistoryPanel::copySelectedFiles() {
    const QList<qint64> ids = selectedIds();
    if (ids.isEmpty()) {
        showStatus(tr("Select the takes to copy."), true);
        return false;
    }
    return copyFiles(ids);
}

bool HistoryPanel::copyFiles(const QList<qint64>& ids) {
    QMimeData* data = takeFiles(ids);
    if (!data) return false;
    const int copied = static_cast<int>(data->urls().size());
    QGuiApplication::clipboard()->setMimeData(data);  // the clipboard owns it
    if (copied == ids.size())
        showStatus(tr("Copied %n take(s) as files (%1): paste them into a folder or another program.", nullptr, copied)
                       .arg(optionsSummary(ExportOptions::remembered())));
    return true;
}

QString HistoryPanel::exportTakeList(const QString& path) {
    QList<TakeRecord> shown;
    for (int row = 0; row < m_proxy->rowCount(); ++row)
        if (const TakeRecord* t = m_model->takeById(m_proxy->index(row, 0).data(TakeHistoryModel::TakeIdRole).toLongLong())) shown << *t;
    const auto written = writeTakeListCsv(path, shown, QDir(m_store->folder()).filePath(QStringLiteral("takes")));
    if (!written.ok()) {
        const QString why = QString::fromStdString(written.message());
        showStatus(why, true);
        return why;
    }
    showStatus(tr("The list of %n take(s) is in %1.", nullptr, static_cast<int>(shown.size())).arg(displayPath(path)));
    return {};
}

void HistoryPanel::exportTakeListWithDialog() {
    const char* const fileKey = "export/lastTakeList";
    QString suggested = QSettings().value(QLatin1String(fileKey)).toString();
    if (suggested.isEmpty()) suggested = QDir(QDir::homePath()).filePath(QStringLiteral("takes.csv"));
    QString path = QFileDialog::getSaveFileName(this, tr("Export the take list"), suggested, tr("CSV tables (*.csv)"));
    if (path.isEmpty()) return;
    if (QFileInfo(path).suffix().isEmpty()) path += QStringLiteral(".csv");
    if (exportTakeList(path).isEmpty()) QSettings().setValue(QLatin1String(fileKey), path);
}

void HistoryPanel::showDetail(QWidget* view) {
    for (int i = 0; i < m_tabs->count(); ++i)
        if (const auto* area = qobject_cast<QScrollArea*>(m_tabs->widget(i)); area && area->widget() == view) m_tabs->setCurrentIndex(i);
}

QWidget* HistoryPanel::currentDetail() const {
    const auto* area = qobject_cast<QScrollArea*>(m_tabs->currentWidget());
    return area ? area->widget() : nullptr;
}

}  // namespace mars5::ui::takes
