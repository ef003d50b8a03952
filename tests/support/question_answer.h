// Answers the question box (QMessageBox) that the code under test opens next and waits on:
// from the event loop, once the box is the active modal widget, `answer` is clicked and the
// box's text kept in `*question` (which must outlive the answer).
#pragma once

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QString>
#include <QTimer>

inline void answerNextQuestion(QObject* context, QMessageBox::StandardButton answer, QString* question) {
    QTimer::singleShot(0, context, [answer, question] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            *question = box->text();
            box->button(answer)->click();
        }
    });
}
