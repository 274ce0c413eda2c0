#pragma once
// What the session is doing, as the UI and headless mode see it: the phase of the session
// and the state of the sign-in's poll loop, and what a viewer needs to approve the TV.
#include <QMetaType>
#include <QObject>
#include <QString>

namespace tvpair {

class SessionState {
    Q_GADGET
public:

enum class Phase {
    Idle,
    Restoring,           // refreshing silently with a stored refresh token
    Discovering,         // fetching metadata / asking for a device code
    WaitingForApproval,  // user code on screen, polling (or: waiting for the browser)
    SignedIn,
    SigningOut,
    // Signed out, and the browser shows the identity server's sign-out page: a new sign-in
    // waits for the viewer (it would otherwise open under the old viewer's browser session).
    SignedOut,
    Failed,  // see the error; startSignIn() tries again
};
Q_ENUM(Phase)

// What the sign-in is doing now, for the status line under the code.
// Ended: the attempt ended with an error (see the error).
enum class PollStatus { Waiting, SlowDown, NetworkRetry, Denied, Expired, Ended };
Q_ENUM(PollStatus)

};

// What the viewer needs to approve the TV (RFC 8628 §3.2).
struct UserCodeInfo {
    QString userCode;
    QString verificationUri;
    QString verificationUriComplete;  // empty when the server sent none
    int expiresIn = 0;                // seconds, from when the answer arrived
};

}  // namespace tvpair

Q_DECLARE_METATYPE(tvpair::UserCodeInfo)
