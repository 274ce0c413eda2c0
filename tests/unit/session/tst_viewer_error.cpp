// The error a viewer sees: every code has its event code, exit code and a sentence, and the
// sentences come out in German for a German locale through the app's translations.
#include "oauth/OAuthError.h"
#include "session/ViewerError.h"

#include <QLocale>
#include <QTranslator>
#include <QtTest>

using namespace tvpair;
using Code = ViewerError::Code;

class TestViewerError : public QObject {
    Q_OBJECT

private slots:
    void everyCodeHasAnEventCodeExitCodeAndSentence()
    {
        QSet<QString> eventCodes;
        for (Code c : ViewerError::allCodes()) {
            const ViewerError e(c);
            QVERIFY(!e.message().isEmpty());
            QVERIFY(e.message().endsWith(QLatin1Char('.')));
            QVERIFY(e.exitCode() >= 2 && e.exitCode() <= 6);
            eventCodes.insert(e.eventCode());
        }
        QCOMPARE(eventCodes.size(), ViewerError::allCodes().size());  // no two codes share a name
        QCOMPARE(ViewerError::allCodes().size(), 11);
    }

    void exitCodesOfTheCommandLine()
    {
        QCOMPARE(ViewerError(Code::Config).exitCode(), 2);
        QCOMPARE(ViewerError(Code::InvalidClient).exitCode(), 2);
        QCOMPARE(ViewerError(Code::AccessDenied).exitCode(), 3);
        QCOMPARE(ViewerError(Code::ExpiredToken).exitCode(), 4);
        QCOMPARE(ViewerError(Code::Network).exitCode(), 5);
        QCOMPARE(ViewerError(Code::PaymentProvider).exitCode(), 5);
        QCOMPARE(ViewerError(Code::Store).exitCode(), 6);
    }

    void serverErrorsMapToViewerErrors()
    {
        oauth::OAuthError e;
        e.error = QStringLiteral("unauthorized_client");
        QCOMPARE(ViewerError::fromOAuth(e).eventCode(), QStringLiteral("invalid_client"));
        e.error = QStringLiteral("temporarily_unavailable");
        QCOMPARE(ViewerError::fromOAuth(e).eventCode(), QStringLiteral("server"));
        e.error = QStringLiteral("config");
        e.description = QStringLiteral("endpoints.token: expected an https URL");
        const ViewerError config = ViewerError::fromOAuth(e);
        QCOMPARE(config.code(), Code::Config);
        QCOMPARE(config.message(), e.description);  // it names the field to fix
        e.error = QStringLiteral("access_denied");
        QCOMPARE(ViewerError::fromOAuth(e, ViewerError::ApprovedOn::Browser).message(),
                 QStringLiteral("The sign-in was declined in the browser."));
        QCOMPARE(ViewerError::fromOAuth(e).message(), QStringLiteral("The sign-in was declined on the phone."));
    }

    void germanSentencesForAGermanLocale()
    {
        QMap<Code, QString> english;
        for (Code c : ViewerError::allCodes())
            english.insert(c, ViewerError(c).message());
        QTranslator translator;
        QVERIFY2(ViewerError::installTranslations(&translator, QLocale(QLocale::German, QLocale::Germany)),
                 "no German translation embedded (:/tvpair/i18n/tvpair_de.qm)");
        for (Code c : ViewerError::allCodes()) {
            const QString german = ViewerError(c).message();
            QVERIFY2(german != english.value(c), qPrintable(ViewerError::eventCodeOf(c) + ": " + german));
        }
        QCOMPARE(ViewerError(Code::AccessDenied, {}, ViewerError::ApprovedOn::Browser).message(),
                 QStringLiteral("Die Anmeldung wurde im Browser abgelehnt."));
        QCOMPARE(ViewerError(Code::AccessDenied).message(), QStringLiteral("Die Anmeldung wurde am Handy abgelehnt."));
        QCOMPARE(ViewerError(Code::PaymentProvider).message(), QStringLiteral("Deine Käufe konnten nicht geladen werden."));
        QVERIFY(ViewerError::foreignBrowserAnswer({}).message().startsWith(QStringLiteral("Die Antwort des Browsers")));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(ViewerError(Code::PaymentProvider).message(), QStringLiteral("Your purchases could not be loaded."));
    }

    void englishLocaleKeepsTheSentences()
    {
        QTranslator translator;
        ViewerError::installTranslations(&translator, QLocale(QLocale::English, QLocale::UnitedStates));
        for (Code c : ViewerError::allCodes())
            QVERIFY(!ViewerError(c).message().isEmpty());
        QCOMPARE(ViewerError(Code::Network).message(), QStringLiteral("The sign-in service cannot be reached."));
        QCoreApplication::removeTranslator(&translator);
    }
};

QTEST_GUILESS_MAIN(TestViewerError)
#include "tst_viewer_error.moc"
