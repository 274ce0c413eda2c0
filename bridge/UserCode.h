#pragma once
// User codes as RFC 8628 §6.1 recommends: 8 characters from 20 consonants (no vowels, so no
// words; no look-alike letters), about 34.5 bits of entropy, shown as XXXX-XXXX. Typed in
// any case, with or without the hyphen (or with spaces), they normalise to the same 8 letters.
#include <QString>

namespace tvpair::bridge {

struct UserCode {
    static constexpr char kAlphabet[] = "BCDFGHJKLMNPQRSTVWXZ";
    static constexpr int kLength = 8;

    // A fresh code of 8 letters (no hyphen) from OpenSSL's CSPRNG without modulo bias; empty
    // when the CSPRNG failed.
    static QString generate();
    // The 8 letters of what a person typed (upper case, hyphens and spaces dropped); empty
    // when it is not exactly 8 letters of the alphabet afterwards.
    static QString normalize(const QString &typed);
    // XXXX-XXXX for display.
    static QString display(const QString &normalized);
};

}  // namespace tvpair::bridge
