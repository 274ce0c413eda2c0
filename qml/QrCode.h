#pragma once
// A QR code drawn crisply: libqrencode, EC level M, 4-module quiet zone, an integer number of
// pixels per module and no smoothing, dark on white, centred on a white square filling the item.
// Drawn as one image node whose image is made at the item's device-pixel size (no QPainter,
// no scaling when it is drawn: keeps the first frame cheap).
#include <QImage>
#include <QQuickItem>
#include <QtQml/qqmlregistration.h>

class QrCode : public QQuickItem {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY textChanged)
    // Modules per side including the quiet zone (0 when text is empty or cannot be encoded).
    Q_PROPERTY(int moduleCount READ moduleCount NOTIFY codeChanged)
    // Device-independent pixels per module and of the whole code (quiet zone included).
    Q_PROPERTY(int moduleSize READ moduleSize NOTIFY codeChanged)
    Q_PROPERTY(int codeSize READ codeSize NOTIFY codeChanged)
public:
    static constexpr int QuietZone = 4;

    explicit QrCode(QQuickItem *parent = nullptr);

    QString text() const { return m_text; }
    void setText(const QString &text);
    int moduleCount() const { return modules().isNull() ? 0 : modules().width(); }
    int moduleSize() const;
    int codeSize() const { return moduleSize() * moduleCount(); }

signals:
    void textChanged();
    void codeChanged();

protected:
    void geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry) override;
    QSGNode *updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *) override;

private:
    const QImage &modules() const;  // encodes m_text on first use after a change
    QImage render(QSize devicePixels, qreal dpr) const;

    QString m_text;
    mutable QImage m_modules;  // one pixel per module, quiet zone included
    mutable bool m_encoded = true;
    bool m_imageStale = true;  // the node's image no longer matches text or size
};
