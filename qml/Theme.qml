pragma Singleton
import QtQuick
import TvPair

// Colours and 1080p measures of the 10-foot UI; px() scales them to the window (height / 1080),
// tx() scales a text size also by the viewer's large-text option. The look follows the viewer's
// display options (DisplayOptions) and the operator's checked brand (OperatorBrand): high
// contrast wins over the brand, the brand's colours replace the built-in accent and background.
QtObject {
    property real windowHeight: 1080
    readonly property real scale: windowHeight / 1080
    function px(v) { return Math.round(v * scale) }
    readonly property real textScale: DisplayOptions.largeText ? 1.2 : 1
    function tx(v) { return Math.round(v * scale * textScale) }

    readonly property bool highContrast: DisplayOptions.highContrast
    readonly property bool brandAccent: OperatorBrand.hasAccent && !highContrast
    readonly property bool brandBackground: OperatorBrand.hasBackground && !highContrast

    // Colours: text on background and surfaces stays above 4.5:1 (text ~17:1, secondary ~9:1);
    // the brand's colours are checked against the same texts at start (BrandCheck).
    readonly property color background: highContrast ? "#000000" : brandBackground ? OperatorBrand.background : "#0A0E16"
    readonly property color backgroundTop: highContrast ? "#000000" : brandBackground ? OperatorBrand.backgroundTop : "#14203A"
    readonly property color surface: highContrast ? "#000000" : "#1B2436"
    readonly property color surfaceFocus: highContrast ? "#1F1F1F" : "#2A3754"
    readonly property color surfaceMuted: highContrast ? "#000000" : "#141B29"
    readonly property color text: highContrast ? "#FFFFFF" : "#F5F7FB"
    readonly property color textSecondary: highContrast ? "#FFFFFF" : "#B7C1D3"
    readonly property color textOnLight: highContrast ? "#000000" : "#0A0E16"
    readonly property color accent: highContrast ? "#FFE14D" : brandAccent ? OperatorBrand.accent : "#7CC0FF"
    readonly property color focusRing: "#FFFFFF"
    // The focused button: white, or the operator's accent (dark text on it, checked too).
    readonly property color focusFill: brandAccent ? OperatorBrand.accent : text
    readonly property color border: highContrast ? "#FFFFFF" : "#3A4660"
    readonly property color borderMuted: highContrast ? "#FFFFFF" : "#2C3853"
    readonly property color track: highContrast ? "#808080" : "#2A3448"
    readonly property color success: highContrast ? "#7DFFA8" : "#6EE7A0"
    readonly property color warning: highContrast ? "#FFE14D" : "#FFD166"
    readonly property color danger: highContrast ? "#FFA0A0" : "#FF8A8A"
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
    readonly property int fontDisplay: tx(64)
    readonly property int fontTitle: tx(52)
    readonly property int fontBody: tx(34)
    readonly property int fontSecondary: tx(30)

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

    // A card is wider with large text: its lines stay whole beside the badge.
    readonly property int cardWidth: px(DisplayOptions.largeText ? 620 : 420)
    readonly property int radius: px(18)
    readonly property int ringWidth: px(5)
    readonly property int ringGap: px(6)
    readonly property real focusScale: 1.06
    readonly property int spacing: px(32)
    readonly property int animationMs: 140
}
