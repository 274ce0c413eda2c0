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
    // Encoded when first asked for (paint or a property read): a code whose URIs are set one
    // after the other before a frame is encoded once, not once per URI (issue 10).
    m_encoded = false;
    emit textChanged();
    emit codeChanged();
    update();
}

const QImage &QrCode::modules() const
{
    if (m_encoded)
        return m_modules;
    m_encoded = true;
    m_modules = QImage();
    const QByteArray utf8 = m_text.toUtf8();
    if (utf8.isEmpty())
        return m_modules;
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeString8bit(utf8.constData(), 0, QR_ECLEVEL_M), &QRcode_free);
    if (!code) {
        qWarning("QrCode: cannot encode %d bytes", int(utf8.size()));
        return m_modules;
    }
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
    return m_modules;
}

int QrCode::moduleSize() const
{
    if (modules().isNull())
        return 0;
    return qMax(1, int(qMin(width(), height())) / modules().width());
}

void QrCode::geometryChange(const QRectF &newGeometry, const QRectF &oldGeometry)
{
    QQuickPaintedItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size())
        emit codeChanged();
}

void QrCode::paint(QPainter *painter)
{
    const QImage &image = modules();
    if (image.isNull())
        return;
    const int size = codeSize();
    const int x = (int(width()) - size) / 2;
    const int y = (int(height()) - size) / 2;
    const int m = moduleSize();
    painter->setRenderHint(QPainter::Antialiasing, false);
    // The light modules are the item's white fill; the dark ones are drawn as solid rectangles,
    // one per horizontal run. The same pixels as scaling the one-pixel-per-module image up, but
    // a scaled drawImage() of a greyscale image takes the raster engine's generic
    // fetch-and-blend path for every pixel (4.8 M instructions on the sign-in screen's first
    // frame, spread over the thread pool) where a solid rectangle is a memory fill (issue 10).
    const int n = image.width();
    for (int row = 0; row < n; ++row) {
        const uchar *line = image.constScanLine(row);
        for (int col = 0; col < n;) {
            if (line[col] != 0) {
                ++col;
                continue;
            }
            const int start = col;
            while (col < n && line[col] == 0)
                ++col;
            painter->fillRect(QRect(x + start * m, y + row * m, (col - start) * m, m), Qt::black);
        }
    }
}
