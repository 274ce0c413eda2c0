// A sign-out must not change how patient the next sign-in is. The UI never gives up on
// transient failures (retry budget 0); revocation at sign-out borrows a small budget so a dead
// network cannot hold the wipe up, and that budget must be handed back: the sign-in that follows
// on the TV has to outlast more transient failures than the borrowed budget allows.
// Real SessionController, TokenClient and HttpClient against FaultAuthServer on 127.0.0.1.
#include "FaultServer.h"

#include "config/TenantConfig.h"
#include "net/HttpClient.h"
#include "secrets/MemorySecretStore.h"
#include "session/SessionController.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tvpair;
using namespace tvpair::test;

class SignOutBudgetTest : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private slots:
    void nextSignInOutlastsTheRevocationBudget()
    {
        FaultAuthServer fake;
        QVERIFY(fake.start());
        fake.approved = true;
        QString err;
        const auto config = TenantConfig::fromFile(fake.writeConfig(m_dir.path() + "/cfg"), &err);
        QVERIFY2(config, qPrintable(err));
        net::HttpClient http(net::UrlPolicy{true});
        MemorySecretStore store;
        {
            SessionController first(*config, &store, &http);
            QSignalSpy firstIn(&first, &SessionController::signedIn);
            first.start();
            QTRY_COMPARE_WITH_TIMEOUT(firstIn.size(), 1, 20000);
        }
        // The next start of the app signs in silently with the stored refresh token, so its
        // device flow is made only after the sign-out.
        SessionController session(*config, &store, &http);  // the UI's default: never give up
        QSignalSpy signedIn(&session, &SessionController::signedIn);
        QSignalSpy signedOut(&session, &SessionController::signedOut);
        QSignalSpy codes(&session, &SessionController::userCodeReady);
        QSignalSpy errors(&session, &SessionController::errorOccurred);

        session.start();
        QTRY_COMPARE_WITH_TIMEOUT(signedIn.size(), 1, 20000);
        QCOMPARE(signedIn.first().at(1).toString(), QStringLiteral("refresh_token"));

        // After the sign-out the TV asks for a new code; the server fails five times first
        // (more than the three tries revocation may use), then answers.
        const int kFailures = 5;
        int deviceCalls = 0;
        fake.approved = false;
        fake.http.on("/device/auth", [&](const FaultRequest &) {
            if (++deviceCalls <= kFailures)
                return FaultReply::json(503, QByteArray(), {{"Retry-After", "1"}});
            return fake.deviceCodeAnswer();
        });
        codes.clear();
        session.signOut();
        QTRY_COMPARE_WITH_TIMEOUT(signedOut.size(), 1, 20000);
        const auto fatal = [&errors]() {
            for (const auto &e : errors)
                if (e.at(1).toBool())
                    return true;
            return false;
        };
        QTRY_VERIFY_WITH_TIMEOUT(codes.size() == 1 || fatal(), 120000);
        QVERIFY2(!fatal(), "a fatal error ended the sign-in after the sign-out");
        QCOMPARE(deviceCalls, kFailures + 1);
        QCOMPARE(fake.http.count("/token/revocation"), 1);
    }
};

QTEST_GUILESS_MAIN(SignOutBudgetTest)
#include "tst_sign_out_budget.moc"
