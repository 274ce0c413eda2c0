// Loads the real Main.qml offscreen, fills TvSession's preview, grabs every screen at 1920x1080
// and 1280x720 into <build>/tests/ui/artifacts/, checks the 10-foot layout facts (safe area, sizes) and
// decodes the QR code from the sign-in screenshot with zbarimg (a missing zbarimg fails).
#include "BrandCheck.h"
#include "DisplayOptions.h"
#include "OperatorBrand.h"
#include "ScreenChecks.h"
#include "TvSession.h"
#include "UiLanguage.h"
#include "payments/CheckoutUrl.h"

#include <QDir>
#include <QFileInfo>
#include <QKeyEvent>
#include <QGuiApplication>
#include <QProcess>
#include <QQmlApplicationEngine>
#include <QQmlComponent>
#include <memory>
#include <QQuickItem>
#include <QQuickWindow>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(TvPairPlugin)

namespace {
const QString kUserCode = QStringLiteral("WDJB-MJHT");
const QString kUri = QStringLiteral("http://127.0.0.1:8787/device");
const QString kCompleteUri = QStringLiteral("http://127.0.0.1:8787/device?user_code=WDJB-MJHT");

}  // namespace

class TestUiScreenshots : public QObject {
    Q_OBJECT
private:
    QQmlApplicationEngine *m_engine = nullptr;
    QQuickWindow *m_window = nullptr;
    TvSession *m_session = nullptr;
    DisplayOptions *m_options = nullptr;
    OperatorBrand *m_brand = nullptr;
    QTemporaryDir m_files;  // the operator's logo and a broken one

    QQuickItem *find(const char *name) const { return screenchecks::findIn(m_window->contentItem(), QLatin1String(name)); }
    // QTest::keyClick asserts on keys without an ASCII form (Key_Back, Key_Red...); send them as the
    // RemoteKeyFilter delivers them.
    void press(int key)
    {
        QKeyEvent down(QEvent::KeyPress, key, Qt::NoModifier);
        QKeyEvent up(QEvent::KeyRelease, key, Qt::NoModifier);
        QGuiApplication::sendEvent(m_window, &down);
        QGuiApplication::sendEvent(m_window, &up);
        QTest::qWait(50);
    }
    QString currentScreen() const
    {
        auto *shell = m_window->property("shell").value<QObject *>();
        auto *stack = shell ? shell->property("stack").value<QObject *>() : nullptr;
        auto *item = stack ? stack->property("currentItem").value<QObject *>() : nullptr;
        return item ? item->objectName() : QStringLiteral("(none)");
    }

    void resizeAndSettle(int w, int h)
    {
        m_window->resize(w, h);
        QTRY_COMPARE(m_window->height(), h);
        // Transitions (160 ms) and the countdown bar's animation settle; then a fresh frame.
        QTest::qWait(1200);
    }

    QImage grab(const QString &name, int w, int h)
    {
        const QImage image = m_window->grabWindow();
        const QString dir = QStringLiteral(TVPAIR_UI_ARTIFACTS);
        QDir().mkpath(dir);
        const QString path = QStringLiteral("%1/%2_%3x%4.png").arg(dir, name).arg(w).arg(h);
        if (!image.save(path))
            qWarning("cannot save %s", qPrintable(path));
        return image;
    }

    QRectF shellRect() const { return screenchecks::shellRect(m_window); }

