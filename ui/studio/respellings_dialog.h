// Edit ▸ Respellings…: the user's list of how to say the words MARS5 gets wrong
// (mars5/respellings.h), kept as respellings.json in the studio's data folder. A table of the
// written form, the respelling and whether case matters; OK checks every row and saves the list
// (a row that cannot be used is named and selected, and the dialog stays open), Cancel leaves the
// list as it was.
#pragma once

#include "mars5/respellings.h"

#include <QDateTime>
#include <QDialog>

#include <vector>

class QLabel;
class QPushButton;
class QTableWidget;

namespace mars5::ui {

// <AppDataLocation>/respellings.json
QString respellingsPath();

class RespellingsDialog : public QDialog {
    Q_OBJECT
public:
    // `list` as it is now; `path` where OK saves it; `newWord` (a word selected in a text) gets a
    // row of its own, ready for its respelling, unless it is listed already.
    RespellingsDialog(const std::vector<Respelling>& list, const QString& path, const QString& newWord = {},
                      QWidget* parent = nullptr);

    // The list as the table has it (blank rows left out).
    std::vector<Respelling> tableList() const;
    // The list as saved by the last accept (what the studio applies from then on).
    const std::vector<Respelling>& savedList() const { return m_saved; }
    QTableWidget* table() const { return m_table; }
    QString problemText() const;
    // The list file did not read: said under the table. OK then keeps that file beside the new
    // list (respellings.unread-<time>.json) before it saves, so no hand-kept list is lost.
    void showLoadProblem(const QString& why);
    // Where the last accept set the unread (or meanwhile changed) file aside (empty: none).
    QString keptAsidePath() const { return m_keptAside; }

    void accept() override;  // checks and saves; stays open on a problem

private:
    void addRow(const Respelling& respelling);
    void showProblem(const QString& text, int row);
    // The table rows that hold a respelling (blank rows are left out of the list).
    QList<int> filledRows() const;

    QString m_path;
    bool m_fileUnread = false;
    QString m_keptAside;
    // The file as the dialog opened with it: one changed meanwhile (by hand, or by another
    // studio) is set aside at OK like one that did not read, not overwritten.
    QDateTime m_fileTime;
    qint64 m_fileSize = -1;
    std::vector<Respelling> m_saved;
    QTableWidget* m_table = nullptr;
    QPushButton* m_remove = nullptr;
    QLabel* m_problem = nullptr;
};

}  // namespace mars5::ui
