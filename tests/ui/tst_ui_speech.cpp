// What the UI asks to be spoken, through the speech seam: the real Main.qml offscreen over a
// preview session, driven by remote keys, with a recording engine behind the seam (the seam is
// what is under test; the real engine is tst_speech_engine's). In English and in German:
// the code letter by letter with the hyphen as a sentence break, Blue repeating it, expiry
// with its new code, a declined sign-in, "signed in as", the focused card's title, status and
// price (waiting for the status before it, replacing the card before it), the Account switch
// (remembered in ui.conf, silent when off).
#include "EntitlementListModel.h"
#include "ProductListModel.h"
#include "ScreenChecks.h"
#include "Speech.h"
#include "SpeechEngine.h"
#include "SpokenCode.h"
#include "TvSession.h"
#include "UiLanguage.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QtQml/qqmlextensionplugin.h>
#include <memory>

Q_IMPORT_QML_PLUGIN(TvPairPlugin)

namespace {
const QString kUri = QStringLiteral("http://127.0.0.1:8787/device");

// Behind the seam: keeps every utterance; "speaking" until the test lets it finish.
class RecordingEngine : public SpeechEngine {
public:
    QList<QStringList> said;
    QList<QLocale> locales;
    int stops = 0;
    bool speaking = false;

    void say(const QStringList &sentences, const QLocale &locale) override
    {
        said << sentences;
        locales << locale;
        speaking = true;
    }
    void stop() override { ++stops; speaking = false; }
    bool isSpeaking() const override { return speaking; }
    void finish()
    {
        speaking = false;
        emit finished();
    }
};

QString translated(const char *context, const char *source)
{
    return QCoreApplication::translate(context, source);
}
}  // namespace

class TestUiSpeech : public QObject {
    Q_OBJECT
    RecordingEngine m_rec;
    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;
    TvSession *m_session = nullptr;
    Speech *m_speech = nullptr;
    QObject *m_languages = nullptr;

