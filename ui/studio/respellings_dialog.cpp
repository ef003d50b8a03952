#include "studio/respellings_dialog.h"

#include "util/notice_text.h"
#include "widgets/wrapping_label.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace mars5::ui {

namespace {
enum Column { kWritten, kSaid, kMatchCase, kColumns };
}  // namespace

QString respellingsPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/respellings.json");
}

RespellingsDialog::RespellingsDialog(const std::vector<Respelling>& list, const QString& path, const QString& newWord,
                                     QWidget* parent)
    : QDialog(parent), m_path(path), m_saved(list) {
    if (const QFileInfo file(path); file.exists()) {
        m_fileTime = file.lastModified();
        m_fileSize = file.size();
    }
    setWindowTitle(tr("Respellings"));
    auto* intro = new WrappingLabel(this);
    intro->setText(tr("MARS5 reads letters, not sounds: write a name or an abbreviation the way it is said "
                      "(\"Nguyen\" as \"win\", \"SQL\" as \"sequel\"). <b>Respell</b> above the text, or Edit ▸ "
                      "Respell words, then puts these in your texts, whole words only, as one step that Ctrl+Z "
                      "takes back. Tick <i>Match case</i> for a word that is another word in other letters (US, us)."));

    m_table = new QTableWidget(0, kColumns, this);
    m_table->setHorizontalHeaderLabels({tr("Written"), tr("Said as"), tr("Match case")});
    m_table->horizontalHeader()->setSectionResizeMode(kWritten, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kSaid, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(kMatchCase, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    for (const Respelling& r : list) addRow(r);

    auto* add = new QPushButton(tr("&Add"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, [this] {
        addRow({});
        m_table->setCurrentCell(m_table->rowCount() - 1, kWritten);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, kWritten));
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        QList<int> rows;
        for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) rows << index.row();
        std::sort(rows.begin(), rows.end(), std::greater<>());
        for (int row : rows) m_table->removeRow(row);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { m_remove->setEnabled(m_table->selectionModel()->hasSelection()); });

    m_problem = new QLabel(this);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color:#b00020"));
    m_problem->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &RespellingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RespellingsDialog::reject);

    auto* rowButtons = new QHBoxLayout;
    rowButtons->addWidget(add);
    rowButtons->addWidget(m_remove);
    rowButtons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(rowButtons);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 420);

    // A word selected in a text: a row of its own, ready for how it is said.
    const QString word = newWord.trimmed();
    // (A selection across lines holds U+2029 where the lines meet.)
    const bool oneLine = !word.contains(QLatin1Char('\n')) && !word.contains(QChar::ParagraphSeparator) &&
                         !word.contains(QChar::LineSeparator);
    if (!word.isEmpty() && oneLine) {
        int row = -1;
        for (int r = 0; r < m_table->rowCount(); ++r)
            if (m_table->item(r, kWritten)->text().compare(word, Qt::CaseInsensitive) == 0) row = r;
        if (row < 0) {
            addRow({word.toStdString(), {}, false});
            row = m_table->rowCount() - 1;
        }
        m_table->setCurrentCell(row, kSaid);
        // Typing goes straight into how it is said, once the dialog is up.
        QTimer::singleShot(0, this, [this, row] {
            if (row < m_table->rowCount()) m_table->editItem(m_table->item(row, kSaid));
        });
    }
}

void RespellingsDialog::addRow(const Respelling& respelling) {
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, kWritten, new QTableWidgetItem(QString::fromStdString(respelling.written)));
    m_table->setItem(row, kSaid, new QTableWidgetItem(QString::fromStdString(respelling.said)));
    auto* matchCase = new QTableWidgetItem;
    matchCase->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    matchCase->setCheckState(respelling.matchCase ? Qt::Checked : Qt::Unchecked);
    m_table->setItem(row, kMatchCase, matchCase);
}

QList<int> RespellingsDialog::filledRows() const {
    QList<int> rows;
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (!m_table->item(row, kWritten)->text().trimmed().isEmpty() || !m_table->item(row, kSaid)->text().trimmed().isEmpty())
            rows << row;  // a row added and left blank is no respelling
    return rows;
}

std::vector<Respelling> RespellingsDialog::tableList() const {
    std::vector<Respelling> list;
    for (int row : filledRows())
        list.push_back({m_table->item(row, kWritten)->text().trimmed().toStdString(),
                        m_table->item(row, kSaid)->text().trimmed().toStdString(),
                        m_table->item(row, kMatchCase)->checkState() == Qt::Checked});
    return list;
}

QString RespellingsDialog::problemText() const { return m_problem->isHidden() ? QString() : m_problem->text(); }

void RespellingsDialog::showLoadProblem(const QString& why) {
    m_fileUnread = true;
    showProblem(tr("%1\nOK keeps that file beside the list below, which it saves in its place.").arg(why), -1);
}

void RespellingsDialog::showProblem(const QString& text, int row) {
    m_problem->setText(text);
    m_problem->show();
    if (row >= 0) m_table->selectRow(row);
}

void RespellingsDialog::accept() {
    const std::vector<Respelling> list = tableList();
    const QList<int> rows = filledRows();
    auto rowOf = [&rows](std::size_t entry) { return rows.value(static_cast<qsizetype>(entry), -1); };
    for (std::size_t i = 0; i < list.size(); ++i)
        if (const auto problem = respellingProblem(list[i])) return showProblem(noticeText(*problem), rowOf(i));
    if (const auto repeated = repeatedRespelling(list))
        return showProblem(tr("%1 is in the list twice: keep one row.").arg(QString::fromStdString(list[*repeated].written)),
                           rowOf(*repeated));
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    m_keptAside.clear();
    const QFileInfo file(m_path);
    const bool changedMeanwhile = file.exists() && (file.lastModified() != m_fileTime || file.size() != m_fileSize);
    if ((m_fileUnread || changedMeanwhile) && file.exists()) {
        // The file that did not read (a newer studio's, or edited by hand), or that changed while
        // the dialog was open, is kept, not overwritten.
        const QString aside = file.dir().filePath(QStringLiteral("%1.unread-%2.%3")
                                                      .arg(file.completeBaseName(),
                                                           QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")),
                                                           file.suffix()));
        if (!QFile::rename(m_path, aside))
            return showProblem(tr("%1 could not be set aside, so the list was not saved.").arg(QDir::toNativeSeparators(m_path)), -1);
        m_keptAside = aside;
        m_fileUnread = false;
    }
    const auto remember = qScopeGuard([this] {  // the file as saved is the one the dialog knows now
        const QFileInfo saved(m_path);
        m_fileTime = saved.lastModified();
        m_fileSize = saved.exists() ? saved.size() : -1;
    });
    if (const Result<void> saved = writeRespellings(QFile::encodeName(m_path).toStdString(), list); !saved.ok()) {
        // Nothing saved: the file set aside goes back where it was.
        if (!m_keptAside.isEmpty() && !QFileInfo::exists(m_path) && QFile::rename(m_keptAside, m_path)) {
            m_keptAside.clear();
            m_fileUnread = true;
        }
        return showProblem(errorText(saved), -1);
    }
    m_saved = list;
    QDialog::accept();
}

}  // namespace mars5::ui
