// Headless runs end with an `error` event before every non-zero exit, also for the exits taken
// before a sign-in starts (bad command line or config: exit 2, code config; a configured store key
// that is missing or broken: exit 6, code store). A device-bound salt that is empty, cut off or
// garbage no longer stops the TV: an error event, the old files kept aside, a fresh sign-in.
#include "Sandbox.h"

#include <QtTest>

using namespace tvpair::test;

class HeadlessExitsTest : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_runs = 0;

    QString newDir()
    {
        const QString dir = m_dir.path() + "/run" + QString::number(++m_runs);
        QDir().mkpath(dir);
        return dir;
    }
    QProcessEnvironment env() { return isolatedAppEnv(m_dir.path()); }
    // A valid config for an issuer nobody listens on: for runs that end before the network.
    QString offlineConfig(const QString &dir)
    {
        const QString path = dir + "/config.json";
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write("{\"issuer\": \"http://127.0.0.1:9\", \"client_id\": \"tv-app\", \"allow_insecure_loopback\": true}");
        return path;
    }
    // stdout is exactly one error event with this code, in HeadlessRunner's line format (keys
    // event, code, message in that order); returns its message.
    static QString onlyErrorEvent(TvpairRun &run, const QString &code)
    {
        const QByteArray out = run.allStdout();
        const QByteArray head = "{\"event\":\"error\",\"code\":\"" + code.toUtf8() + "\",\"message\":\"";
        if (!out.startsWith(head) || !out.endsWith("\"}\n") || out.count('\n') != 1) {
            qWarning("stdout: %s", out.constData());
            return {};
        }
        const QList<QJsonObject> &events = run.events();
        if (events.size() != 1 || events.first().keys().size() != 3)
            return {};
        return events.first().value("message").toString();
    }

