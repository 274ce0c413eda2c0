pragma Singleton
import QtQuick

// Colours and 1080p measures of the 10-foot UI; px() scales them to the window (height / 1080).
QtObject {
    property real windowHeight: 1080
    readonly property real scale: windowHeight / 1080
    function px(v) { return Math.round(v * scale) }

    // Colours: text on background and surfaces stays above 4.5:1 (text ~17:1, secondary ~9:1).
    readonly property color background: "#0A0E16"
    readonly property color backgroundTop: "#14203A"
    readonly property color surface: "#1B2436"
    readonly property color surfaceFocus: "#2A3754"
    readonly property color surfaceMuted: "#141B29"
    readonly property color text: "#F5F7FB"
    readonly property color textSecondary: "#B7C1D3"
    readonly property color textOnLight: "#0A0E16"
    readonly property color accent: "#7CC0FF"
    readonly property color focusRing: "#FFFFFF"
    readonly property color success: "#6EE7A0"
    readonly property color warning: "#FFD166"
    readonly property color danger: "#FF8A8A"
    readonly property color keyRed: "#E5484D"
    readonly property color keyGreen: "#2FA86A"
    readonly property color keyYellow: "#F2CC0C"
    readonly property color keyBlue: "#3E7BFA"

    // Safe area: 5% of each edge.
    readonly property int safeX: px(96)
    readonly property int safeY: px(54)

    // Type: no thin weights; body >= 32, secondary >= 28, titles >= 48 at 1080p.
    readonly property string fontFamily: "DejaVu Sans"
    readonly property string monoFamily: "DejaVu Sans Mono"
    readonly property int fontCode: px(120)
    readonly property int fontDisplay: px(64)
    readonly property int fontTitle: px(52)
    readonly property int fontBody: px(34)
    readonly property int fontSecondary: px(30)

    // The fonts of the sign-in path as whole values: one binding per Text instead of two or three,
    // one face (DejaVu Sans, regular and bold) and few sizes, so the first frame loads and
    // rasterises fewer font engines and glyphs. No hinting: at 28 px and more on a TV the
    // outlines need no grid-fitting, and FreeType then skips the hinter for every glyph.
    readonly property font code: Qt.font({ family: fontFamily, pixelSize: fontCode, bold: true,
                                           letterSpacing: px(10), hintingPreference: Font.PreferNoHinting })
    readonly property font display: Qt.font({ family: fontFamily, pixelSize: fontDisplay, bold: true,
                                              hintingPreference: Font.PreferNoHinting })
    readonly property font title: Qt.font({ family: fontFamily, pixelSize: fontTitle, bold: true,
                                            hintingPreference: Font.PreferNoHinting })
    readonly property font body: Qt.font({ family: fontFamily, pixelSize: fontBody,
                                           hintingPreference: Font.PreferNoHinting })
    readonly property font bodyBold: Qt.font({ family: fontFamily, pixelSize: fontBody, bold: true,
                                               hintingPreference: Font.PreferNoHinting })
    readonly property font secondary: Qt.font({ family: fontFamily, pixelSize: fontSecondary,
                                                hintingPreference: Font.PreferNoHinting })

    readonly property int radius: px(18)
    readonly property int ringWidth: px(5)
    readonly property int ringGap: px(6)
    readonly property real focusScale: 1.06
    readonly property int spacing: px(32)
    readonly property int animationMs: 140
}
