#pragma once
// The error a viewer sees, as one value: what went wrong (a code), the headless exit code and
// event code it stands for, and one sentence in the viewer's language. The UI, headless mode
// and the log all read the same value, so the wording and the numbers live here only.
#include <QMetaType>
#include <QObject>
#include <QString>

class QLocale;
class QTranslator;

namespace tvpair {
namespace oauth { struct OAuthError; }

class ViewerError {
    Q_GADGET
public:
    // The error codes of the headless "error" event, in the order of the command line docs.
    enum class Code {
        AccessDenied,
        ExpiredToken,
        InvalidClient,
        InvalidGrant,
        InvalidScope,
        UnsupportedGrantType,
        Network,
        Server,
        Config,
        Store,
        PaymentProvider,
    };
    Q_ENUM(Code)

    // Where the viewer approves the sign-in: a denial or an expiry is told in those words.
    enum class ApprovedOn { Phone, Browser };

    ViewerError() = default;
    // detail: one line for the log, never a secret. A Config error shows its detail to the
    // viewer (it names the field to fix); every other code shows its sentence.
    explicit ViewerError(Code code, const QString &detail = {}, ApprovedOn where = ApprovedOn::Phone);

    // What the server or the network said, as the viewer's error (RFC 6749 §5.2 and RFC 8628
    // §3.5 codes pass through; unauthorized_client reads as invalid_client; anything else is
    // the server's trouble).
    static ViewerError fromOAuth(const oauth::OAuthError &e, ApprovedOn where = ApprovedOn::Phone);
    // The browser's redirect carried a state or issuer of another sign-in (RFC 9207, RFC 6749 §10.12).
    static ViewerError foreignBrowserAnswer(const QString &detail);

    Code code() const { return m_code; }
    // "access_denied", "network", ...: the `code` of the headless error event.
    QString eventCode() const;
    // 2 config or client setup, 3 denied, 4 expired, 5 network, server or provider, 6 store.
    int exitCode() const;
    // One sentence in the language of the installed translator (English without one).
    QString message() const;
    QString detail() const { return m_detail; }

    static QList<Code> allCodes();
    static QString eventCodeOf(Code code);

    // Loads the app's translations for `locale` into `translator` and installs it; false (and
    // nothing installed) when the locale has none. Headless mode and the UI both call this.
    static bool installTranslations(QTranslator *translator, const QLocale &locale);

private:
    Code m_code = Code::Server;
    const char *m_sentence = nullptr;  // untranslated source text, see ViewerError.cpp
    QString m_detail;
    bool m_detailIsMessage = false;
};

}  // namespace tvpair

Q_DECLARE_METATYPE(tvpair::ViewerError)
