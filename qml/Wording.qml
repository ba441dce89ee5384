pragma Singleton
import QtQml

// The one way the editor says how many of something there are: "1 component",
// "2 components", "0 errors". (Qt's "%n item(s)" needs a translation file to choose
// the form, and Seam ships none.) Callers pass both forms through qsTr.
QtObject {
    function count(n, one, many) {
        return n + " " + (n === 1 ? one : many)
    }
}
