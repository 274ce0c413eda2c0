import QtQuick

Window {
    width: 1280
    height: 720
    visible: true
    color: "#101418"
    title: "tvpair"
}