    void press(int key)
    {
        QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
        QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
        QGuiApplication::sendEvent(m_window, &down);
        QGuiApplication::sendEvent(m_window, &up);
    }
    QString currentScreen() const
    {
        auto *shell = m_window->property("shell").value<QObject *>();
        auto *stack = shell ? shell->property("stack").value<QObject *>() : nullptr;
        auto *item = stack ? stack->property("currentItem").value<QObject *>() : nullptr;
        return item ? item->objectName() : QString();
    }
    QString focusName() const
    {
        QQuickItem *item = m_window->activeFocusItem();
        if (item && item->objectName().isEmpty()) {
            QStringList chain;
            for (QQuickItem *p = item; p; p = p->parentItem())
                chain << p->objectName() + QLatin1Char(':') + QString::fromLatin1(p->metaObject()->className());
            return chain.join(QLatin1Char('<'));
        }
        return !item ? QStringLiteral("(none)") : item->objectName();
    }
    QStringList codeSentences(const QString &first, const QString &second) const
    {
        return {translated("SignInScreen", "Go to %1 on your phone and enter").arg(kUri), first, second};
    }
    QStringList cardOf(QAbstractItemModel *model, int row, const QList<QByteArray> &roles) const
    {
        QStringList out;
        const QHash<int, QByteArray> names = model->roleNames();
        for (const QByteArray &role : roles) {
            const QString v = model->data(model->index(row, 0), names.key(role)).toString();
            if (!v.isEmpty())
                out << v;
        }
        return out;
    }
    // A new sign-in from the preview: the screen appears with `code` and announces it.
    void showSignIn(const QString &code)
    {
        m_session->setPreview({{"userCode", code}, {"verificationUri", kUri}, {"expiresIn", 900},
                               {"pollStatus", int(tvpair::SessionState::PollStatus::Waiting)},
                               {"phase", int(tvpair::SessionState::Phase::WaitingForApproval)}});
        QTRY_COMPARE_WITH_TIMEOUT(currentScreen(), QStringLiteral("signInScreen"), 10000);
    }
    // Home over the preview's lists; "signed in as" first, then the focused card.
    void signInAndLand(const QString &language)
    {
        m_rec.said.clear();
        m_session->setPreview({{"subject", QStringLiteral("viewer@example.com")},
                               {"phase", int(tvpair::SessionState::Phase::SignedIn)}});
        QTRY_COMPARE_WITH_TIMEOUT(currentScreen(), QStringLiteral("homeScreen"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_rec.said.isEmpty(), 10000);
        const QString signedIn = translated("HomeScreen", "Signed in as %1").arg(QStringLiteral("viewer@example.com"));
        if (language == QLatin1String("de"))
            QCOMPARE(signedIn, QStringLiteral("Angemeldet als viewer@example.com"));
        QCOMPARE(m_rec.said.first(), QStringList{signedIn});
        QCOMPARE(m_rec.locales.first().language(), QLocale(language).language());
        // Focus lands on the first card of "You have" while the status is still being said:
        // the card waits for it instead of cutting it short.
        // (Searched for each time: the home screen before this one may still be fading out.)
        const auto ownedHasFocus = [this] {
            auto *shell = m_window->property("shell").value<QObject *>();
            auto *stack = shell ? shell->property("stack").value<QObject *>() : nullptr;
            auto *screen = stack ? stack->property("currentItem").value<QQuickItem *>() : nullptr;
            QQuickItem *owned = screen ? screenchecks::findIn(screen, QStringLiteral("ownedRow")) : nullptr;
            return owned && owned->hasActiveFocus();
        };
        QTRY_VERIFY2_WITH_TIMEOUT(ownedHasFocus(), qPrintable(focusName()), 10000);
        QTest::qWait(200);
        QCOMPARE(m_rec.said.size(), 1);
        m_rec.finish();
        const QStringList firstCard = cardOf(m_session->entitlements(), 0, {"title", "statusText", "expiresText"});
        QCOMPARE(firstCard.size(), 3);
        QCOMPARE(m_rec.said.last(), firstCard);
    }

private slots:
    void initTestCase()
    {
        Speech::useEngine(&m_rec);
        QCOMPARE(UiLanguage::apply(QStringLiteral("en")), QStringLiteral("en"));
        m_engine = new QQmlApplicationEngine(this);
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        QQmlComponent probe(m_engine);
        probe.setData("import TvPair\nimport QtQml\nQtObject { property var s: TvSession }", QUrl());
        std::unique_ptr<QObject> probeObject(probe.create());
        QVERIFY2(probeObject, qPrintable(probe.errorString()));
        m_session = m_engine->singletonInstance<TvSession *>(qmlTypeId("TvPair", 1, 0, "TvSession"));
        m_speech = m_engine->singletonInstance<Speech *>(qmlTypeId("TvPair", 1, 0, "Speech"));
        m_languages = m_engine->singletonInstance<QObject *>(qmlTypeId("TvPair", 1, 0, "LanguageChoice"));
        QVERIFY(m_session && m_speech && m_languages);
        // TVPAIR_SPEECH=1 (main): the system asks for speech, nobody has chosen yet.
        QVERIFY(m_speech->enabled());
        QVERIFY(m_speech->available());

        m_session->setPreview({{"appName", QStringLiteral("tvpair")}});
        m_session->setPreviewEntitlements({
            QVariantMap{{"id", "E1"}, {"title", "Sports Pass"}, {"status", "active"},
                        {"expiresAt", "2031-03-01T00:00:00Z"}, {"provider", "cleeng"}},
            QVariantMap{{"id", "E2"}, {"title", "Movies & Series"}, {"status", "trial"},
                        {"trialEndsAt", "2031-01-10T00:00:00Z"}, {"provider", "inplayer"}},
        });
        m_session->setPreviewProducts({
            QVariantMap{{"id", "P1"}, {"title", "Yearly Premium"}, {"price", 99}, {"currency", "EUR"},
                        {"period", "year"}, {"provider", "cleeng"}},
        });
        m_session->setPreview({{"userCode", QStringLiteral("WPLV-MGJJ")}, {"verificationUri", kUri},
                               {"expiresIn", 900},
                               {"pollStatus", int(tvpair::SessionState::PollStatus::Waiting)},
                               {"phase", int(tvpair::SessionState::Phase::WaitingForApproval)}});
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/TvPair/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        m_window->resize(1280, 720);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    // Letter by letter, a sentence per group; upper case; Spanish names the "y" it would read as "and".
    void spelling()
    {
        QCOMPARE(SpokenCode::sentences(QStringLiteral("wplv-mgjj"), QStringLiteral("en")),
                 (QStringList{QStringLiteral("W, P, L, V."), QStringLiteral("M, G, J, J.")}));
        QCOMPARE(SpokenCode::sentences(QStringLiteral("BCD FG7"), QStringLiteral("fi")),
                 (QStringList{QStringLiteral("B, C, D."), QStringLiteral("F, G, 7.")}));
        QCOMPARE(SpokenCode::sentences(QStringLiteral("XY-ZY"), QStringLiteral("es")),
                 (QStringList{QStringLiteral("X, ye."), QStringLiteral("Z, ye.")}));
        QCOMPARE(SpokenCode::sentences(QStringLiteral("XY-ZY"), QStringLiteral("fr")),
                 (QStringList{QStringLiteral("X, Y."), QStringLiteral("Z, Y.")}));
        QVERIFY(SpokenCode::sentences(QStringLiteral("-"), QStringLiteral("en")).isEmpty());
    }

    // The code as it appears, then (after it) the focused button; Blue says the code again.
    void codeShownAndRepeated()
    {
        QTRY_VERIFY_WITH_TIMEOUT(!m_rec.said.isEmpty(), 10000);
        QCOMPARE(m_rec.said.first(), codeSentences(QStringLiteral("W, P, L, V."), QStringLiteral("M, G, J, J."))
                                         << translated("SignInScreen", "Press Blue to hear the code again."));
        QCOMPARE(m_rec.locales.first().language(), QLocale::English);
        QCOMPARE(m_rec.said.size(), 1);  // the focused Help button waits for the code
        m_rec.finish();
        QCOMPARE(m_rec.said.last(), QStringList{translated("SignInScreen", "Help")});

        m_rec.said.clear();
        press(Qt::Key_Blue);
        QCOMPARE(m_rec.said, QList<QStringList>{codeSentences(QStringLiteral("W, P, L, V."), QStringLiteral("M, G, J, J."))});
        QCOMPARE(currentScreen(), QStringLiteral("signInScreen"));  // Blue is not Account here
        m_rec.finish();
    }

    // "Expired" arrives before its new code: nothing is said for the old code, then both at once.
    void expiredThenNewCode()
    {
        m_rec.said.clear();
        m_session->setPreview({{"pollStatus", int(tvpair::SessionState::PollStatus::Expired)}});
        QTest::qWait(300);
        QVERIFY2(m_rec.said.isEmpty(), qPrintable(m_rec.said.value(0).join(QLatin1Char('|'))));
        m_session->setPreview({{"userCode", QStringLiteral("QRST-BCDF")}, {"expiresIn", 900}});
        QTRY_VERIFY_WITH_TIMEOUT(!m_rec.said.isEmpty(), 10000);
        QCOMPARE(m_rec.said.first(), QStringList{m_session->statusText()}
                                         + codeSentences(QStringLiteral("Q, R, S, T."), QStringLiteral("B, C, D, F."))
                                         << translated("SignInScreen", "Press Blue to hear the code again."));
        QCOMPARE(m_session->statusText(), QStringLiteral("Code expired, here is a new one"));
        m_rec.finish();
    }

    void declined()
    {
        m_rec.said.clear();
        m_session->setPreview({{"pollStatus", int(tvpair::SessionState::PollStatus::Denied)}});
        QTRY_VERIFY_WITH_TIMEOUT(!m_rec.said.isEmpty(), 10000);
        QCOMPARE(m_rec.said.first(),
                 QStringList{QStringLiteral("Sign-in was declined on the phone. Press OK for a new code.")});
        QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("newCodeButton"), 10000);
        m_rec.finish();
        QCOMPARE(m_rec.said.last(), QStringList{translated("SignInScreen", "Get a new code")});
        // Blue says no used code.
        const int before = m_rec.said.size();
        press(Qt::Key_Blue);
        QCOMPARE(m_rec.said.size(), before);
    }

    // Signed in, then card by card: moving replaces what was said about the last card.
    void signedInAndCards()
    {
        signInAndLand(QStringLiteral("en"));
        QCOMPARE(m_rec.said.last(), (QStringList{QStringLiteral("Sports Pass"), QStringLiteral("Active"),
                                                 m_rec.said.last().value(2)}));
        QVERIFY(m_rec.said.last().value(2).startsWith(QStringLiteral("Until ")));
        press(Qt::Key_Right);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec.said.size(), 3, 10000);
        QCOMPARE(m_rec.said.last(), cardOf(m_session->entitlements(), 1, {"title", "statusText", "expiresText"})
                                        << translated("HomeScreen", "Trial"));
        press(Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec.said.size(), 4, 10000);
        const QStringList product = cardOf(m_session->products(), 0, {"title", "priceText", "periodText"});
        QCOMPARE(m_rec.said.last(), product);
        QVERIFY2(product.value(1).contains(QStringLiteral("99")), qPrintable(product.join(QLatin1Char('|'))));
    }

