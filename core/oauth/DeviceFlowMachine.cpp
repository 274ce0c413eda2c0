#include "DeviceFlowMachine.h"

#include <algorithm>

namespace tvpair::oauth {

using State = DeviceFlowMachine::State;
using Input = DeviceFlowMachine::Input;
using Action = DeviceFlowMachine::Action;

DeviceFlowMachine::DeviceFlowMachine(int codeRetryBudget, quint32 seed)
    : m_codeRetryBudget(codeRetryBudget), m_pollBackoff(1000, 60000, seed), m_codeBackoff(1000, 30000, seed ? seed + 1 : 0)
{
}

bool DeviceFlowMachine::isTerminal(State s)
{
    return s == State::Approved || s == State::Denied || s == State::Expired || s == State::Failed
        || s == State::Cancelled;
}

DeviceFlowMachine::Step DeviceFlowMachine::finish(State s)
{
    m_state = s;
    return {Action::Finish, 0};
}

DeviceFlowMachine::Step DeviceFlowMachine::waitThenPoll(qint64 now, int delayMs)
{
    // Never wait past the code's expiry: the timer then reports the expiry promptly (RFC 8628 §3.2).
    const qint64 left = m_deadlineMs - now;
    if (left <= 0)
        return finish(State::Expired);
    m_state = State::WaitingToPoll;
    return {Action::StartTimer, int(std::min<qint64>(delayMs, left))};
}

DeviceFlowMachine::Step DeviceFlowMachine::handle(const Event &e)
{
    if (e.input == Input::Cancel) {
        if (isTerminal(m_state))
            return {};
        return finish(State::Cancelled);
    }
    if (e.input == Input::Start) {
        // Start is valid from anywhere: a new code replaces the old one.
        m_state = State::RequestingCode;
        m_codeFailures = 0;
        m_codeBackoff.reset();
        m_pollBackoff.reset();
        return {Action::RequestCode, 0};
    }

    switch (m_state) {
    case State::RequestingCode:
        switch (e.input) {
        case Input::CodeIssued: {
            m_intervalMs = (e.intervalSec > 0 ? std::min(e.intervalSec, kMaxIntervalSec) : kDefaultIntervalSec) * 1000;
            m_deadlineMs = e.nowMs + qint64(std::max(e.expiresInSec, 1)) * 1000;
            m_pollBackoff.reset();
            // The first poll also waits one interval: the viewer cannot have approved yet.
            return waitThenPoll(e.nowMs, m_intervalMs);
        }
        case Input::CodeFailedTransient:
            m_codeFailures++;
            if (m_codeRetryBudget > 0 && m_codeFailures >= m_codeRetryBudget)
                return finish(State::Failed);
            m_state = State::WaitingForCodeRetry;
            m_lastBackoffMs = m_codeBackoff.next(e.retryAfterSec);
            return {Action::StartTimer, m_lastBackoffMs};
        case Input::CodeFailedFatal:
            return finish(State::Failed);
        default:
            return {};
        }

    case State::WaitingForCodeRetry:
        if (e.input == Input::TimerFired) {
            m_state = State::RequestingCode;
            return {Action::RequestCode, 0};
        }
        return {};

    case State::WaitingToPoll:
        if (e.input == Input::TimerFired) {
            if (e.nowMs >= m_deadlineMs)
                return finish(State::Expired);
            m_state = State::Polling;
            return {Action::SendPoll, 0};
        }
        return {};

    case State::Polling:
        switch (e.input) {
        case Input::Pending:
            m_pollBackoff.reset();  // the server answers again: back to the normal interval
            return waitThenPoll(e.nowMs, m_intervalMs);
        case Input::SlowDown:
            m_pollBackoff.reset();
            m_intervalMs = std::min(m_intervalMs + kSlowDownIncrementSec * 1000, kMaxIntervalSec * 1000);
            return waitThenPoll(e.nowMs, m_intervalMs);
        case Input::AccessDenied:
            return finish(State::Denied);
        case Input::ExpiredToken:
            return finish(State::Expired);
        case Input::Success:
            return finish(State::Approved);
        case Input::PollFailedTransient:
            // RFC 8628 §3.5: not terminal while the code is valid; never sooner than the interval.
            m_lastBackoffMs = std::max(m_intervalMs, m_pollBackoff.next(e.retryAfterSec));
            return waitThenPoll(e.nowMs, m_lastBackoffMs);
        case Input::PollFailedFatal:
            return finish(State::Failed);
        default:
            return {};
        }

    default:
        return {};
    }
}

const char *deviceFlowStateName(DeviceFlowMachine::State s)
{
    switch (s) {
    case State::Idle: return "idle";
    case State::RequestingCode: return "requesting_code";
    case State::WaitingForCodeRetry: return "waiting_for_code_retry";
    case State::WaitingToPoll: return "waiting_to_poll";
    case State::Polling: return "polling";
    case State::Approved: return "approved";
    case State::Denied: return "denied";
    case State::Expired: return "expired";
    case State::Failed: return "failed";
    case State::Cancelled: return "cancelled";
    }
    return "?";
}

}  // namespace tvpair::oauth
