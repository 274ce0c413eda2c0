#pragma once
// "Manage on your phone" on the details of a renewing entitlement: the provider's or operator's
// page (payment.manage_url with this viewer's values) for the QR code and its short form. Only
// a URL: cancelling happens on the phone, and the lists show it when they are fetched again.
// Without a session controller (previews, screenshots) the URL comes from a fixed example.
#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

class ManageLink : public QObject {
    Q_OBJECT
    QML_ELEMENT
    // The entitlement as the details screen has it: the product id it names and its provider.
    Q_PROPERTY(QString productId READ productId WRITE setProductId NOTIFY entitlementChanged)
    Q_PROPERTY(QString provider READ provider WRITE setProvider NOTIFY entitlementChanged)
    // The manage page; empty without an entitlement or when the tenant has no payment.manage_url.
    Q_PROPERTY(QString url READ url NOTIFY urlChanged)
    // The URL as shown under the QR code: without the scheme.
    Q_PROPERTY(QString shortUrl READ shortUrl NOTIFY urlChanged)

public:
    explicit ManageLink(QObject *parent = nullptr);

    QString productId() const { return m_productId; }
    void setProductId(const QString &v);
    QString provider() const { return m_provider; }
    void setProvider(const QString &v);
    QString url() const { return m_url; }
    QString shortUrl() const;

signals:
    void entitlementChanged();
    void urlChanged();

private:
    void update();

    QString m_productId, m_provider, m_url;
};
