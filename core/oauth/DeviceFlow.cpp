#include "DeviceFlow.h"

#include "net/Log.h"

namespace tvpair::oauth {

using Input = DeviceFlowMachine::Input;
using Action = DeviceFlowMachine::Action;
using State = DeviceFlowMachine::State;

DeviceFlow::DeviceFlow(TokenClient *client, int codeRetryBudget, QObject *parent)
    : QObject(parent), m_client(client), m_machine(codeRetryBudget)
{
    m_clock.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);  // a coarse timer may fire 5% early; RFC 8628 §3.5: never sooner than the interval
    connect(&m_timer, &QTimer::timeout, this, [this]() { feed({Input::TimerFired, now()}); });
}

void DeviceFlow::start()
{
    if (m_call)
        m_call->cancelSilently();
    m_timer.stop();
    ++m_generation;
    feed({Input::Start, now()});
}

void DeviceFlow::cancel()
{
    if (m_call)
        m_call->cancelSilently();
    m_timer.stop();
    ++m_generation;
    feed({Input::Cancel, now()});
}

void DeviceFlow::feed(const DeviceFlowMachine::Event &e)
{
    const State before = m_machine.state();
    const auto step = m_machine.handle(e);
    qCDebug(lcOAuth) << "device flow" << deviceFlowStateName(before) << "->" << deviceFlowStateName(m_machine.state());
    const quint64 gen = m_generation;
    switch (step.action) {
    case Action::None:
        break;
    case Action::StartTimer:
        m_timer.start(step.delayMs);
        if (e.input == Input::CodeFailedTransient || e.input == Input::PollFailedTransient)
            emit retrying(step.delayMs, m_lastError.toString());
        break;
    case Action::RequestCode:
        m_call = m_client->requestDeviceCode([this, gen](const std::optional<DeviceCode> &code, const OAuthError &err) {
            if (gen != m_generation)
                return;
            if (code) {
                m_code = *code;
                // Emit before feeding so the viewer sees the code before the first timer starts.
                emit codeIssued(m_code);
                feed({Input::CodeIssued, now(), code->expiresIn, code->interval});
                return;
            }
            m_lastError = err;
            qCWarning(lcOAuth).noquote() << "device authorization failed:" << err.toString();
            feed({err.isTransient() ? Input::CodeFailedTransient : Input::CodeFailedFatal, now(), 0, 0,
                  err.retryAfterSeconds});
        });
        break;
    case Action::SendPoll:
        m_call = m_client->pollDeviceCode(m_code.deviceCode, [this, gen](const std::optional<TokenSet> &t, const OAuthError &err) {
            if (gen != m_generation)
                return;
            if (t) {
                m_tokens = t;
                feed({Input::Success, now()});
                return;
            }
            m_lastError = err;
            Input in = Input::PollFailedFatal;
            if (err.error == QLatin1String("authorization_pending"))
                in = Input::Pending;
            else if (err.error == QLatin1String("slow_down"))
                in = Input::SlowDown;
            else if (err.error == QLatin1String("access_denied"))
                in = Input::AccessDenied;
            else if (err.error == QLatin1String("expired_token"))
                in = Input::ExpiredToken;
            else if (err.isTransient())
                in = Input::PollFailedTransient;
            if (in == Input::PollFailedTransient || in == Input::PollFailedFatal)
                qCWarning(lcOAuth).noquote() << "device code poll failed:" << err.toString();
            feed({in, now(), 0, 0, err.retryAfterSeconds});
            if (in == Input::Pending && m_machine.state() == State::WaitingToPoll)
                emit waiting();
            else if (in == Input::SlowDown && m_machine.state() == State::WaitingToPoll)
                emit slowedDown(m_machine.intervalMs());
        });
        break;
    case Action::Finish:
        m_timer.stop();
        switch (m_machine.state()) {
        case State::Approved: emit approved(*m_tokens); break;
        case State::Denied: emit denied(); break;
        case State::Expired: emit expired(); break;
        case State::Failed: emit failed(m_lastError); break;
        default: break;
        }
        break;
    }
}

}  // namespace tvpair::oauth
