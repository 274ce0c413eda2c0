#pragma once
// The seam in front of a text-to-speech engine: what the UI wants said, as sentences. Behind it
// the real engine (TextToSpeechEngine, Qt TextToSpeech) or, in tests, one that records.
#include <QLocale>
#include <QObject>
#include <QStringList>

class SpeechEngine : public QObject {
    Q_OBJECT
public:
    using QObject::QObject;

    // Speaks the sentences in order as one utterance, with a pause after each, in `locale`'s
    // language when the engine has a voice for it. Whatever was being spoken stops first.
    virtual void say(const QStringList &sentences, const QLocale &locale) = 0;
    // Stops speaking now.
    virtual void stop() = 0;
    // True from say() until the utterance ends or is stopped.
    virtual bool isSpeaking() const = 0;

signals:
    // The last utterance was spoken to its end (not after stop() or a say() that replaced it).
    void finished();
    // The engine cannot speak; `why` is one line for the log (no text that was to be spoken).
    void failed(const QString &why);
};