    // Account: the switch says its new state, is remembered in ui.conf, and off means silent.
    void accountSwitch()
    {
        press(Qt::Key_Blue);
        QTRY_COMPARE_WITH_TIMEOUT(currentScreen(), QStringLiteral("accountScreen"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("reloadButton"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec.said.last(), QStringList{QStringLiteral("Reload lists")}, 10000);
        press(Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("speechButton"), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(m_rec.said.last(), QStringList{QStringLiteral("Read aloud: On")}, 10000);
        press(Qt::Key_Return);
        QVERIFY(!m_speech->enabled());
        QCOMPARE(m_rec.said.last(), QStringList{QStringLiteral("Read aloud: Off")});
        const QSettings settings(UiLanguage::settingsFile(), QSettings::IniFormat);
        QCOMPARE(settings.value(QStringLiteral("speech")).toString(), QStringLiteral("false"));
        m_rec.finish();
        const int before = m_rec.said.size();
        press(Qt::Key_Up);
        QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("reloadButton"), 10000);
        press(Qt::Key_Back);
        QTRY_COMPARE_WITH_TIMEOUT(currentScreen(), QStringLiteral("homeScreen"), 10000);
        press(Qt::Key_Left);
        QTest::qWait(300);
        QCOMPARE(m_rec.said.size(), before);  // off: nothing about focus, no status
        // On again, from Account.
        press(Qt::Key_Blue);
        QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("reloadButton"), 10000);
        press(Qt::Key_Down);
        QTRY_COMPARE_WITH_TIMEOUT(focusName(), QStringLiteral("speechButton"), 10000);
        press(Qt::Key_Return);
        QVERIFY(m_speech->enabled());
        QCOMPARE(m_rec.said.last(), QStringList{QStringLiteral("Read aloud: On")});
        m_rec.finish();
        press(Qt::Key_Back);
        QTRY_COMPARE_WITH_TIMEOUT(currentScreen(), QStringLiteral("homeScreen"), 10000);
    }

    // The same in German, switched live: the sentences come from the German catalogue and the
    // engine is asked for a German voice.
    void german()
    {
        QVERIFY(QMetaObject::invokeMethod(m_languages, "choose", Q_ARG(QString, QStringLiteral("de"))));
        QCOMPARE(m_languages->property("language").toString(), QStringLiteral("de"));
        m_rec.said.clear();
        m_rec.locales.clear();
        showSignIn(QStringLiteral("WPLV-MGJJ"));
        QTRY_VERIFY_WITH_TIMEOUT(!m_rec.said.isEmpty(), 10000);
        QCOMPARE(m_rec.said.first(), codeSentences(QStringLiteral("W, P, L, V."), QStringLiteral("M, G, J, J."))
                                         << translated("SignInScreen", "Press Blue to hear the code again."));
        QCOMPARE(m_rec.said.first().first(),
                 QStringLiteral("Öffne http://127.0.0.1:8787/device auf deinem Handy und gib ein:"));
        QCOMPARE(m_rec.locales.first().language(), QLocale::German);
        m_rec.finish();
        m_rec.said.clear();
        press(Qt::Key_Blue);
        QCOMPARE(m_rec.said, QList<QStringList>{codeSentences(QStringLiteral("W, P, L, V."), QStringLiteral("M, G, J, J."))});
        m_rec.finish();

        signInAndLand(QStringLiteral("de"));
        QCOMPARE(m_rec.said.last().value(1), QStringLiteral("Aktiv"));
    }

    void cleanupTestCase()
    {
        delete m_engine;
        m_engine = nullptr;
        Speech::useEngine(nullptr);
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    // The system asks for speech; the viewer's choices go to a ui.conf of this run's own.
    qputenv("TVPAIR_SPEECH", "1");
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toUtf8());
    QGuiApplication app(argc, argv);
    TestUiSpeech test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ui_speech.moc"
