#pragma once
// "Buy on your phone" on a product's details: the checkout URL for the QR code, and the core's
// PurchaseWatch running only while `active` (the details screen is shown). When access
// appears, `granted` turns true and the lists are fetched again, so the product moves to
// "You have" without a key press. Without a session controller (previews, screenshots) the
// URL comes from a fixed example template and previewGrant() plays the purchase.
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace tvpair { class PurchaseWatch; }

class CheckoutWatch : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The product as the details screen has it: its id, provider and what it opens (InPlayer).
    Q_PROPERTY(QString productId READ productId WRITE setProductId NOTIFY productChanged)
    Q_PROPERTY(QString provider READ provider WRITE setProvider NOTIFY productChanged)
    Q_PROPERTY(QString grantsAccessTo READ grantsAccessTo WRITE setGrantsAccessTo NOTIFY productChanged)
    // Watch while true (the screen is open and the product is not held).
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    // The checkout page; empty when the tenant has no payment.checkout_url.
    Q_PROPERTY(QString url READ url NOTIFY urlChanged)
    // The URL as shown under the QR code: without the scheme.
    Q_PROPERTY(QString shortUrl READ shortUrl NOTIFY urlChanged)
    Q_PROPERTY(bool granted READ granted NOTIFY grantedChanged)
    // The bounded watch ended without a purchase (or could not go on).
    Q_PROPERTY(bool ended READ ended NOTIFY endedChanged)

public:
    explicit CheckoutWatch(QObject *parent = nullptr);
    ~CheckoutWatch() override;

    QString productId() const { return m_productId; }
    void setProductId(const QString &v);
    QString provider() const { return m_provider; }
    void setProvider(const QString &v);
    QString grantsAccessTo() const { return m_grantsAccessTo; }
    void setGrantsAccessTo(const QString &v);
    bool active() const { return m_active; }
    void setActive(bool v);
    QString url() const { return m_url; }
    QString shortUrl() const { return withoutScheme(m_url); }
    // A URL as shown under its QR code: without "https://" or "http://".
    static QString withoutScheme(const QString &url);
    bool granted() const { return m_granted; }
    bool ended() const { return m_ended; }

    // Previews and tests only (ignored with a session controller): the purchase went through.
    Q_INVOKABLE void previewGrant();

signals:
    void productChanged();
    void activeChanged();
    void urlChanged();
    void grantedChanged();
    void endedChanged();

private:
    void update();
    void setGranted();

    QString m_productId, m_provider, m_grantsAccessTo;
    QString m_url;
    bool m_active = false;
    bool m_granted = false;
    bool m_ended = false;
    std::unique_ptr<tvpair::PurchaseWatch> m_watch;
};
