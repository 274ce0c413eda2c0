#pragma once
// The viewer's display options from Account: high contrast (black, white and yellow, strong
// borders; it wins over the operator's colours) and large text (every text 1.2x). Applied at
// once through Theme and remembered across restarts ($XDG_CONFIG_HOME/tvpair/ui.conf, keys
// high_contrast and large_text, next to the language; nothing secret).
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QQmlEngine;
class QJSEngine;

class DisplayOptions : public QObject {
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(bool highContrast READ highContrast WRITE setHighContrast NOTIFY highContrastChanged)
    Q_PROPERTY(bool largeText READ largeText WRITE setLargeText NOTIFY largeTextChanged)
public:
    static DisplayOptions *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);
    // Reads the remembered options.
    explicit DisplayOptions(QObject *parent = nullptr);

    bool highContrast() const { return m_highContrast; }
    bool largeText() const { return m_largeText; }
    // Each switches now and is remembered.
    void setHighContrast(bool on);
    void setLargeText(bool on);

signals:
    void highContrastChanged();
    void largeTextChanged();

private:
    bool m_highContrast = false;
    bool m_largeText = false;
};
