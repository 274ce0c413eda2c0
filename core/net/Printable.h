#pragma once
// Text from outside (a server's answer, a token header, a config file's key) quoted in a message
// that goes to stderr, an event or the screen: one line, no characters that could forge another
// line or reorder what is shown (every message is one line).
#include <QString>
#include <QStringView>

namespace tvpair::net {

// Control, format (bidi overrides, zero-width), separator, surrogate, private-use and unassigned
// characters become '?', line breaks and tabs a space, whitespace runs one space. Letters of any
// script stay (servers do send localised text). At most maxChars of the input are looked at.
QString printableLine(QStringView in, qsizetype maxChars = 200);

// Printable ASCII only (0x20-0x7e; anything else becomes '?'), for values that are ASCII by
// definition (a JWS alg, a media type). At most maxChars of the input.
QString printableAscii(QStringView in, qsizetype maxChars);

}  // namespace tvpair::net
