#include "QrCode.h"

#include <QQuickWindow>
#include <QSGImageNode>
#include <qrencode.h>

#include <algorithm>
#include <memory>

QrCode::QrCode(QQuickItem *parent) : QQuickItem(parent)
{
    setFlag(ItemHasContents, true);
}

void QrCode::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    // Encoded when first asked for (paint or a property read): a code whose URIs are set one
    // after the other before a frame is encoded once, not once per URI.
    m_encoded = false;
    m_imageStale = true;
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
    QQuickItem::geometryChange(newGeometry, oldGeometry);
    if (newGeometry.size() != oldGeometry.size()) {
        m_imageStale = true;
        emit codeChanged();
        update();
    }
}

// White item, the code centred on it, moduleSize() pixels per module (times the device pixel
// ratio, rounded down, at least 1). Rows are written directly: one module row is built once and
// copied to the module's pixel rows. A scaled drawImage() of the one-pixel-per-module image (the
// earlier QQuickPaintedItem) went through the raster engine's generic fetch-and-blend path.
QImage QrCode::render(QSize devicePixels, qreal dpr) const
{
    QImage image(devicePixels, QImage::Format_RGB32);
    image.fill(Qt::white);
    const QImage &mods = modules();
    const int n = mods.width();
    const int m = qMax(1, int(moduleSize() * dpr));
    const int size = m * n;
    const int x0 = (devicePixels.width() - size) / 2;
    const int y0 = (devicePixels.height() - size) / 2;
    if (x0 < 0 || y0 < 0)
        return image;
    for (int row = 0; row < n; ++row) {
        const uchar *src = mods.constScanLine(row);
        auto *first = reinterpret_cast<QRgb *>(image.scanLine(y0 + row * m)) + x0;
        for (int col = 0; col < n; ++col)
            if (src[col] == 0)
                std::fill(first + col * m, first + (col + 1) * m, qRgb(0, 0, 0));
        for (int k = 1; k < m; ++k)
            std::copy(first, first + size, reinterpret_cast<QRgb *>(image.scanLine(y0 + row * m + k)) + x0);
    }
    return image;
}

QSGNode *QrCode::updatePaintNode(QSGNode *oldNode, UpdatePaintNodeData *)
{
    auto *node = static_cast<QSGImageNode *>(oldNode);
    const qreal dpr = window() ? window()->effectiveDevicePixelRatio() : 1.0;
    const QSize devicePixels(int(width() * dpr), int(height() * dpr));
    // A new image gets a new node: the node owns its texture and deletes it with itself (whether
    // setTexture() deletes an owned texture it replaces differs between scene graph backends).
    if (node && (m_imageStale || !node->texture() || node->texture()->textureSize() != devicePixels)) {
        delete node;
        node = nullptr;
    }
    if (!window() || modules().isNull() || devicePixels.isEmpty()) {
        delete node;
        return nullptr;
    }
    if (!node) {
        node = window()->createImageNode();
        node->setOwnsTexture(true);
        node->setFiltering(QSGTexture::Nearest);
        node->setTexture(window()->createTextureFromImage(render(devicePixels, dpr)));
        m_imageStale = false;
    }
    node->setRect(QRectF(0, 0, devicePixels.width() / dpr, devicePixels.height() / dpr));
    return node;
}