    // A value of the Theme singleton, as the screens see it.
    QVariant theme(const char *property)
    {
        QQmlComponent probe(m_engine);
        probe.setData(QByteArray("import TvPair\nimport QtQml\nQtObject { property var v: Theme.") + property + " }", QUrl());
        std::unique_ptr<QObject> o(probe.create());
        return o ? o->property("v") : QVariant();
    }
    // Where a text's glyphs are: its box inside the padding, narrowed to the content width on
    // the side it is aligned to.
    static QRectF inkRect(QQuickItem *text)
    {
        const QRectF box = screenchecks::visibleSceneRect(text);
        const qreal left = text->property("leftPadding").toReal(), right = text->property("rightPadding").toReal();
        const qreal top = text->property("topPadding").toReal();
        const qreal w = qMin(box.width() - left - right, text->property("contentWidth").toReal());
        const qreal h = qMin(box.height() - top, text->property("contentHeight").toReal());
        const int align = text->property("effectiveHorizontalAlignment").toInt();
        const qreal x = align == Qt::AlignRight ? box.right() - right - w
                        : align == Qt::AlignHCenter ? box.x() + left + (box.width() - left - right - w) / 2 : box.x() + left;
        return QRectF(x, box.y() + top, w, h);
    }
    // No two texts drawn over each other (a text and a chip inside it are one).
    QStringList overlapProblems() const
    {
        QList<QQuickItem *> items, texts;
        screenchecks::collect(m_window->contentItem(), &items);
        for (QQuickItem *i : std::as_const(items))
            if (screenchecks::isText(i) && !i->property("text").toString().isEmpty() && !inkRect(i).isEmpty())
                texts << i;
        QStringList problems;
        for (int a = 0; a < texts.size(); ++a)
            for (int b = a + 1; b < texts.size(); ++b) {
                if (texts[a]->isAncestorOf(texts[b]) || texts[b]->isAncestorOf(texts[a]))
                    continue;
                const QRectF both = inkRect(texts[a]).intersected(inkRect(texts[b]));
                if (both.width() > 2 && both.height() > 2)
                    problems << screenchecks::describe(texts[a]) + QStringLiteral(" overlaps ") + screenchecks::describe(texts[b]);
            }
        return problems;
    }
    // The screen's texts fit their boxes (nothing elided or cut), everything in the safe area;
    // on a screen without an overlay no text lies over another.
    void checkFit(bool focusOnControl = true)
    {
        QStringList problems = screenchecks::safeAreaProblems(m_window, focusOnControl);
        problems << screenchecks::textFitProblems(m_window);
        if (focusOnControl)
            problems << overlapProblems();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }
    void showHome()
    {
        m_session->setPreviewEntitlements({
            QVariantMap{{"id", "E1"}, {"title", "Sports Pass"}, {"status", "active"},
                        {"expiresAt", "2031-03-01T00:00:00Z"}, {"provider", "cleeng"}},
            QVariantMap{{"id", "E2"}, {"title", "Movies & Series"}, {"status", "trial"},
                        {"trialEndsAt", "2031-01-10T00:00:00Z"}, {"provider", "inplayer"}}});
        m_session->setPreviewProducts({
            QVariantMap{{"id", "P1"}, {"title", "Yearly Premium"}, {"price", 99}, {"currency", "EUR"},
                        {"period", "year"}, {"trial", "7 days"}, {"provider", "cleeng"}},
            QVariantMap{{"id", "P2"}, {"title", "Match Day Pass"}, {"price", 4.99}, {"currency", "EUR"},
                        {"period", "48 hours"}, {"trial", ""}, {"provider", "cleeng"}}});
        m_session->setPreview({{"phase", int(tvpair::SessionState::Phase::SignedIn)}});
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));
    }

    // Every visible text and the focused item (with its ring) inside the 5% safe area.
    void checkSafeArea(int w, int h)
    {
        QCOMPARE(m_window->width(), w);
        QCOMPARE(m_window->height(), h);
        const QStringList problems = screenchecks::safeAreaProblems(m_window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

private slots:
    void initTestCase()
    {
        m_engine = new QQmlApplicationEngine(this);
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        // Importing the module registers its types; then the singleton can be filled before Main loads.
        QQmlComponent probe(m_engine);
        probe.setData("import TvPair\nimport QtQml\nQtObject { property var s: TvSession }", QUrl());
        std::unique_ptr<QObject> probeObject(probe.create());
        QVERIFY2(probeObject, qPrintable(probe.errorString()));
        const int typeId = qmlTypeId("TvPair", 1, 0, "TvSession");
        QVERIFY(typeId >= 0);
        m_session = m_engine->singletonInstance<TvSession *>(typeId);
        QVERIFY(m_session);
        QVERIFY(m_session->isPreview());
        m_options = m_engine->singletonInstance<DisplayOptions *>(qmlTypeId("TvPair", 1, 0, "DisplayOptions"));
        m_brand = m_engine->singletonInstance<OperatorBrand *>(qmlTypeId("TvPair", 1, 0, "OperatorBrand"));
        QVERIFY(m_options && m_brand);
        QVERIFY2(!m_options->highContrast() && !m_options->largeText(), "a fresh ui.conf has the default look");
        m_session->setPreview({{"appName", QStringLiteral("tvpair")}});
        m_session->setPreview({{"userCode", kUserCode}});
        m_session->setPreview({{"verificationUri", kUri}});
        m_session->setPreview({{"verificationUriComplete", kCompleteUri}});
        m_session->setPreview({{"expiresIn", 900}});
        m_session->setPreview({{"secondsLeft", 754}});
        m_session->setPreview({{"pollStatus", int(tvpair::SessionState::PollStatus::Waiting)}});
        m_session->setPreview({{"phase", int(tvpair::SessionState::Phase::WaitingForApproval)}});
        m_engine->load(QUrl(QStringLiteral("qrc:/qt/qml/TvPair/Main.qml")));
        QVERIFY(!m_engine->rootObjects().isEmpty());
        m_window = qobject_cast<QQuickWindow *>(m_engine->rootObjects().first());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void signIn_data()
    {
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("h");
        QTest::newRow("1080p") << 1920 << 1080;
        QTest::newRow("720p") << 1280 << 720;
        QTest::newRow("5:4, bands above and below") << 1280 << 1024;
    }
    void signIn()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        resizeAndSettle(w, h);
        QCOMPARE(currentScreen(), QStringLiteral("signInScreen"));
        const QImage image = grab(QStringLiteral("signin"), w, h);
        QCOMPARE(image.height(), h);
        checkSafeArea(w, h);

        const qreal scale = shellRect().height() / 1080.0;
        auto *code = find("userCode");
        QVERIFY(code);
        QCOMPARE(code->property("text").toString(), kUserCode);
        const int codePx = code->property("font").value<QFont>().pixelSize();
        QVERIFY2(codePx >= qFloor(100 * scale), qPrintable(QString::number(codePx)));
        auto *qr = find("qrCode");
        QVERIFY(qr);
        QCOMPARE(qr->property("text").toString(), kCompleteUri);
        const int qrPx = qr->property("codeSize").toInt();
        QVERIFY2(qrPx >= qFloor(360 * scale), qPrintable(QStringLiteral("QR is %1 px").arg(qrPx)));
        QVERIFY(qr->property("moduleSize").toInt() >= 2);

        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg is missing: apt-get install -y zbar-tools");
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"),
                             QStringLiteral("%1/signin_%2x%3.png").arg(QStringLiteral(TVPAIR_UI_ARTIFACTS)).arg(w).arg(h)});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), kCompleteUri);
    }

    void statusStates()
    {
        resizeAndSettle(1920, 1080);
        m_session->setPreview({{"retryInSeconds", 8}});
        m_session->setPreview({{"pollStatus", int(tvpair::SessionState::PollStatus::NetworkRetry)}});
        QTest::qWait(100);
        grab(QStringLiteral("signin_network_retry"), 1920, 1080);
        m_session->setPreview({{"pollStatus", int(tvpair::SessionState::PollStatus::Expired)}});
        QTest::qWait(100);
        grab(QStringLiteral("signin_expired"), 1920, 1080);
        m_session->setPreview({{"pollStatus", int(tvpair::SessionState::PollStatus::Waiting)}});
    }

    // Servers without the device flow: "Continue in the browser" (authorization code flow).
    void browserSignIn_data() { signIn_data(); }
    void browserSignIn()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        m_session->setPreview({{"browserUrl", QStringLiteral("http://127.0.0.1:8787/authorize?client_id=tv&response_type=code")}});
        resizeAndSettle(w, h);
        QCOMPARE(currentScreen(), QStringLiteral("browserSignInScreen"));
        grab(QStringLiteral("browser_signin"), w, h);
        checkSafeArea(w, h);
        auto *button = find("openBrowserButton");
        QVERIFY(button);
        QCOMPARE(m_window->activeFocusItem(), button);
        QVERIFY(find("browserUrl") && find("browserUrl")->isVisible());
        m_session->setPreview({{"browserUrl", QString()}});
        QTRY_COMPARE(currentScreen(), QStringLiteral("signInScreen"));
    }

    // After a browser-flow sign-out the identity server's sign-out page is in the browser: the
    // TV asks the viewer to confirm it there and waits for OK instead of opening a sign-in.
    void browserSignedOut_data() { signIn_data(); }
    void browserSignedOut()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        const auto before = m_session->phase();
        m_session->setPreview({{"phase", int(tvpair::SessionState::Phase::SignedOut)}});
        resizeAndSettle(w, h);
        QCOMPARE(currentScreen(), QStringLiteral("browserSignInScreen"));
        grab(QStringLiteral("browser_signed_out"), w, h);
        checkSafeArea(w, h);
        auto *button = find("openBrowserButton");
        QVERIFY(button);
        QCOMPARE(m_window->activeFocusItem(), button);
        QCOMPARE(button->property("text").toString(), QStringLiteral("Sign in again"));
        QVERIFY(button->isEnabled());
        QVERIFY(!find("browserUrl")->isVisible());
        QVERIFY(find("statusLine")->property("text").toString().contains(QStringLiteral("press OK")));
        m_session->setPreview({{"phase", int(before)}});
        QTRY_COMPARE(currentScreen(), QStringLiteral("signInScreen"));
    }

    void home_data() { signIn_data(); }
    void home()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        m_session->setPreview({{"subject", QStringLiteral("viewer@example.com")}});
        m_session->setPreview({{"linkedProviders", QStringList{QStringLiteral("cleeng"), QStringLiteral("inplayer")}}});
        m_session->setPreviewEntitlements({
            // Held, and offered under Available too (product P0): shown there as held.
            QVariantMap{{"id", "P0"}, {"title", "Monthly Premium"}, {"status", "active"},
                        {"expiresAt", "2031-04-01T00:00:00Z"}, {"provider", "cleeng"}, {"renews", true}},
            QVariantMap{{"id", "E1"}, {"title", "Sports Pass"}, {"status", "active"},
                        {"expiresAt", "2031-03-01T00:00:00Z"}, {"provider", "cleeng"}},
            QVariantMap{{"id", "E2"}, {"title", "Movies & Series"}, {"status", "trial"},
                        {"trialEndsAt", "2031-01-10T00:00:00Z"}, {"provider", "inplayer"}},
            QVariantMap{{"id", "E3"}, {"title", "Kids Club"}, {"status", "cancelled_valid"},
                        {"expiresAt", "2031-02-01T00:00:00Z"}, {"provider", "inplayer"}},
            QVariantMap{{"id", "E4"}, {"title", "World Cup 2030"}, {"status", "expired"},
                        {"expiresAt", "2030-07-20T00:00:00Z"}, {"provider", "cleeng"}},
        });
        QVariantList products;
        const char *titles[] = {"Monthly Premium", "Yearly Premium", "Match Day Pass", "Documentaries",
                                "Family Bundle", "Cinema Weekend"};
        const char *periods[] = {"month", "year", "48 hours", "month", "month", "once"};
        const double prices[] = {9.99, 99, 4.99, 5.49, 14.99, 7.5};
        for (int i = 0; i < 6; ++i)
            products.append(QVariantMap{{"id", QStringLiteral("P%1").arg(i)}, {"title", titles[i]},
                                        {"price", prices[i]}, {"currency", "EUR"}, {"period", periods[i]},
                                        {"trial", i == 1 ? "7 days" : ""}, {"provider", "cleeng"}});
        m_session->setPreviewProducts(products);
        m_session->setPreview({{"phase", int(tvpair::SessionState::Phase::SignedIn)}});
        resizeAndSettle(w, h);
        QCOMPARE(currentScreen(), QStringLiteral("homeScreen"));
        grab(QStringLiteral("home"), w, h);
        checkSafeArea(w, h);
    }

    void otherScreens_data() { signIn_data(); }
    void otherScreens()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        resizeAndSettle(w, h);
        QCOMPARE(currentScreen(), QStringLiteral("homeScreen"));
        // Details of the focused card, by keys.
        press(Qt::Key_Down);
        press(Qt::Key_Right);
        press(Qt::Key_Return);
        QTRY_COMPARE(currentScreen(), QStringLiteral("detailsScreen"));
        QTest::qWait(400);
        grab(QStringLiteral("details"), w, h);
        checkSafeArea(w, h);
        press(Qt::Key_Back);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));
        press(Qt::Key_Blue);
        QTRY_COMPARE(currentScreen(), QStringLiteral("accountScreen"));
        QTest::qWait(400);
        grab(QStringLiteral("account"), w, h);
        checkSafeArea(w, h);
        press(Qt::Key_Red);
        QTest::qWait(300);
        grab(QStringLiteral("signout_confirm"), w, h);
        checkSafeArea(w, h);
        press(Qt::Key_Back);
        press(Qt::Key_Back);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));
        QCOMPARE(m_session->phase(), tvpair::SessionState::Phase::SignedIn);
    }

    // Account with the identity config's names: the display name in place of the opaque
    // subject, the customer number under it; without them, the subject and no number line.
    void accountIdentity_data() { signIn_data(); }
    void accountIdentity()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        const QString subject = QStringLiteral("4f1c9e2a-77d0-4b6e-9a51-0c3e8f2d1b6a");
        m_session->setPreview({{"phase", int(tvpair::SessionState::Phase::SignedIn)}, {"subject", subject},
                               {"displayName", QStringLiteral("Jane Q. Viewer")},
                               {"customerNumber", QStringLiteral("C-0047 1108")}});
        resizeAndSettle(w, h);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));
        press(Qt::Key_Blue);
        QTRY_COMPARE(currentScreen(), QStringLiteral("accountScreen"));
        QTest::qWait(400);
        grab(QStringLiteral("account_identity"), w, h);
        checkFit();
        QCOMPARE(find("subject")->property("text").toString(), QStringLiteral("Jane Q. Viewer"));
        QQuickItem *number = find("customerNumber");
        QVERIFY(number && number->isVisible());
        QCOMPARE(number->property("text").toString(), QStringLiteral("Customer number C-0047 1108"));
        m_session->setPreview({{"displayName", QString()}, {"customerNumber", QString()}});
        QTRY_COMPARE(find("subject")->property("text").toString(), subject);
        QVERIFY(!find("customerNumber")->isVisible());
        press(Qt::Key_Back);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));
        m_session->setPreview({{"subject", QStringLiteral("viewer@example.com")}});
    }

    // Buy on your phone: the details of an available product show the checkout QR (decoded to
    // the exact URL) and its short URL; when the purchase goes through the screen says so by
    // itself and the focus stays on Back.
    void checkoutDetails_data() { signIn_data(); }
    void checkoutDetails()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        resizeAndSettle(w, h);
        QCOMPARE(currentScreen(), QStringLiteral("homeScreen"));
        press(Qt::Key_Down);
        press(Qt::Key_Right);
        press(Qt::Key_Return);
        QTRY_COMPARE(currentScreen(), QStringLiteral("detailsScreen"));
        QTest::qWait(400);
        // The focused card of the Available row (the row keeps its place between tests): any of
        // the products home() listed but P0, which is held.
        const QStringList titles = {"Monthly Premium", "Yearly Premium", "Match Day Pass", "Documentaries",
                                    "Family Bundle", "Cinema Weekend"};
        const int index = int(titles.indexOf(find("detailsTitle")->property("text").toString()));
        QVERIFY2(index > 0, qPrintable(find("detailsTitle")->property("text").toString()));
        const QString expected = QStringLiteral("https://shop.example.com/buy?offer=P%1&lang=%2")
                                     .arg(index).arg(tvpair::CheckoutUrl::bcp47(QLocale().name()));
        auto *qr = find("checkoutQrCode");
        QVERIFY(qr && qr->isVisible());
        QCOMPARE(qr->property("text").toString(), expected);
        QCOMPARE(find("checkoutUrl")->property("text").toString(), expected.mid(8));
        grab(QStringLiteral("details_checkout"), w, h);
        checkSafeArea(w, h);
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg is missing: apt-get install -y zbar-tools");
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"),
                             QStringLiteral("%1/details_checkout_%2x%3.png").arg(QStringLiteral(TVPAIR_UI_ARTIFACTS)).arg(w).arg(h)});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), expected);

        QObject *watch = find("detailsScreen")->findChild<QObject *>(QStringLiteral("checkoutWatch"));
        QVERIFY(watch);
        QVERIFY(QMetaObject::invokeMethod(watch, "previewGrant"));
        QTRY_VERIFY(!find("checkoutPanel")->isVisible());
        QCOMPARE(find("detailsPrimary")->property("text").toString(), QStringLiteral("It's yours"));
        QCOMPARE(m_window->activeFocusItem()->objectName(), QStringLiteral("backButton"));
        QTest::qWait(300);
        grab(QStringLiteral("details_bought"), w, h);
        checkSafeArea(w, h);
        press(Qt::Key_Back);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));
    }

    // Manage on your phone: the details of a renewing plan show the manage page's QR (decoded to
    // the exact URL) and its short URL, from "You have" and from its held card under Available;
    // a plan that does not renew (a pass) shows none.
    void manageDetails_data() { signIn_data(); }
    void manageDetails()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        resizeAndSettle(w, h);
        QCOMPARE(currentScreen(), QStringLiteral("homeScreen"));
        const QString expected = QStringLiteral("https://shop.example.com/account?plan=P0&lang=%1")
                                     .arg(tvpair::CheckoutUrl::bcp47(QLocale().name()));
        // "You have", its first card: Monthly Premium, which renews.
        QQuickItem *owned = find("ownedRow");
        QVERIFY(owned);
        owned->setProperty("currentIndex", 0);
        owned->forceActiveFocus();
        press(Qt::Key_Return);
        QTRY_COMPARE(currentScreen(), QStringLiteral("detailsScreen"));
        QTest::qWait(400);
        QCOMPARE(find("detailsTitle")->property("text").toString(), QStringLiteral("Monthly Premium"));
        QQuickItem *qr = find("manageQrCode");
        QVERIFY(qr && qr->isVisible());
        QCOMPARE(qr->property("text").toString(), expected);
        QCOMPARE(find("manageUrl")->property("text").toString(), expected.mid(8));
        QVERIFY(!find("checkoutPanel")->isVisible());
        QCOMPARE(m_window->activeFocusItem()->objectName(), QStringLiteral("backButton"));
        grab(QStringLiteral("details_manage"), w, h);
        checkSafeArea(w, h);
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg is missing: apt-get install -y zbar-tools");
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"),
                             QStringLiteral("%1/details_manage_%2x%3.png").arg(QStringLiteral(TVPAIR_UI_ARTIFACTS)).arg(w).arg(h)});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), expected);
        press(Qt::Key_Back);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));

        // Sports Pass does not renew: no manage code, the plain text.
        owned = find("ownedRow");
        owned->setProperty("currentIndex", 1);
        owned->forceActiveFocus();
        press(Qt::Key_Return);
        QTRY_COMPARE(currentScreen(), QStringLiteral("detailsScreen"));
        QCOMPARE(find("detailsTitle")->property("text").toString(), QStringLiteral("Sports Pass"));
        QVERIFY(!find("managePanel")->isVisible());
        QVERIFY(!find("checkoutPanel")->isVisible());
        press(Qt::Key_Back);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));

        // The held card under Available (P0) offers the same page, never the checkout.
        QQuickItem *available = find("availableRow");
        QVERIFY(available);
        const int keep = available->property("currentIndex").toInt();
        available->setProperty("currentIndex", 0);
        available->forceActiveFocus();
        press(Qt::Key_Return);
        QTRY_COMPARE(currentScreen(), QStringLiteral("detailsScreen"));
        QTRY_VERIFY(find("managePanel")->isVisible());
        QCOMPARE(find("manageQrCode")->property("text").toString(), expected);
        QVERIFY(!find("checkoutPanel")->isVisible());
        press(Qt::Key_Back);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));
        find("availableRow")->setProperty("currentIndex", keep);
    }

    void homeLoadingAndEmpty()
    {
        resizeAndSettle(1920, 1080);
        m_session->setPreviewEntitlements({});
        m_session->setPreviewProducts({});
        m_session->setPreview({{"loading", true}});
        QTest::qWait(300);
        grab(QStringLiteral("home_loading"), 1920, 1080);
        checkSafeArea(1920, 1080);
        m_session->setPreview({{"loading", false}});
        m_session->setPreview({{"errorMessage", QStringLiteral("Your purchases could not be loaded right now.")}});
        QTest::qWait(300);
        grab(QStringLiteral("home_error"), 1920, 1080);
        checkSafeArea(1920, 1080);
        m_session->setPreview({{"errorMessage", QString()}});
        QTest::qWait(100);
        grab(QStringLiteral("home_empty"), 1920, 1080);
        checkSafeArea(1920, 1080);
    }


    // Theme's built-in colours are the ones BrandCheck checks the operator's colours against.
    void themeMatchesBrandCheck()
    {
        QCOMPARE(theme("background").value<QColor>(), BrandCheck::builtin::background);
        QCOMPARE(theme("surface").value<QColor>(), BrandCheck::builtin::surface);
        QCOMPARE(theme("text").value<QColor>(), BrandCheck::builtin::text);
        QCOMPARE(theme("textSecondary").value<QColor>(), BrandCheck::builtin::textSecondary);
        QCOMPARE(theme("textOnLight").value<QColor>(), BrandCheck::builtin::textOnLight);
        QCOMPARE(theme("accent").value<QColor>(), BrandCheck::builtin::accent);
        QCOMPARE(theme("success").value<QColor>(), BrandCheck::builtin::success);
        QCOMPARE(theme("warning").value<QColor>(), BrandCheck::builtin::warning);
        QCOMPARE(theme("danger").value<QColor>(), BrandCheck::builtin::danger);
    }

    // High contrast and large text (and both), switched from Account with the remote: the
    // sign-in, home, Account and help screens keep every text whole and inside the safe area.
    void displayOptions_data()
    {
        QTest::addColumn<bool>("contrast");
        QTest::addColumn<bool>("large");
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("h");
        QTest::newRow("high contrast 1080p") << true << false << 1920 << 1080;
        QTest::newRow("high contrast 720p") << true << false << 1280 << 720;
        QTest::newRow("large text 1080p") << false << true << 1920 << 1080;
        QTest::newRow("large text 720p") << false << true << 1280 << 720;
        QTest::newRow("both 720p") << true << true << 1280 << 720;
    }
    void displayOptions()
    {
        // Whatever happens below, the next row and test start from the default look.
        const auto reset = qScopeGuard([this] {
            m_options->setHighContrast(false);
            m_options->setLargeText(false);
            m_session->setPreview({{"phase", int(tvpair::SessionState::Phase::WaitingForApproval)}});
        });
        QFETCH(bool, contrast);
        QFETCH(bool, large);
        QFETCH(int, w);
        QFETCH(int, h);
        const QString name = QStringLiteral("%1%2").arg(contrast ? "contrast" : "", large ? "large" : "");
        showHome();
        resizeAndSettle(w, h);
        // Account, Down to the options, OK on each wanted one.
        press(Qt::Key_Blue);
        QTRY_COMPARE(currentScreen(), QStringLiteral("accountScreen"));
        press(Qt::Key_Down);
        QTRY_COMPARE(m_window->activeFocusItem(), find("speechButton"));
        press(Qt::Key_Right);
        QTRY_COMPARE(m_window->activeFocusItem(), find("highContrastButton"));
        if (contrast)
            press(Qt::Key_Return);
        press(Qt::Key_Right);
        QTRY_COMPARE(m_window->activeFocusItem(), find("largeTextButton"));
        if (large)
            press(Qt::Key_Return);
        QCOMPARE(m_options->highContrast(), contrast);
        QCOMPARE(m_options->largeText(), large);
        // Applied through Theme at once, and remembered for the next start.
        QCOMPARE(m_window->color(), contrast ? QColor("#000000") : BrandCheck::builtin::background);
        const qreal scale = shellRect().height() / 1080.0;
        QCOMPARE(theme("fontBody").toInt(), qRound(34 * scale * (large ? 1.2 : 1)));
        const DisplayOptions reread;
        QCOMPARE(reread.highContrast(), contrast);
        QCOMPARE(reread.largeText(), large);
        QCOMPARE(find("highContrastButton")->property("text").toString(),
                 contrast ? QStringLiteral("High contrast: On") : QStringLiteral("High contrast: Off"));
        QTest::qWait(400);
        grab(name + QStringLiteral("_account"), w, h);
        checkFit();
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Up);
        QTRY_COMPARE(m_window->activeFocusItem(), find("reloadButton"));
        press(Qt::Key_Back);
        QTRY_COMPARE(currentScreen(), QStringLiteral("homeScreen"));
        QTest::qWait(400);
        grab(name + QStringLiteral("_home"), w, h);
        checkFit();
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Yellow);
        QTRY_VERIFY(find("help")->isVisible());
        QTest::qWait(300);
        grab(name + QStringLiteral("_help"), w, h);
        checkFit(false);
        if (QTest::currentTestFailed())
            return;
        press(Qt::Key_Back);
        QTRY_VERIFY(!find("help")->isVisible());
        m_session->setPreview({{"phase", int(tvpair::SessionState::Phase::WaitingForApproval)}});
        QTRY_COMPARE(currentScreen(), QStringLiteral("signInScreen"));
        QTest::qWait(400);
        grab(name + QStringLiteral("_signin"), w, h);
        checkFit();
    }

    // The operator's brand (checked as at start): its colours, its logo in the header and its
    // support page as a QR code in Help, decoded to the exact URL; inside the safe area.
    void branded_data()
    {
        QTest::addColumn<int>("w");
        QTest::addColumn<int>("h");
        QTest::newRow("1080p") << 1920 << 1080;
        QTest::newRow("720p") << 1280 << 720;
    }
    void branded()
    {
        QFETCH(int, w);
        QFETCH(int, h);
        const QString logoPath = m_files.filePath(QStringLiteral("logo.png"));
        if (!QFileInfo::exists(logoPath)) {
            // A wide two-colour mark, as operators' logos are.
            QImage logo(600, 160, QImage::Format_ARGB32);
            logo.fill(Qt::transparent);
            for (int y = 20; y < 140; ++y)
                for (int x = 0; x < 600; ++x)
                    if (x < 140 || (x > 180 && (y < 50 || y > 110 || (x / 40) % 2 == 0)))
                        logo.setPixel(x, y, x < 140 ? qRgb(0xff, 0xb0, 0x20) : qRgb(0xf5, 0xf7, 0xfb));
            QVERIFY(logo.save(logoPath));
        }
        tvpair::BrandingConfig config;
        config.accentColor = QStringLiteral("#ffb020");
        config.backgroundColor = QStringLiteral("#2a0d12");
        config.logoFile = logoPath;
        config.supportUrl = QUrl(QStringLiteral("https://help.nordic.example/tv?from=app"));
        const BrandCheck::Brand brand = BrandCheck::check(config);
        QVERIFY(brand.accent.isValid() && brand.background.isValid() && !brand.logo.isEmpty());
        m_brand->setBrand(brand);
        m_session->setPreview({{"appName", QStringLiteral("Nordic TV")}});
        resizeAndSettle(w, h);
        QCOMPARE(currentScreen(), QStringLiteral("signInScreen"));
        QCOMPARE(m_window->color(), QColor("#2a0d12"));
        QCOMPARE(theme("accent").value<QColor>(), QColor("#ffb020"));
        QTRY_VERIFY(find("brandLogo")->isVisible());
        QVERIFY(!find("builtinLogo")->isVisible());
        QVERIFY(find("brandLogo")->height() > 0 && find("brandLogo")->width() > find("brandLogo")->height());
        grab(QStringLiteral("branded_signin"), w, h);
        checkFit();
        press(Qt::Key_Yellow);
        QTRY_VERIFY(find("help")->isVisible());
        QTRY_VERIFY(find("supportQrCode") && find("supportQrCode")->isVisible());
        QTest::qWait(300);
        grab(QStringLiteral("branded_help"), w, h);
        checkFit(false);
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        QVERIFY2(!zbarimg.isEmpty(), "zbarimg is missing: apt-get install -y zbar-tools");
        QProcess zbar;
        zbar.start(zbarimg, {QStringLiteral("--raw"), QStringLiteral("-q"),
                             QStringLiteral("%1/branded_help_%2x%3.png").arg(QStringLiteral(TVPAIR_UI_ARTIFACTS)).arg(w).arg(h)});
        QVERIFY(zbar.waitForFinished(30000));
        QCOMPARE(QString::fromUtf8(zbar.readAllStandardOutput()).trimmed(), config.supportUrl.toString());
        press(Qt::Key_Back);
        QTRY_VERIFY(!find("help")->isVisible());
        // High contrast wins over the brand's colours; the logo stays.
        m_options->setHighContrast(true);
        QCOMPARE(m_window->color(), QColor("#000000"));
        QVERIFY(find("brandLogo")->isVisible());
        m_options->setHighContrast(false);
        m_brand->setBrand({});
        m_session->setPreview({{"appName", QStringLiteral("tvpair")}});
    }

    // A logo that fails to load after all (replaced on disk since the check) shows the built-in
    // one, and refused colours leave the built-in ones: the screen is never blank.
    void brokenBrandKeepsBuiltinLook()
    {
        resizeAndSettle(1280, 720);
        QFile broken(m_files.filePath(QStringLiteral("broken.png")));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("\x89PNG\r\n\x1a\nnot really");
        broken.close();
        tvpair::BrandingConfig config;
        config.backgroundColor = QStringLiteral("#f0f0f0");  // white text would not read on it
        BrandCheck::Brand brand = BrandCheck::check(config);
        QVERIFY(!brand.background.isValid());
        brand.logo = QUrl::fromLocalFile(broken.fileName());
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("broken.png")));
        m_brand->setBrand(brand);
        QTRY_VERIFY(find("builtinLogo")->isVisible());
        QVERIFY(!find("brandLogo")->isVisible());
        QCOMPARE(m_window->color(), BrandCheck::builtin::background);
        QTest::qWait(300);
        grab(QStringLiteral("broken_logo"), 1280, 720);
        checkFit();
        m_brand->setBrand({});
    }

    void cleanupTestCase()
    {
        delete m_engine;
        m_engine = nullptr;
    }
};

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", qgetenv("QT_QPA_PLATFORM").isEmpty() ? "offscreen" : qgetenv("QT_QPA_PLATFORM"));
    // The display options are remembered under XDG_CONFIG_HOME: a fresh one, the default look.
    QTemporaryDir config;
    qputenv("XDG_CONFIG_HOME", config.path().toLocal8Bit());
    QGuiApplication app(argc, argv);
    // English, as the app installs it (UiShell): counts and lengths with their plural forms.
    QTranslator english;
    if (!UiLanguage::load(&english, QLocale(QLocale::English)).isEmpty())
        QCoreApplication::installTranslator(&english);
    TestUiScreenshots test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_ui_screenshots.moc"