private slots:
    // ---- exit 2: command line and config -------------------------------------------------------

    void badCommandLineOrConfig_data()
    {
        QTest::addColumn<QStringList>("args");  // CONFIG is replaced by a valid config's path
        QTest::addColumn<QString>("says");      // in the stderr line and the event's message
        QTest::newRow("unknown option") << QStringList{"--headless", "--config", "CONFIG", "--colour"} << "colour";
        QTest::newRow("argument") << QStringList{"--headless", "--config", "CONFIG", "extra"} << "unexpected argument \"extra\"";
        QTest::newRow("log level") << QStringList{"--headless", "--config", "CONFIG", "--log-level", "loud"} << "got \"loud\"";
        QTest::newRow("no config file") << QStringList{"--headless", "--config", "/nonexistent/tvpair.json"}
                                        << "/nonexistent/tvpair.json: cannot read the config file";
        QTest::newRow("unknown config key") << QStringList{"--headless", "--config", "TYPO"} << "field \"isuer\": unknown key";
        QTest::newRow("sign-out, bad config") << QStringList{"--sign-out", "--config", "TYPO"} << "field \"isuer\": unknown key";
    }
    void badCommandLineOrConfig()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, says);
        const QString dir = newDir();
        const QString typo = dir + "/typo.json";
        QFile f(typo);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"isuer\": \"http://127.0.0.1:9\", \"client_id\": \"tv-app\"}");
        f.close();
        args.replaceInStrings(QRegularExpression("^CONFIG$"), offlineConfig(dir));
        args.replaceInStrings(QRegularExpression("^TYPO$"), typo);
        TvpairRun run(args + QStringList{"--store", dir + "/store"}, env());
        QCOMPARE(run.waitForExit(), 2);
        const QString message = onlyErrorEvent(run, "config");
        QVERIFY2(message.startsWith("The app is not set up correctly: ") && message.contains(says), qPrintable(message));
        QVERIFY(!message.contains('\n'));
        const QByteArray err = run.allStderr();
        QVERIFY2(err.startsWith("tvpair: ") && err.count('\n') == 1 && err.contains(says.toUtf8()), err.constData());
        QVERIFY(!QFile::exists(dir + "/store"));  // nothing was opened
    }

    // ---- exit 6: a configured key that is missing or broken ------------------------------------

    void configuredKeyMissingOrBroken_data()
    {
        QTest::addColumn<QString>("kind");        // "file" (TVPAIR_STORE_KEY_FILE) or "credential"
        QTest::addColumn<QByteArray>("content");  // empty: the file is missing
        QTest::addColumn<QString>("problem");
        QTest::newRow("key file missing") << "file" << QByteArray() << "the file is missing";
        QTest::newRow("key file cut off") << "file" << QByteArray(20, 'a') << "the file is damaged (expected 32 raw bytes or 64 hex characters, got 20 bytes)";
        QTest::newRow("credential damaged") << "credential" << QByteArray("0123\n") << "is damaged (expected 32 raw bytes or 64 hex characters, got 5 bytes)";
    }
    void configuredKeyMissingOrBroken()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, content);
        QFETCH(QString, problem);
        const QString dir = newDir();
        QProcessEnvironment e = env();
        QString keyPath;
        if (kind == "file") {
            keyPath = dir + "/store.key";
            e.insert("TVPAIR_STORE_KEY_FILE", keyPath);
        } else {
            QDir().mkpath(dir + "/credentials");
            keyPath = dir + "/credentials/tvpair-store-key";
            e.insert("CREDENTIALS_DIRECTORY", dir + "/credentials");
        }
        if (!content.isEmpty()) {
            QFile k(keyPath);
            QVERIFY(k.open(QIODevice::WriteOnly));
            k.write(content);
            k.close();
            QVERIFY(k.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        }
        TvpairRun run({"--headless", "--config", offlineConfig(dir), "--store", dir + "/store"}, e);
        QCOMPARE(run.waitForExit(), 6);
        const QString message = onlyErrorEvent(run, "store");
        QVERIFY2(message.startsWith("The sign-in cannot be kept on this TV: "), qPrintable(message));
        QVERIFY2(message.contains(keyPath) && message.contains(problem) && message.contains("sign in again"), qPrintable(message));
        const QByteArray err = run.allStderr();
        QVERIFY2(err.count('\n') == 1 && err.contains(keyPath.toUtf8()) && err.contains(problem.toUtf8()), err.constData());
        // No weaker key instead: the device-bound salt was not made.
        QVERIFY(!QFile::exists(dir + "/store/salt"));
    }

    // ---- the device-bound salt: replaced, never a brick ----------------------------------------

    void brokenSaltMeansSignInAgain()
    {
        const Sandbox s = Sandbox::fixture();
        const QString dir = newDir();
        const QString cfg = s.writeConfig(dir);
        const QStringList args{"--headless", "--config", cfg, "--log-level", "debug", "--store"};
        const QString signedInStore = dir + "/signed-in";
        {
            TvpairRun run(args + QStringList{signedInStore}, env());
            const QJsonObject code = run.waitFor("user_code");
            QVERIFY2(!code.isEmpty(), run.allStderr().constData());
            int status = 0;
            s.post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}}, &status);
            QCOMPARE(status, 200);
            QVERIFY(!run.waitFor("signed_in").isEmpty());
            QCOMPARE(run.waitForExit(), 0);
        }
        QFile saltFile(signedInStore + "/salt");
        QVERIFY(saltFile.open(QIODevice::ReadOnly));
        const QByteArray salt = saltFile.readAll();
        saltFile.close();
        QCOMPARE(salt.size(), 32);
        QFile sealedFile(signedInStore + "/session.sealed");
        QVERIFY(sealedFile.open(QIODevice::ReadOnly));
        const QByteArray sealed = sealedFile.readAll();
        sealedFile.close();

        const QList<QPair<QString, QByteArray>> broken{
            {"empty", QByteArray()}, {"cut-off", salt.left(13)}, {"garbage", QByteArray("garbage, not a salt\n").repeated(3)}};
        for (const auto &[name, bytes] : broken) {
            // A copy of the signed-in store with its salt broken.
            const QString store = dir + "/" + name;
            QVERIFY(QDir().mkpath(store));
            QVERIFY(QFile::setPermissions(store, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
            QVERIFY(QFile::copy(signedInStore + "/session.sealed", store + "/session.sealed"));
            QFile f(store + "/salt");
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
            f.close();
            QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));

            TvpairRun run(args + QStringList{store}, env());
            const QJsonObject code = run.waitFor("user_code");  // a fresh sign-in, not a brick (exit 6)
            QVERIFY2(!code.isEmpty(), qPrintable(name + ": " + run.allStderr()));
            QVERIFY2(!run.events().isEmpty() && run.events().first().value("event").toString() == "error",
                     run.allStdout().constData());
            const QJsonObject error = run.events().first();
            QCOMPARE(error.value("code").toString(), QString("store"));
            QCOMPARE(error.value("message").toString(),
                     QString("The key that kept the sign-in on this TV was damaged and has been replaced; please sign in again."));
            const QByteArray head = "{\"event\":\"error\",\"code\":\"store\",\"message\":\"";
            QVERIFY(run.allStdout().startsWith(head));
            for (const auto &e : run.events())
                QVERIFY(e.value("event").toString() != "signed_in");
            // The broken salt and the old session are kept aside, byte for byte; a new salt is in place.
            QFile kept(store + "/salt.corrupt-1"), keptSession(store + "/session.sealed.corrupt-1"), now(store + "/salt");
            QVERIFY(kept.open(QIODevice::ReadOnly) && keptSession.open(QIODevice::ReadOnly) && now.open(QIODevice::ReadOnly));
            QCOMPARE(kept.readAll(), bytes);
            QCOMPARE(keptSession.readAll(), sealed);
            QCOMPARE(now.readAll().size(), 32);
            if (name != "empty") {
                run.process().kill();
                run.waitForExit();
                // The log says which file was replaced and where the old one is.
                QVERIFY2(run.allStderr().contains("kept it as " + store.toUtf8() + "/salt.corrupt-1"), run.allStderr().constData());
                continue;
            }
            // The fresh sign-in completes and is kept with the new key: the next start is silent.
            int status = 0;
            s.post("/test/approve", {{"user_code", code.value("user_code")}, {"account", "alice"}}, &status);
            QCOMPARE(status, 200);
            QCOMPARE(run.waitFor("signed_in").value("method").toString(), QString("device_code"));
            QCOMPARE(run.waitForExit(), 0);
            TvpairRun again(args + QStringList{store}, env());
            QCOMPARE(again.waitFor("signed_in").value("method").toString(), QString("refresh_token"));
            QCOMPARE(again.waitForExit(), 0);
            for (const auto &e : again.events())
                QVERIFY(e.value("event").toString() != "error");
        }
    }

    void keyFileFromTheEnvironment()
    {
        // TVPAIR_STORE_KEY_FILE is used: the store is sealed with it, no device-bound salt is made.
        const Sandbox s = Sandbox::fixture();
        const QString dir = newDir();
        const QString keyPath = dir + "/store.key";
        QFile k(keyPath);
        QVERIFY(k.open(QIODevice::WriteOnly));
        k.write(QByteArray(32, '\x3c').toHex());
        k.close();
        QVERIFY(k.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QProcessEnvironment e = env();
        e.insert("TVPAIR_STORE_KEY_FILE", keyPath);
        TvpairRun run({"--headless", "--config", s.writeConfig(dir), "--store", dir + "/store", "--log-level", "info"}, e);
        QVERIFY2(!run.waitFor("user_code").isEmpty(), run.allStderr().constData());
        run.process().kill();
        run.waitForExit();
        QVERIFY2(run.allStderr().contains("with the key file " + keyPath.toUtf8()), run.allStderr().constData());
        QVERIFY(!QFile::exists(dir + "/store/salt"));
    }
};

QTEST_GUILESS_MAIN(HeadlessExitsTest)
#include "tst_headless_exits.moc"
