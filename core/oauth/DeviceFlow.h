#pragma once
// Drives DeviceFlowMachine with real requests, a QTimer and the monotonic clock.
#include "oauth/DeviceFlowMachine.h"
#include "oauth/TokenClient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace tvpair::oauth {

class DeviceFlow : public QObject {
    Q_OBJECT
public:
    DeviceFlow(TokenClient *client, int codeRetryBudget, QObject *parent = nullptr);

    void start();   // a new code (replaces a pending one)
    void cancel();  // stop polling, cancel the request in flight (the screen was left)
    DeviceFlowMachine::State state() const { return m_machine.state(); }
    int intervalMs() const { return m_machine.intervalMs(); }

signals:
    void codeIssued(const tvpair::oauth::DeviceCode &code);
    void waiting();                  // a poll answered authorization_pending
    void slowedDown(int intervalMs); // a poll answered slow_down
    void retrying(int delayMs, const QString &reason);  // network/5xx: next attempt in delayMs
    void approved(const tvpair::oauth::TokenSet &tokens);
    void denied();
    void expired();
    void failed(const tvpair::oauth::OAuthError &error);

private:
    void feed(const DeviceFlowMachine::Event &e);
    qint64 now() const { return m_clock.elapsed(); }

    TokenClient *m_client;
    DeviceFlowMachine m_machine;
    QElapsedTimer m_clock;  // monotonic: a TV's wall clock may read 1970 until NTP syncs
    QTimer m_timer;
    QPointer<net::HttpCall> m_call;
    DeviceCode m_code;
    std::optional<TokenSet> m_tokens;
    OAuthError m_lastError;
    quint64 m_generation = 0;  // answers of a cancelled attempt are ignored
};

}  // namespace tvpair::oauth
