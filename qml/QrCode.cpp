#include "QrCode.h"

#include <QPainter>
#include <qrencode.h>

#include <memory>

QrCode::QrCode(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(false);
    setSmooth(false);
    setOpaquePainting(true);
    setFillColor(Qt::white);
}

void QrCode::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_modules = QImage();
    const QByteArray utf8 = text.toUtf8();
    if (!utf8.isEmpty()) {
        std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
            QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
        if (code) {
            const int n = code->width;
            const int side = n + 2 * QuietZone;
            m_modules = QImage(side, side, QImage::Format_Grayscale8);
            m_modules.fill(255);
            for (int y = 0; y < n; ++y) {
                uchar *line = m_modules.scanLine(y + QuietZone);
                for (int x = 0; x < n; ++x)
                    if (code->data[y * n + x] & 1)
                        line[x + QuietZone] = 0;
            }
        } else {
            qWarning("QrCode: cannot encode %d bytes", int(utf8.size()));
        }
    }
    emit textChanged();
    emit codeChanged();
    update();
}

int QrCode::moduleSize() const
{
    if (m_modules.isNull())
        return 0;
    return qMax(1, int(qMin(width(), height())) / m_modules.width());
}

void QrCode::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        emit codeChanged();
}

void QrCode::paint(QPainter *painter)
{
    if (m_modules.isNull())
        return;
    const int size = codeSize();
    const int x = (int(width()) - size) / 2;
    const int y = (int(height()) - size) / 2;
    painter->setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->drawImage(QRect(x, y, size, size), m_modules);
}
