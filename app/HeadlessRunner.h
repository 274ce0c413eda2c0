#pragma once
// Headless mode: the same SessionController as the UI, its signals printed as JSON Lines on
// stdout, and the run's exit code. Error sentences are in the locale's language when the app
// has a translation for it (LANGUAGE, LC_ALL, LANG), as in the UI.
#include "payments/PurchaseWatch.h"
#include "session/SessionController.h"

#include <QJsonObject>
#include <QObject>
#include <QTranslator>

namespace tvpair {

class HeadlessRunner : public QObject {
    Q_OBJECT
public:
    enum Mode { SignIn, SignOut };
    HeadlessRunner(SessionController *session, Mode mode, QObject *parent = nullptr);
    // --watch-purchase: after the lists, print the product's checkout_url, watch it and print
    // entitlement_granted (exit 0), or exit 4 when the bounded watch ends.
    void setWatchPurchase(const QString &productId) { m_watchProductId = productId; }
    void start();
    // One event as one flushed JSON line on stdout, keys in the contract's order. Also for the
    // errors main() meets before a runner exists (command line, config, store).
    static void writeEvent(const QJsonObject &event);

signals:
    void finished(int exitCode);

private:
    void print(const QJsonObject &event);
    template <typename Item>
    void printList(const char *event, const QString &provider, const QList<Item> &items, bool stale);
    void finish(int code);
    void watchPurchase();

    QString m_watchProductId;
    QList<Product> m_products;
    QList<Entitlement> m_entitlements;
    std::unique_ptr<PurchaseWatch> m_watch;

    SessionController *m_session;
    Mode m_mode;
    QTranslator m_translator;
    bool m_paymentFailed = false;
    bool m_done = false;
};

}  // namespace tvpair
