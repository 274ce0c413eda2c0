#include "ViewerError.h"

#include "oauth/OAuthError.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMetaEnum>
#include <QTranslator>

namespace tvpair {

namespace {

// One sentence a viewer understands; the details go to the log. Translated in the context
// "ViewerError" (resources/translations).
const char *sentenceFor(ViewerError::Code code, ViewerError::ApprovedOn where)
{
    using C = ViewerError::Code;
    const bool browser = where == ViewerError::ApprovedOn::Browser;
    switch (code) {
    case C::AccessDenied:
        return browser ? QT_TRANSLATE_NOOP("ViewerError", "The sign-in was declined in the browser.")
                       : QT_TRANSLATE_NOOP("ViewerError", "The sign-in was declined on the phone.");
    case C::ExpiredToken:
        return browser ? QT_TRANSLATE_NOOP("ViewerError", "The sign-in in the browser was not finished in time.")
                       : QT_TRANSLATE_NOOP("ViewerError", "The code expired before it was approved.");
    case C::InvalidClient:
        return QT_TRANSLATE_NOOP("ViewerError", "This TV app is not registered with the sign-in service.");
    case C::InvalidGrant:
        return QT_TRANSLATE_NOOP("ViewerError", "The sign-in is no longer valid; please sign in again.");
    case C::InvalidScope:
        return QT_TRANSLATE_NOOP("ViewerError", "The sign-in service refused the access this app asks for.");
    case C::UnsupportedGrantType:
        return QT_TRANSLATE_NOOP("ViewerError", "The sign-in service does not support signing in on a TV.");
    case C::Network:
        return QT_TRANSLATE_NOOP("ViewerError", "The sign-in service cannot be reached.");
    case C::Config:
        return QT_TRANSLATE_NOOP("ViewerError", "The app is not set up correctly.");
    case C::Store:
        return QT_TRANSLATE_NOOP("ViewerError", "The sign-in could not be kept on this TV.");
    case C::PaymentProvider:
        return QT_TRANSLATE_NOOP("ViewerError", "Your purchases could not be loaded.");
    case C::Server:
        break;
    }
    return QT_TRANSLATE_NOOP("ViewerError", "The sign-in service is having trouble.");
}

const char *const kForeignBrowserAnswer =
    QT_TRANSLATE_NOOP("ViewerError", "The browser's answer did not belong to this sign-in; please try again.");

}  // namespace

ViewerError::ViewerError(Code code, const QString &detail, ApprovedOn where)
    : m_code(code), m_sentence(sentenceFor(code, where)), m_detail(detail),
      m_detailIsMessage(code == Code::Config && !detail.isEmpty())
{
}

ViewerError ViewerError::fromOAuth(const oauth::OAuthError &e, ApprovedOn where)
{
    static const QList<QPair<QLatin1String, Code>> passThrough = {
        {QLatin1String("access_denied"), Code::AccessDenied},
        {QLatin1String("expired_token"), Code::ExpiredToken},
        {QLatin1String("invalid_client"), Code::InvalidClient},
        {QLatin1String("unauthorized_client"), Code::InvalidClient},
        {QLatin1String("invalid_grant"), Code::InvalidGrant},
        {QLatin1String("invalid_scope"), Code::InvalidScope},
        {QLatin1String("unsupported_grant_type"), Code::UnsupportedGrantType},
        {QLatin1String("network"), Code::Network},
        {QLatin1String("server"), Code::Server},
        {QLatin1String("config"), Code::Config},
    };
    for (const auto &[name, code] : passThrough) {
        if (e.error == name)
            // A config error's description names the field to fix: that is what the viewer sees.
            return ViewerError(code, code == Code::Config ? e.description : e.toString(), where);
    }
    return ViewerError(Code::Server, e.toString(), where);
}

ViewerError ViewerError::foreignBrowserAnswer(const QString &detail)
{
    ViewerError e(Code::Server, detail);
    e.m_sentence = kForeignBrowserAnswer;
    return e;
}

QString ViewerError::eventCodeOf(Code code)
{
    switch (code) {
    case Code::AccessDenied: return QStringLiteral("access_denied");
    case Code::ExpiredToken: return QStringLiteral("expired_token");
    case Code::InvalidClient: return QStringLiteral("invalid_client");
    case Code::InvalidGrant: return QStringLiteral("invalid_grant");
    case Code::InvalidScope: return QStringLiteral("invalid_scope");
    case Code::UnsupportedGrantType: return QStringLiteral("unsupported_grant_type");
    case Code::Network: return QStringLiteral("network");
    case Code::Server: return QStringLiteral("server");
    case Code::Config: return QStringLiteral("config");
    case Code::Store: return QStringLiteral("store");
    case Code::PaymentProvider: return QStringLiteral("payment_provider");
    }
    return QStringLiteral("server");
}

QString ViewerError::eventCode() const
{
    return eventCodeOf(m_code);
}

int ViewerError::exitCode() const
{
    switch (m_code) {
    case Code::AccessDenied: return 3;
    case Code::ExpiredToken: return 4;
    case Code::Store: return 6;
    case Code::Config:
    case Code::InvalidClient:
    case Code::InvalidScope:
    case Code::UnsupportedGrantType: return 2;
    case Code::Network:
    case Code::Server:
    case Code::InvalidGrant:
    case Code::PaymentProvider: return 5;
    }
    return 5;
}

QString ViewerError::message() const
{
    if (m_detailIsMessage)
        return m_detail;
    return QCoreApplication::translate("ViewerError", m_sentence ? m_sentence : sentenceFor(m_code, ApprovedOn::Phone));
}

QList<ViewerError::Code> ViewerError::allCodes()
{
    const QMetaEnum e = QMetaEnum::fromType<Code>();
    QList<Code> out;
    for (int i = 0; i < e.keyCount(); ++i)
        out << Code(e.value(i));
    return out;
}

bool ViewerError::installTranslations(QTranslator *translator, const QLocale &locale)
{
    if (!translator->load(locale, QStringLiteral("tvpair"), QStringLiteral("_"), QStringLiteral(":/tvpair/i18n")))
        return false;
    return QCoreApplication::installTranslator(translator);
}

}  // namespace tvpair
