#pragma once
// The RFC 8628 polling rules as an explicit state machine: one enum, one transition function,
// no I/O and no clock of its own. The driver (DeviceFlow) feeds it what happened and the
// monotonic time; the machine answers what to do next. Unit tests run a whole 10-minute
// code lifetime through it in microseconds.
#include "net/Backoff.h"

#include <QtGlobal>
#include <optional>

namespace tvpair::oauth {

class DeviceFlowMachine {
public:
    enum class State {
        Idle,
        RequestingCode,   // device authorization request in flight
        WaitingForCodeRetry,  // transient failure getting a code: backing off
        WaitingToPoll,    // code shown, timer running until the next poll
        Polling,          // token request in flight (never more than one: RFC 8628 §3.5)
        Approved,
        Denied,
        Expired,
        Failed,
        Cancelled,
    };

    enum class Input {
        Start,
        CodeIssued,           // expiresIn (s), interval (s, 0 = absent)
        CodeFailedTransient,  // network/5xx/429 getting a code; retryAfter
        CodeFailedFatal,
        TimerFired,
        Pending,              // authorization_pending
        SlowDown,             // slow_down
        AccessDenied,
        ExpiredToken,
        Success,
        PollFailedTransient,  // network/timeout/5xx/429; retryAfter
        PollFailedFatal,      // any other error
        Cancel,
    };

    enum class Action {
        None,
        RequestCode,  // send the device authorization request now
        StartTimer,   // call back with TimerFired after delayMs
        SendPoll,     // send one token request now
        Finish,       // a terminal state was reached; see state()
    };

    struct Step {
        Action action = Action::None;
        int delayMs = 0;
    };

    struct Event {
        // A constructor rather than an aggregate: callers give only the leading fields they need
        // ({Input::TimerFired, now}) without -Wmissing-field-initializers for the rest.
        Event(Input in, qint64 now = 0, int expiresIn = 0, int interval = 0,
              std::optional<int> retryAfter = std::nullopt)
            : input(in), nowMs(now), expiresInSec(expiresIn), intervalSec(interval), retryAfterSec(retryAfter)
        {
        }
        Input input;
        qint64 nowMs;  // monotonic
        int expiresInSec;
        int intervalSec;
        std::optional<int> retryAfterSec;
    };

    // codeRetryBudget: transient failures tolerated while asking for a code (0 = unlimited).
    explicit DeviceFlowMachine(int codeRetryBudget = 0, quint32 seed = 0);

    Step handle(const Event &e);

    State state() const { return m_state; }
    int intervalMs() const { return m_intervalMs; }
    qint64 deadlineMs() const { return m_deadlineMs; }
    int lastBackoffMs() const { return m_lastBackoffMs; }
    bool inNetworkRetry() const { return m_pollBackoff.attempts() > 0; }
    static bool isTerminal(State s);

    static constexpr int kDefaultIntervalSec = 5;      // RFC 8628 §3.2
    static constexpr int kSlowDownIncrementSec = 5;    // RFC 8628 §3.5
    static constexpr int kMaxIntervalSec = 300;        // a hostile slow_down loop cannot park us forever

private:
    Step waitThenPoll(qint64 now, int delayMs);
    Step finish(State s);

    State m_state = State::Idle;
    int m_intervalMs = kDefaultIntervalSec * 1000;
    qint64 m_deadlineMs = 0;
    int m_codeRetryBudget;
    int m_codeFailures = 0;
    int m_lastBackoffMs = 0;
    net::Backoff m_pollBackoff;
    net::Backoff m_codeBackoff;
};

const char *deviceFlowStateName(DeviceFlowMachine::State s);

}  // namespace tvpair::oauth
