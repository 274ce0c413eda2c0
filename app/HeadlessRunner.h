#pragma once
// Headless mode (cli-and-config.md): the same SessionController as the UI, its signals printed
// as JSON Lines on stdout, and the run's exit code.
#include "session/SessionController.h"

#include <QJsonObject>
#include <QObject>

namespace tvpair {

class HeadlessRunner : public QObject {
    Q_OBJECT
public:
    enum Mode { SignIn, SignOut };
    HeadlessRunner(SessionController *session, Mode mode, QObject *parent = nullptr);
    void start();

    // Exit codes of cli-and-config.md.
    static int exitCodeFor(const QString &errorCode);

signals:
    void finished(int exitCode);

private:
    void print(const QJsonObject &event);
    template <typename Item>
    void printList(const char *event, const QString &provider, const QList<Item> &items, bool stale);
    void finish(int code);

    SessionController *m_session;
    Mode m_mode;
    bool m_paymentFailed = false;
    bool m_done = false;
};

}  // namespace tvpair
