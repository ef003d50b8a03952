// A small HTTP/1.1 server on 127.0.0.1 (never any other address) for the download tests: it
// serves in-memory files, honours "Range: bytes=N-", and injects the faults a real network
// has: error statuses, connections cut mid-body, ignored ranges, wrong bytes, slow bodies.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace mars5::test {

class LocalHttpServer : public QObject {
    Q_OBJECT
public:
    struct Fault {
        int status = 0;           // answer this status instead of the file (0: none)
        qint64 cutAfter = -1;     // send the full headers, then close after this many body bytes
        bool ignoreRange = false; // answer 200 with the whole file to a Range request
        bool corrupt = false;     // flip one byte in the body
        int times = 1;            // how many requests it applies to
    };
    struct Seen {
        QByteArray path;
        QByteArray range;  // the Range header, empty when none
        int status = 0;
    };

    explicit LocalHttpServer(QObject* parent = nullptr) : QObject(parent) {
        connect(&m_server, &QTcpServer::newConnection, this, &LocalHttpServer::onConnection);
    }
    bool start() { return m_server.listen(QHostAddress(QHostAddress::LocalHost), 0); }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()); }
    QString url(const QByteArray& path) const { return baseUrl() + QString::fromLatin1(path); }

    void addFile(const QByteArray& path, const QByteArray& content) { m_files[path] = content; }
    void addFault(const QByteArray& path, const Fault& fault) { m_faults[path].append(fault); }
    // Slow bodies: `chunk` bytes every `intervalMs` (0: all at once).
    void setThrottle(int chunk, int intervalMs) { m_chunk = chunk; m_intervalMs = intervalMs; }
    const QList<Seen>& requests() const { return m_seen; }

private:
    struct Pending {
        QPointer<QTcpSocket> socket;
        QByteArray body;
        qint64 sent = 0;
        qint64 cutAfter = -1;
    };

    void onConnection() {
        while (QTcpSocket* s = m_server.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadable(s); });
            connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        }
    }

    void onReadable(QTcpSocket* s) {
        QByteArray& buffer = m_buffers[s];
        buffer += s->readAll();
        const int end = buffer.indexOf("\r\n\r\n");
        if (end < 0) return;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        m_buffers.remove(s);
        const QList<QByteArray> request = lines.value(0).trimmed().split(' ');
        const QByteArray path = request.value(1);
        QByteArray range;
        for (const QByteArray& line : lines) {
            const int colon = line.indexOf(':');
            if (colon > 0 && line.left(colon).trimmed().toLower() == "range") range = line.mid(colon + 1).trimmed();
        }
        respond(s, path, range);
    }

    void respond(QTcpSocket* s, const QByteArray& path, const QByteArray& range) {
        Fault fault;
        auto faults = m_faults.find(path);
        if (faults != m_faults.end() && !faults->isEmpty()) {
            fault = faults->first();
            if (--faults->first().times <= 0) faults->removeFirst();
        }
        Seen seen{path, range, 0};
        if (fault.status) {
            seen.status = fault.status;
            m_seen.append(seen);
            const QByteArray body = "injected error\n";
            s->write("HTTP/1.1 " + QByteArray::number(fault.status) + " Injected\r\nContent-Length: " +
                     QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
            s->disconnectFromHost();
            return;
        }
        if (!m_files.contains(path)) {
            seen.status = 404;
            m_seen.append(seen);
            s->write("HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            s->disconnectFromHost();
            return;
        }
        QByteArray content = m_files.value(path);
        if (fault.corrupt && !content.isEmpty()) content[content.size() / 2] = char(content[content.size() / 2] ^ 0x5a);
        qint64 from = 0;
        if (!range.isEmpty() && !fault.ignoreRange && range.startsWith("bytes=") && range.endsWith("-"))
            from = range.mid(6, range.size() - 7).toLongLong();
        QByteArray head;
        if (from > 0) {
            if (from >= content.size()) {
                seen.status = 416;
                m_seen.append(seen);
                s->write("HTTP/1.1 416 Range Not Satisfiable\r\nContent-Range: bytes */" + QByteArray::number(content.size()) +
                         "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
                s->disconnectFromHost();
                return;
            }
            seen.status = 206;
            head = "HTTP/1.1 206 Partial Content\r\nContent-Range: bytes " + QByteArray::number(from) + "-" +
                   QByteArray::number(content.size() - 1) + "/" + QByteArray::number(content.size()) + "\r\n";
        } else {
            seen.status = 200;
            head = "HTTP/1.1 200 OK\r\nAccept-Ranges: bytes\r\n";
        }
        m_seen.append(seen);
        const QByteArray body = content.mid(from);
        head += "Content-Length: " + QByteArray::number(body.size()) + "\r\nContent-Type: application/octet-stream\r\n"
                "Connection: close\r\n\r\n";
        s->write(head);
        // Shared with the timer's call: a response still being sent when the server goes is
        // freed with the call (a raw pointer leaked then, LeakSanitizer found).
        sendMore(std::make_shared<Pending>(Pending{s, body, 0, fault.cutAfter}));
    }

    void sendMore(const std::shared_ptr<Pending>& p) {
        if (!p->socket) return;
        qint64 limit = p->body.size();
        if (p->cutAfter >= 0) limit = std::min<qint64>(limit, p->cutAfter);
        const qint64 n = m_chunk > 0 ? std::min<qint64>(m_chunk, limit - p->sent) : limit - p->sent;
        if (n > 0) p->socket->write(p->body.constData() + p->sent, n);
        p->sent += std::max<qint64>(n, 0);
        if (p->sent >= limit) {
            // With cutAfter, the connection closes before Content-Length bytes were sent.
            p->socket->disconnectFromHost();
            return;
        }
        QTimer::singleShot(m_intervalMs, this, [this, p] { sendMore(p); });
    }

    QTcpServer m_server;
    QHash<QByteArray, QByteArray> m_files;
    QHash<QByteArray, QList<Fault>> m_faults;
    QHash<QTcpSocket*, QByteArray> m_buffers;
    QList<Seen> m_seen;
    int m_chunk = 0;
    int m_intervalMs = 0;
};

}  // namespace mars5::test
