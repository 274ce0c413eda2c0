#pragma once
// The operator's brand as QML sees it, already checked (BrandCheck): the colours Theme uses in
// place of its own, the header logo and the support page Help shows as a QR code. Each is
// empty (or hasAccent/hasBackground false) when the built-in one is shown.
#include "BrandCheck.h"

#include <QColor>
#include <QObject>
#include <QUrl>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class OperatorBrand : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool hasAccent READ hasAccent NOTIFY brandChanged)
    Q_PROPERTY(QColor accent READ accent NOTIFY brandChanged)
    Q_PROPERTY(bool hasBackground READ hasBackground NOTIFY brandChanged)
    Q_PROPERTY(QColor background READ background NOTIFY brandChanged)
    Q_PROPERTY(QColor backgroundTop READ backgroundTop NOTIFY brandChanged)
    Q_PROPERTY(QUrl logo READ logo NOTIFY brandChanged)
    Q_PROPERTY(QString supportUrl READ supportUrl NOTIFY brandChanged)
public:
    static OperatorBrand *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    // What the app checked at start (UiShell), taken by the singleton when QML creates it.
    static void setStartBrand(const BrandCheck::Brand &brand);

    explicit OperatorBrand(QObject *parent = nullptr);

    bool hasAccent() const { return m_brand.accent.isValid(); }
    QColor accent() const { return m_brand.accent; }
    bool hasBackground() const { return m_brand.background.isValid(); }
    QColor background() const { return m_brand.background; }
    QColor backgroundTop() const { return m_brand.backgroundTop; }
    QUrl logo() const { return m_brand.logo; }
    QString supportUrl() const { return m_brand.supportUrl.toString(QUrl::FullyEncoded); }

    // Shows another checked brand at once (tests and previews).
    void setBrand(const BrandCheck::Brand &brand);

signals:
    void brandChanged();

private:
    BrandCheck::Brand m_brand;
};
